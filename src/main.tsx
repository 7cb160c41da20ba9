import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/i18n';
import './ui/styles.css';
import { App } from './ui/App';
import { getAppStore } from './state';

// Start the core worker on the default scenario now, while React renders the shell.
void getAppStore().getState().rebuild();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
