/**
 * Every bundled structure file says in its first line how far it can be trusted, and says it
 * consistently with the rest of its header: a file whose header calls its numbers idealised,
 * a model, or not checked against the paper is never labelled a refinement.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { provenanceFromNotes, provenanceLabel, readProvenance } from '../../src/crystal/provenance';

const DIR = resolve(__dirname, '../../structures');
const cifs = readdirSync(DIR).filter((f) => f.endsWith('.cif'));
const header = (text: string) => text.slice(0, text.search(/^data_/m));

describe('structure file status', () => {
  it('reads the kind and the note, and ignores lines after the first data block', () => {
    expect(readProvenance('# STATUS: model -- built by hand\ndata_x\n')).toEqual({
      kind: 'model',
      note: 'built by hand',
    });
    expect(readProvenance('# a title\n# STATUS: refined — from the paper\ndata_x\n')?.kind).toBe(
      'refined',
    );
    expect(readProvenance('data_x\n# STATUS: model -- too late\n')).toBeNull();
    expect(readProvenance('# STATUS: guessed -- not a kind\ndata_x\n')).toBeNull();
    expect(provenanceFromNotes(['A title', 'STATUS: unverified -- cell as quoted'])).toEqual({
      kind: 'unverified',
      note: 'cell as quoted',
    });
  });

  it('labels models and unverified files in the UI, and not refinements', () => {
    expect(provenanceLabel('model')).toBe('Model');
    expect(provenanceLabel('unverified')).toBe('Unverified');
    expect(provenanceLabel('refined')).toBeNull();
  });

  it.each(cifs)('%s opens with a status line that agrees with its header', (name) => {
    const text = readFileSync(join(DIR, name), 'utf8');
    const status = readProvenance(text);
    expect(status, `${name} has no "# STATUS:" line`).not.toBeNull();
    expect(text.split('\n')[0]).toMatch(/^# STATUS: /);
    const doubts = /IDEALI[SZ]ED|\bMODEL\b|NOT VERIFIED|NOT checked|not a refinement|GEOMETRIC/;
    if (doubts.test(header(text))) expect(status?.kind).not.toBe('refined');
    expect(status?.note.length).toBeGreaterThan(15);
  });
});
