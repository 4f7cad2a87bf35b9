/**
 * The pure parts of the export command: which page notices refuse an export, the size read
 * from a PNG header, the JSON line, the page a link opens, and the static server staying
 * inside dist/.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { linksLesson, pageAddress } from '../../src/cli/export-page';
import { exportSummary, noticeProblem, pngSize } from '../../src/cli/export-result';
import { fileFor, serveDir } from '../../src/cli/export-serve';

describe('noticeProblem', () => {
  it('refuses on a URL warning or an error, naming it, and lets info notices pass', () => {
    expect(noticeProblem([])).toBeNull();
    expect(noticeProblem([{ kind: 'info', text: 'Saved.' }])).toBeNull();
    const text = 'Ignored URL parameter style="wobbly": expected one of polyhedral';
    expect(noticeProblem([{ kind: 'warning', text }])).toBe(`the page reported: ${text}`);
    expect(
      noticeProblem([
        { kind: 'error', text: 'a.cif:3: bad\nline' },
        { kind: 'info', text: 'x' },
        { kind: 'warning', text: 'w' },
      ]),
    ).toBe('the page reported: a.cif:3: bad line | w');
  });
});

describe('pngSize', () => {
  it('reads width and height from the IHDR chunk', () => {
    const png = PNG.sync.write(new PNG({ width: 37, height: 11 }));
    expect(pngSize(png)).toEqual({ width: 37, height: 11 });
  });
  it('is null for bytes that are not a PNG', () => {
    expect(pngSize(new TextEncoder().encode('data_x\n_cell_length_a 5\n'))).toBeNull();
    expect(pngSize(new Uint8Array(4))).toBeNull();
  });
});

describe('exportSummary', () => {
  it('gives the pixel size for a PNG, frames for a video and null otherwise', () => {
    const png = PNG.sync.write(new PNG({ width: 20, height: 16 }));
    expect(exportSummary('a.png', 'png', 's=x', png, 'image/png', 1, 12.6)).toEqual({
      out: 'a.png',
      format: 'png',
      bytes: png.length,
      mime: 'image/png',
      query: 's=x',
      width: 20,
      height: 16,
      frames: null,
      exportMs: 13,
    });
    const video = exportSummary('a.mp4', 'mp4', '', new Uint8Array(9), 'video/mp4', 120, 1);
    expect([video.frames, video.width, video.bytes]).toEqual([120, null, 9]);
    expect(exportSummary('a.cif', 'cif', '', new Uint8Array(3), '', 1, 1).frames).toBeNull();
  });
});

describe('the page a link opens', () => {
  const origin = 'http://127.0.0.1:4173';
  it('carries the fragment, so a whole lesson reaches the page', () => {
    expect(pageAddress(origin, 'step=2', 'lesson=eNq-_x')).toBe(`${origin}/?step=2#lesson=eNq-_x`);
    expect(pageAddress(origin, '', 'lesson=abc')).toBe(`${origin}/#lesson=abc`);
    expect(pageAddress(origin, 's=beta-MnO2', '')).toBe(`${origin}/?s=beta-MnO2`);
    expect(pageAddress(origin, '', '')).toBe(`${origin}/`);
  });
  it('waits for a lesson step when the query or the fragment names a lesson', () => {
    expect(linksLesson('step=2', 'lesson=abc')).toBe(true);
    expect(linksLesson('lesson=mno2-tunnels&step=1', '')).toBe(true);
    expect(linksLesson('s=alpha-MnO2', '')).toBe(false);
    expect(linksLesson('s=alpha-MnO2', 'x')).toBe(false);
  });
});

describe('the static server', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'serve-'));
  writeFileSync(path.join(root, 'index.html'), '<p>hi</p>');
  writeFileSync(path.join(root, 'm.wasm'), new Uint8Array([0, 97, 115, 109]));

  it('maps paths inside the folder and refuses those that leave it', () => {
    expect(fileFor(root, '/')).toBe(path.join(root, 'index.html'));
    expect(fileFor(root, '/?s=alpha-MnO2')).toBe(path.join(root, 'index.html'));
    expect(fileFor(root, '/assets/a%20b.js')).toBe(path.join(root, 'assets/a b.js'));
    expect(fileFor(root, '/../etc/passwd')).toBeNull();
    expect(fileFor(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(fileFor(root, '/%E0%A4%A')).toBeNull();
  });

  it('serves files with their type on 127.0.0.1 and 404s the rest', async () => {
    const server = await serveDir(root);
    try {
      expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const page = await fetch(`${server.origin}/?s=x`);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toBe('<p>hi</p>');
      const wasm = await fetch(`${server.origin}/m.wasm`);
      expect(wasm.headers.get('content-type')).toBe('application/wasm');
      expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
      expect((await fetch(`${server.origin}/missing.js`)).status).toBe(404);
      expect((await fetch(`${server.origin}/%2e%2e/package.json`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
