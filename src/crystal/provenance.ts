/**
 * How far a bundled structure file can be trusted, from the `# STATUS:` line its header opens
 * with: `# STATUS: refined -- <note>` (a published refinement's numbers), `unverified` (numbers
 * as quoted, not checked against the paper's table) or `model` (positions constructed or
 * idealised). The view shows the kind and the note beside the structure, so a lecturer never
 * projects a model as if it were measured. Files from users carry no such line.
 */
export type ProvenanceKind = 'refined' | 'unverified' | 'model';

export interface Provenance {
  kind: ProvenanceKind;
  note: string;
}

const STATUS = /^#*\s*STATUS:\s*(refined|unverified|model)\s*(?:--|—)\s*(.+?)\s*$/;

/** The header's status, or null when the comment block before the first data block has none. */
export function readProvenance(text: string): Provenance | null {
  const header = text.split(/\r\n|\r|\n/);
  const end = header.findIndex((line) => /^\s*data_/i.test(line));
  return provenanceFromNotes(end < 0 ? header : header.slice(0, end));
}

/** The status among a file's header notes (their `#` already stripped, as the app keeps them). */
export function provenanceFromNotes(notes: readonly string[]): Provenance | null {
  for (const line of notes) {
    const m = STATUS.exec(line);
    if (m) return { kind: m[1] as ProvenanceKind, note: m[2] };
  }
  return null;
}

/** The words the UI puts beside a structure of this kind (nothing for a refinement). */
export function provenanceLabel(kind: ProvenanceKind): string | null {
  if (kind === 'model') return 'Model';
  if (kind === 'unverified') return 'Unverified';
  return null;
}
