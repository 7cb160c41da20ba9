// The editor column: Monaco (loaded once the first graph is on screen) with a plain textarea until then, and
// the problems list under it.
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAppStore } from '../../state';
import { useAppStore } from '../use-app-store';
import { ProblemsList } from './ProblemsList';
import { afterFirstGraph } from './load-order';

const MonacoEditor = lazy(() => import('./MonacoEditor'));

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

export function EditorPane() {
  const { t } = useTranslation();
  const [loadMonaco, setLoadMonaco] = useState(false);
  const collapsed = useAppStore((s) => s.editorCollapsed);
  const setCollapsed = useAppStore((s) => s.setEditorCollapsed);
  // Monaco's chunk runs on the main thread for several hundred ms: started while the first build is on its
  // way, it would hold the graph back. index.html prefetches the chunk, so the network does not add to the wait.
  useEffect(() => afterFirstGraph(getAppStore(), () => setLoadMonaco(true)), []);
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
          <Suspense fallback={<PlainEditor />}>
            <MonacoEditor />
          </Suspense>
        ) : (
          <PlainEditor />
        )}
      </div>
      <ProblemsList />
    </section>
  );
}
