import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './ui/i18n';
import './ui/styles.css';
import { getAppStore, isEmbed, linkWriter, readAddressLink } from './state';
import { App } from './ui/App';
import { registerServiceWorker } from './service-worker-registration';

// A share link in the address is read first, with the browser's own inflate (a large one held the page's first
// task). Then the link or the saved draft sets the text (synchronously, before the session's first await), and the
// core worker starts on it while the page loads the language's words.
const store = getAppStore().getState();
store.writeLinksWith(linkWriter);
const linkRead = readAddressLink(window.location).then(() => {
  void store.startShareSession(window, { embed: isEmbed(window.location) });
  return { firstBuild: store.rebuild() };
});

/**
 * The first render waits for the first build too, for 1.5 s at most. A render in slices (below) that the built
 * cluster reached midway was thrown away and done again in one blocking task (React renders a store that changed
 * during a transition again, synchronously): on a phone the worker's answer often came then, and the page was
 * rendered twice, the second time as one task of up to a second. A worker that is slower than that bound only
 * leaves the graph to come after the shell, as before.
 */
const FIRST_BUILD_WAIT_MS = 1500;
const started = linkRead.then(({ firstBuild }) => Promise.race([firstBuild.catch(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, FIRST_BUILD_WAIT_MS))]));

// The first render waits for the language's words (a chunk of their own, fetched beside the app's script); a chunk
// that failed to load leaves the keys showing rather than a blank page. It is a transition: React renders the shell,
// the send bar and the graph in slices of a few milliseconds with the page free in between, where a plain render
// held the main thread for the whole tree (600–800 ms at a phone's speed); only the commit is one task.
void Promise.all([i18nReady.catch(() => undefined), started]).then(() => {
  const root = createRoot(document.getElementById('root')!);
  startTransition(() => root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ));
});

registerServiceWorker();
