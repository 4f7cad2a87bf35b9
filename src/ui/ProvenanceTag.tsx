/**
 * "Model" or "Unverified" beside a bundled structure or keyframe, with the header's reason, so
 * that a constructed or unchecked structure is never shown as if it were a refinement.
 */
import { provenanceFromNotes, provenanceLabel } from '../crystal/provenance';
import './provenance.css';

export function ProvenanceTag({
  notes,
  withNote = true,
}: {
  notes: readonly string[];
  withNote?: boolean;
}) {
  const status = provenanceFromNotes(notes);
  const label = status && provenanceLabel(status.kind);
  if (!status || !label) return null;
  return (
    <span className={`provenance provenance-${status.kind}`} data-testid="provenance">
      <span className="provenance-kind" title={status.note}>
        {label}
      </span>
      {withNote && <span className="provenance-note"> {status.note}</span>}
    </span>
  );
}
