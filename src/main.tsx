import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerCifExporter } from './app/cif-exporter';
import { startController } from './app/controller';
import { installExportHook } from './app/export-hook';
import { warmUpGpu } from './app/gpu-warmup';
import { startLoopOption } from './app/loop-option';
import { startTunnelFinder } from './app/tunnel-finder';
import { startVoidsRun } from './app/voids-run';
import { wireActions } from './app/wire-actions';
import './ui/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// First: the GPU process sets WebGL up in parallel with everything below.
warmUpGpu();
wireActions();
startController();
startTunnelFinder();
installExportHook();
// CIF needs no renderer: registered at start (a structure, or a scenario's frame at x).
registerCifExporter();
startLoopOption();
startVoidsRun();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
