import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startController } from './app/controller';
import { wireActions } from './app/wire-actions';
import './ui/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
wireActions();
startController();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
