import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startController } from './app/controller';
import { registerCifMaker } from './app/export-cif-maker';
import { installExportHook } from './app/export-hook';
import { wireActions } from './app/wire-actions';
import './ui/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
wireActions();
startController();
registerCifMaker();
installExportHook();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
