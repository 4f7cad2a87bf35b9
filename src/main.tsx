import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerCifExporter } from './app/cif-exporter';
import { startController } from './app/controller';
import './ui/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
startController();
registerCifExporter();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
