/** Export panel, CIF: the structure as read, or the scenario's frame at x in P1, for VESTA. */
import { DEFAULT_REQUEST } from '../../export/request';
import { useApp } from '../../state/store';
import { ExportStatus } from './ExportStatus';
import { fileStem } from './save-file';
import { useExportRun } from './useExportRun';

export function CifExportSection() {
  const scenario = useApp((s) => s.scenarioId !== null);
  const exportRun = useExportRun();
  return (
    <section className="export-section" aria-labelledby="export-cif-heading">
      <h3 id="export-cif-heading">CIF</h3>
      <p className="export-note">
        {scenario
          ? 'The frame at the current x: one cell in P1, guest sites at occupancy x / full.'
          : 'The structure as read: its cell, symmetry and sites.'}
      </p>
      <button
        type="button"
        disabled={exportRun.busy}
        onClick={() =>
          void exportRun.run({ ...DEFAULT_REQUEST, format: 'cif' }, `${fileStem()}.cif`)
        }
      >
        Save CIF
      </button>
      <ExportStatus {...exportRun} />
    </section>
  );
}
