/** The overlay in the corner of the view: what is shown, in a form a lecture slide would use. */

import { composition, formulaString } from '../crystal/composition';
import { catalogueEntry } from '../state/catalogue';
import { useApp } from '../state/store';
import { formulaText, num } from './format';
import { ProvenanceTag } from './ProvenanceTag';
import { SpaceGroupText } from './Typeset';

export function StructureInfo() {
  const loaded = useApp((s) => s.loaded);
  if (!loaded) return null;
  const { crystal } = loaded;
  const entry = loaded.source.kind === 'bundled' ? catalogueEntry(loaded.source.id) : undefined;
  const title =
    entry?.title ??
    (loaded.source.kind === 'file' ? `${loaded.source.name} · ${crystal.name}` : crystal.name);
  const l = crystal.lattice;
  const sg = crystal.spaceGroup;
  const right = (x: number) => Math.abs(x - 90) < 1e-6;
  const angles = [
    right(l.alpha) ? null : `α ${num(l.alpha, 2)}°`,
    right(l.beta) ? null : `β ${num(l.beta, 2)}°`,
    right(l.gamma) ? null : `γ ${num(l.gamma, 2)}°`,
  ].filter(Boolean);
  return (
    <div className="structure-info">
      <div className="title">{title}</div>
      {loaded.source.kind === 'bundled' && (
        <div className="meta">
          <ProvenanceTag notes={loaded.sourceNotes} />
        </div>
      )}
      <div className="meta">
        <span className="formula">{formulaText(formulaString(composition(crystal)))}</span> ·{' '}
        <SpaceGroupText symbol={sg.symbol} />
        {sg.number ? ` (${sg.number})` : ''}
      </div>
      <div className="meta">
        a {num(l.a, 3)} · b {num(l.b, 3)} · c {num(l.c, 3)} Å
        {angles.length ? ` · ${angles.join(' · ')}` : ''}
      </div>
    </div>
  );
}
