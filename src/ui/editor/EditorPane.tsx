// The editor column: Monaco (loaded once the first graph is on screen) with a plain textarea until then — and
// instead, with a retry, when Monaco's chunk fails to load — and the problems list under it.
import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { getAppStore } from '../../state';
import { useAppStore } from '../use-app-store';
import { LoadBoundary } from '../LoadBoundary';
import { ProblemsList } from './ProblemsList';
import { afterFirstGraph } from './load-order';
import { PHONE_LAYOUT } from '../layout/phone-layout';
import './load-failed.css';


function subscribePhoneLayout(onChange: () => void): () => void {
  const media = window.matchMedia?.(PHONE_LAYOUT);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

/** True while the page is laid out as a phone's tabs; the build prerenders the phone's first view (first-view.tsx). */
function usePhoneLayout(): boolean {
  return useSyncExternalStore(subscribePhoneLayout, () => window.matchMedia?.(PHONE_LAYOUT).matches ?? false, () => true);
}

/** A fresh lazy Monaco: React keeps a failed import for good, so a retry needs a new one. */
const lazyMonaco = () => lazy(() => import('./MonacoEditor'));

/**
 * Past this many characters the text waits for Monaco in a read-only preview of its first lines: a textarea lays
 * out its whole value at once, and a 680 KB scenario held the page for over a second in it (setting the value,
 * then styling and laying out every line), before Monaco replaced it and took the text in again.
 */
const PLAIN_EDITOR_MAX_CHARS = 32_000;
/** The preview's lines: more than the tallest editor shows. */
const PREVIEW_LINES = 120;

/** The first `count` lines of `text`, and how many lines it has, without splitting all of it. */
function firstLines(text: string, count: number): { head: string; lines: number } {
  let end = 0;
  for (let i = 0; i < count && end !== -1; i++) end = text.indexOf('\n', end + 1);
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  return { head: end === -1 ? text : text.slice(0, end), lines };
}

/** A large text while Monaco loads: its first lines, read-only, and what is coming. */
function LargeTextPreview({ source }: { source: string }) {
  const { t } = useTranslation();
  const { head, lines } = firstLines(source, PREVIEW_LINES);
  return (
    <div className="plain-editor plain-editor-preview" data-testid="editor-preview">
      <p className="muted" role="status">{t('editorPreview.loading', { count: lines })}</p>
      <pre aria-label={t('editor.ariaLabel')}>{head}</pre>
    </div>
  );
}

/** The text before Monaco has it (`waiting`: it is on its way) or when it failed to load. */
function PlainEditor({ waiting = false }: { waiting?: boolean }) {
  const { t } = useTranslation();
  const source = useAppStore((s) => s.source);
  const setSource = useAppStore((s) => s.setSource);
  if (waiting && source.length > PLAIN_EDITOR_MAX_CHARS) return <LargeTextPreview source={source} />;
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
            <Suspense fallback={<PlainEditor waiting />}>
              <MonacoEditor />
            </Suspense>
          </LoadBoundary>
        ) : (
          <PlainEditor waiting />
        )}
      </div>
      <ProblemsList />
    </section>
  );
}
