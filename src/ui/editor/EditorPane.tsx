// The editor column: Monaco (loaded once the first graph is on screen) with a plain textarea until then — and
// instead, with a retry, when Monaco's chunk fails to load — and the problems list under it.
import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { getAppStore } from '../../state';
import { useAppStore } from '../use-app-store';
import { LoadBoundary } from '../LoadBoundary';
import { ProblemsList } from './ProblemsList';
import { afterFirstGraph } from './load-order';
import './load-failed.css';

/** The layout where the editor and the graph are two tabs (styles.css switches at the same width). */
const PHONE_LAYOUT = '(max-width: 720px)';

function subscribePhoneLayout(onChange: () => void): () => void {
  const media = window.matchMedia?.(PHONE_LAYOUT);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

/** True while the page is laid out as a phone's tabs. */
function usePhoneLayout(): boolean {
  return useSyncExternalStore(subscribePhoneLayout, () => window.matchMedia?.(PHONE_LAYOUT).matches ?? false);
}

/** A fresh lazy Monaco: React keeps a failed import for good, so a retry needs a new one. */
const lazyMonaco = () => lazy(() => import('./MonacoEditor'));

function PlainEditor() {
  const { t } = useTranslation();
  const source = useAppStore((s) => s.source);
  const setSource = useAppStore((s) => s.setSource);
  return (
    <textarea
      className="plain-editor"
      data-testid="editor-fallback"
      aria-label={t('editor.ariaLabel')}
      spellCheck={false}
      value={source}
      onChange={(e) => setSource(e.target.value)}
    />
  );
}

/** Monaco's chunk did not load: say so, offer a retry, and keep the text editable. */
function LoadFailedEditor({ retry }: { retry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="editor-load-failed">
      <div className="load-failed-notice" role="alert" data-testid="editor-load-failed">
        <p>{t('loadFailed.editor')}</p>
        <button type="button" onClick={retry} data-testid="editor-load-retry">
          {t('loadFailed.retry')}
        </button>
      </div>
      <div className="plain-editor-slot">
        <PlainEditor />
      </div>
    </div>
  );
}

export function EditorPane() {
  const { t } = useTranslation();
  const [loadMonaco, setLoadMonaco] = useState(false);
  const [MonacoEditor, setMonacoEditor] = useState(() => lazyMonaco());
  const collapsed = useAppStore((s) => s.editorCollapsed);
  const setCollapsed = useAppStore((s) => s.setEditorCollapsed);
  // On a phone the editor is a tab of its own: Monaco (3.5 MB of script) loads when that tab is first opened,
  // not while the learner looks at the graph.
  const phone = usePhoneLayout();
  const editorShown = useAppStore((s) => !phone || s.mobileTab === 'editor');
  // Monaco's chunk runs on the main thread for several hundred ms: started while the first build is on its
  // way, it would hold the graph back. index.html prefetches the chunk, so the network does not add to the wait.
  useEffect(() => (editorShown ? afterFirstGraph(getAppStore(), () => setLoadMonaco(true)) : undefined), [editorShown]);
  return (
    <section className="editor-pane" aria-labelledby="editor-title" data-testid="editor-pane">
      <button
        type="button"
        className="editor-rail"
        onClick={() => setCollapsed(false)}
        aria-expanded={false}
        aria-controls="editor-body"
        data-testid="editor-expand"
      >
        {t('editor.show')}
      </button>
      <div className="pane-header">
        <h2 id="editor-title">{t('editor.title')}</h2>
        <span className="pane-hint">{t('editor.hint')}</span>
        <button
          type="button"
          className="link-button"
          onClick={() => setCollapsed(!collapsed)}
          aria-expanded={!collapsed}
          aria-controls="editor-body"
          data-testid="editor-collapse"
        >
          {t('editor.hide')}
        </button>
      </div>
      <div className="editor-body" id="editor-body">
        {loadMonaco ? (
          <LoadBoundary onRetry={() => setMonacoEditor(() => lazyMonaco())} fallback={(retry) => <LoadFailedEditor retry={retry} />}>
            <Suspense fallback={<PlainEditor />}>
              <MonacoEditor />
            </Suspense>
          </LoadBoundary>
        ) : (
          <PlainEditor />
        )}
      </div>
      <ProblemsList />
    </section>
  );
}
