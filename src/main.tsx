import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './ui/i18n';
import './ui/styles.css';
import { getAppStore, isEmbed } from './state';
import { App } from './ui/App';
import { registerServiceWorker } from './service-worker-registration';

// A share link or the saved draft sets the text first (synchronously, before its first await); then the core
// worker starts on it while React renders the shell.
const store = getAppStore().getState();
void store.startShareSession(window, { embed: isEmbed(window.location) });
void store.rebuild();

// The first render waits for the language's words (a chunk of their own, fetched beside the app's script); a chunk
// that failed to load leaves the keys showing rather than a blank page.
void i18nReady.catch(() => undefined).then(() => createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
));

registerServiceWorker();
