import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST } from '../../src/export/request';
import { canExport, registerExporter, runExport } from '../../src/state/exporters';

describe('export makers', () => {
  it('runs the registered maker, and refuses a format with none after it is removed', async () => {
    const seen: number[] = [];
    const remove = registerExporter('cif', async (_request, progress) => {
      progress({ done: 1, total: 1 });
      return new Blob(['data_x\n']);
    });
    expect(canExport('cif')).toBe(true);
    const blob = await runExport({ ...DEFAULT_REQUEST, format: 'cif' }, (p) => seen.push(p.done));
    expect(await blob.text()).toBe('data_x\n');
    expect(seen).toEqual([1]);
    remove();
    expect(canExport('cif')).toBe(false);
    await expect(runExport({ ...DEFAULT_REQUEST, format: 'cif' })).rejects.toThrow(
      'CIF export is not available until the view has loaded',
    );
  });

  it('a stale remover does not drop a newer maker for the same format', () => {
    const removeOld = registerExporter('png', async () => new Blob());
    const removeNew = registerExporter('png', async () => new Blob());
    removeOld();
    expect(canExport('png')).toBe(true);
    removeNew();
    expect(canExport('png')).toBe(false);
  });
});
