/** The export command's options: what it accepts, and the option each refusal names. */
import { describe, expect, it } from 'vitest';
import { parseExportArgs } from '../../src/export/options';
import { imageSize } from '../../src/export/request';

const base = ['--url', '?s=alpha-MnO2&view=001', '--out', 'a.png'];

function error(argv: string[]): string {
  const r = parseExportArgs(argv);
  return r.ok ? '' : r.error.message;
}

describe('parseExportArgs', () => {
  it('reads a PNG request with size, scale and transparency', () => {
    const r = parseExportArgs([
      ...base,
      '--format',
      'png',
      '--width=800',
      '--height',
      '600',
      '--scale',
      '2',
      '--transparent',
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.query).toBe('s=alpha-MnO2&view=001');
    expect(r.value.out).toBe('a.png');
    expect(r.value.request).toMatchObject({
      format: 'png',
      width: 800,
      height: 600,
      scale: 2,
      transparent: true,
    });
    expect(r.value.request.labels.title).toBe(true);
  });

  it('reads a video request with its x range', () => {
    const r = parseExportArgs([
      '--url',
      'http://host/app/?scn=k-alpha-mno2#x',
      '--out',
      'v.mp4',
      '--format',
      'mp4',
      '--fps',
      '60',
      '--from',
      '0',
      '--to',
      '1.4',
      '--seconds',
      '2.5',
    ]);
    expect(r.ok && r.value.request).toMatchObject({ fps: 60, from: 0, to: 1.4, seconds: 2.5 });
    expect(r.ok && r.value.query).toBe('scn=k-alpha-mno2');
    // A video carries the overlays by default, and --no-labels leaves them out as for a PNG.
    expect(r.ok && Object.values(r.value.request.labels).every(Boolean)).toBe(true);
    const bare = parseExportArgs([...base, '--format', 'webm', '--no-labels']);
    expect(bare.ok && Object.values(bare.value.request.labels).some(Boolean)).toBe(false);
  });

  it('keeps the fragment, where a whole lesson travels, apart from the query', () => {
    const args = (url: string) => {
      const r = parseExportArgs(['--url', url, '--out', 'a.cif', '--format', 'cif']);
      return r.ok ? [r.value.query, r.value.fragment] : r.error.message;
    };
    expect(args('https://host/app/index.html?step=2#lesson=eNq-_x')).toEqual([
      'step=2',
      'lesson=eNq-_x',
    ]);
    expect(args('?step=1&present=1#lesson=abc')).toEqual(['step=1&present=1', 'lesson=abc']);
    expect(args('step=1#lesson=abc')).toEqual(['step=1', 'lesson=abc']);
    // No query at all: the link's path is not one.
    expect(args('https://host/index.html#lesson=abc')).toEqual(['', 'lesson=abc']);
    expect(args('/index.html#lesson=abc?x')).toEqual(['', 'lesson=abc?x']);
    expect(args('s=alpha-MnO2')).toEqual(['s=alpha-MnO2', '']);
  });

  it('names a missing required option', () => {
    expect(error(['--format', 'png', '--out', 'a.png'])).toMatch(/^--url is required/);
    expect(error(['--url', 's=x', '--format', 'png'])).toMatch(/^--out is required/);
    expect(error(['--url', 's=x', '--out', 'a'])).toMatch(/^--format is required/);
  });

  it('names a bad format, an unknown option and a stray argument', () => {
    expect(error([...base, '--format', 'gif'])).toMatch(/^--format: expected one of png/);
    expect(error([...base, '--format', 'png', '--colour', 'red'])).toMatch(
      /unknown option --colour/,
    );
    expect(error([...base, '--format', 'png', 'extra'])).toMatch(/unexpected argument "extra"/);
  });

  it('names a value out of range or not a number', () => {
    expect(error([...base, '--format', 'png', '--scale', 'big'])).toMatch(/^--scale: expected/);
    expect(error([...base, '--format', 'png', '--width', '9000', '--height', '10'])).toMatch(
      /^--width: expected a whole number from 16 to 8192, found 9000/,
    );
    expect(error([...base, '--format', 'mp4', '--fps', '29.97'])).toMatch(/^--fps/);
    expect(error([...base, '--format', 'webm', '--seconds', '0'])).toMatch(/^--seconds/);
    expect(error([...base, '--format', 'png', '--width', '100'])).toMatch(/go together/);
    expect(error([...base, '--format', 'png', '--out'])).toMatch(
      /--out given twice|--out: expected a value/,
    );
  });

  it('refuses an option that does not apply to the format', () => {
    expect(error([...base, '--format', 'cif', '--fps', '30'])).toBe(
      '--fps applies to mp4/webm only, not cif',
    );
    expect(error([...base, '--format', 'glb', '--transparent'])).toMatch(/^--transparent applies/);
    expect(error([...base, '--format', 'png', '--turntable'])).toMatch(/^--turntable applies/);
    expect(error([...base, '--format', 'glb', '--no-labels'])).toBe(
      '--no-labels applies to png/mp4/webm only, not glb',
    );
  });
});

describe('imageSize', () => {
  it('scales the view and caps the long side at 8192 px', () => {
    expect(imageSize(1200, 800, 2)).toEqual({ width: 2400, height: 1600, scale: 2 });
    expect(imageSize(2400, 1200, 4)).toEqual({ width: 8192, height: 4096, scale: 8192 / 2400 });
  });
});
