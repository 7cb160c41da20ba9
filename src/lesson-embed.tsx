// The light lesson embed for a blog post (lesson-embed.html): the graph, the caption of the step on screen and the
// terminal output that goes with it, read-only, with "Open in playground". No editor, no shell terminal, no inspector:
// the page loads only what it shows. The address is a lesson link (`#lesson=ID&v1.…`) or a share link; the share
// session opens it as the embed does (nothing saved in the reader's browser).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './ui/i18n/embed';
import './ui/styles.css';
import { getAppStore, loadLinkWriter } from './state';
import { LessonEmbedApp } from './ui/lessons/LessonEmbedApp';

const store = getAppStore().getState();
// A lesson's start carries the request it is about but no send: the embed sends it once, so the step is on screen.
const stepShown = store.startShareSession(window, { embed: true }).then(async () => {
  const s = getAppStore().getState();
  if (!s.trace && s.target.trim()) await s.send(1);
});
void store.rebuild();

// The page's one link, "Open in playground", needs the link writer (its deflate and the shell's grammar): it loads
// once the step is on screen and the page is idle. Until then the link carries this page's own address.
const whenIdle = (f: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(f) : setTimeout(f, 0));
void stepShown.finally(() => whenIdle(() => {
  void loadLinkWriter().then((writer) => getAppStore().getState().writeLinksWith(writer));
}));

// The first render waits for the language's words (a chunk of their own, fetched beside the app's script); a chunk
// that failed to load leaves the keys showing rather than a blank page.
void i18nReady.catch(() => undefined).then(() => createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LessonEmbedApp />
  </StrictMode>,
));
