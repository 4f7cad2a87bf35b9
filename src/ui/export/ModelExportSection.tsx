/**
 * 3D model export: Save GLB writes what the view shows in this frame (atoms, bonds,
 * polyhedra, the cell) as plain meshes with the element colours, for PowerPoint's
 * Insert → 3D Models and other glTF viewers.
 */
import { useState } from 'react';
import { DEFAULT_REQUEST } from '../../export/request';
import { runExport } from '../../state/exporters';
import { useApp } from '../../state/store';
import { saveBlob } from './save-blob';
import './media-export.css';

function fileName(): string {
  const s = useApp.getState();
  const what = s.scenarioId ? `${s.scenarioId}-x${(s.x ?? 0).toFixed(3)}` : s.structureId;
  return `tunnelscope-${what}.glb`;
}

export function ModelExportSection() {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const save = async () => {
    setBusy(true);
    setStatus('');
    try {
      const blob = await runExport({ ...DEFAULT_REQUEST, format: 'glb' });
      saveBlob(blob, fileName());
      setStatus(`Saved GLB, ${(blob.size / 1e6).toFixed(1)} MB.`);
    } catch (e) {
      const text = `GLB export failed: ${(e as Error).message}`;
      setStatus(text);
      useApp.getState().notify('error', text);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="media-export model-export" aria-label="3D model">
      <h3>3D model</h3>
      <p className="media-export-note">
        GLB (glTF 2.0) of the frame on screen, 1 Å = 1 cm, turned as the view is.
      </p>
      <div className="media-export-row">
        <button type="button" onClick={save} disabled={busy}>
          {busy ? 'Saving GLB…' : 'Save GLB'}
        </button>
      </div>
      {status && (
        <p className="media-export-status" role="status">
          {status}
        </p>
      )}
    </section>
  );
}
