import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startProgressStore } from './stores/progress-store';
import { startWorkspaceStore } from './stores/workspace-store';

// The stores listen to backend events for the life of the page.
startWorkspaceStore();
startProgressStore();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
