import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/i18n';
import './ui/styles.css';
import { getAppStore } from './state';
import { ShareRoot } from './ui/share/ShareRoot';
import { getShareSession } from './ui/share/session-context';

// A share link or the saved draft sets the text first (issue 7); then the core worker starts on it while
// React renders the shell.
getShareSession();
void getAppStore().getState().rebuild();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ShareRoot />
  </StrictMode>,
);
