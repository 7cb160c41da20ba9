// The playground's screen. Desktop: editor | graph with the request controls and terminals | inspector.
// Phone (≤ 720 px): the editor and the graph become two tabs. The header carries Undo / Redo and the Share
// menu; the notices sit over the page, and a .yaml file dropped on it opens.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { getAppStore } from '../state';
import { useAppStore } from './use-app-store';
import { addLabel, removeLabel } from './actions/make-action';
import { LabelDialog } from './actions/LabelDialog';
import { resolveSelection } from './actions/selection';
import { useClusterShortcuts } from './actions/useClusterShortcuts';
import { EditorPane } from './editor/EditorPane';
import { Header } from './layout/Header';
import { LessonsButton } from './lessons/LessonsButton';
import './lessons/lessons.css';
import { LazyLessonsPanel } from './LazyLessonsPanel';
import { usePopovers } from './layout/popovers';
import { ResetScenarioButton } from './layout/ResetScenarioButton';
import { Splitter } from './layout/Splitter';
import { usePaneSizes } from './layout/usePaneSizes';
import { GraphPanel } from './panels/GraphPanel';
import { Inspector } from './panels/Inspector';
import { Terminals } from './terminals/Terminals';
import { ShellDock } from './shell/ShellDock';
import { Player } from './traffic/Player';
import { SendBar } from './traffic/SendBar';
import { usePlayback } from './traffic/usePlayback';
import { Notices } from './share/Notices';
import { ShareMenu } from './share/ShareMenu';
import { UndoButtons } from './share/UndoButtons';
import { useFileDrop } from './share/useFileDrop';
import { useUndoKeys } from './share/useUndoKeys';
import { useAfterFirstGraph } from './use-after-first-graph';

/**
 * The terminals render once the first graph is painted: the graph and the send bar are what the first view is for,
 * and on a phone the terminals are below the fold. Rendered with the graph, their output's lines and the layout of
 * them held its first paint back by hundreds of milliseconds on a phone's CPU. Their box is kept meanwhile, so
 * nothing around it moves when they come.
 */
function TerminalsAfterFirstGraph() {
  const { t } = useTranslation();
  const shown = useAfterFirstGraph();
  return shown ? <Terminals /> : <section className="terminals" aria-label={t('terminal.title')} aria-busy="true" data-testid="terminals-loading" />;
}

function MobileTabs() {
  const { t } = useTranslation();
  const tab = useAppStore((s) => s.mobileTab);
  const set = getAppStore().getState().setMobileTab;
  return (
    <div className="mobile-tabs" role="tablist" aria-label={t('app.views')}>
      {(['editor', 'graph'] as const).map((x) => (
        <button key={x} role="tab" aria-selected={tab === x} aria-controls={`view-${x}`} className={tab === x ? 'tab on' : 'tab'} onClick={() => set(x)} data-testid={`mobile-tab-${x}`}>
          {t(`app.tab.${x}`)}
        </button>
      ))}
    </div>
  );
}

export function Playground() {
  const { t } = useTranslation();
  const mobileTab = useAppStore((s) => s.mobileTab);
  const editorCollapsed = useAppStore((s) => s.editorCollapsed);
  const lessonsOpen = useAppStore((s) => s.lessonPanelOpen);
  const { cluster, selection } = useAppStore(useShallow((s) => ({ cluster: s.cluster, selection: s.selection })));
  const [labelMode, setLabelMode] = useState<'add' | 'remove' | null>(null);
  const openLabel = useCallback((mode: 'add' | 'remove') => setLabelMode(mode), []);
  const dropping = useFileDrop();
  const panes = usePaneSizes();
  usePlayback();
  usePopovers();
  useUndoKeys();
  useClusterShortcuts(openLabel);
  const sel = resolveSelection(cluster, selection);
  const pod = sel?.kind === 'pod' ? sel.pod : undefined;

  return (
    <div className={`app mobile-${mobileTab}${editorCollapsed ? ' editor-collapsed' : ''}${lessonsOpen ? ' lessons-open' : ''}`}>
      <a className="skip-link" href="#main-view">
        {t('app.skip')}
      </a>
      <Header headerActions={<><LessonsButton /><UndoButtons /><ResetScenarioButton /><ShareMenu /></>} />
      <MobileTabs />
      <main className="layout" style={panes.style}>
        <div className="col-editor" id="view-editor">
          <EditorPane />
        </div>
        <Splitter axis="x" direction={1} label={t('layout.resize.editor')} testId="split-editor" {...panes.splitter('editor')} />
        <div className="col-main" id="view-graph">
          <div id="main-view" tabIndex={-1} />
          <SendBar />
          <div className="stage">
            <GraphPanel openLabel={openLabel} shells />
            <Splitter axis="x" direction={-1} label={t('layout.resize.inspector')} testId="split-inspector" {...panes.splitter('inspector')} />
            <Inspector openLabel={openLabel} />
          </div>
          <Player />
          <Splitter axis="y" direction={-1} label={t('layout.resize.terminals')} testId="split-terminals" {...panes.splitter('terminals')} />
          <div className="terminals-row">
            <TerminalsAfterFirstGraph />
            <ShellDock />
          </div>
        </div>
      </main>
      {pod && (
        <LabelDialog
          open={labelMode !== null}
          mode={labelMode ?? 'add'}
          podName={pod.name}
          existing={Object.keys(pod.labels)}
          onClose={() => setLabelMode(null)}
          onSubmit={({ key, value }) => getAppStore().getState().applyAction(labelMode === 'remove' ? removeLabel(pod, key) : addLabel(pod, key, value))}
        />
      )}
      <LazyLessonsPanel />
      <Notices />
      {dropping && (
        <div className="share-drop" data-testid="drop-overlay" aria-hidden="true">
          <p>{t('share.dropHere')}</p>
        </div>
      )}
    </div>
  );
}
