import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/i18n';
import './ui/styles.css';
import { getAppStore, isEmbed } from './state';
import { App } from './ui/App';
import { registerServiceWorker } from './service-worker-registration';

// A share link or the saved draft sets the text first (synchronously, before its first await); then the core
// worker starts on it while React renders the shell.
const store = getAppStore().getState();
void store.startShareSession(window, { embed: isEmbed(window.location) });
void store.rebuild();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
