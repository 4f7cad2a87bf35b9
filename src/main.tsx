import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerCifExporter } from './app/cif-exporter';
import { startController } from './app/controller';
import { registerCifMaker } from './app/export-cif-maker';
import { installExportHook } from './app/export-hook';
import { startLoopOption } from './app/loop-option';
import { wireActions } from './app/wire-actions';
import './ui/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
wireActions();
startController();
registerCifMaker();
installExportHook();
// Registered after the structure-only CIF maker: this one also writes a scenario's frame at x.
registerCifExporter();
startLoopOption();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
