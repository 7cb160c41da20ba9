// Undo and redo across text edits and cluster actions (src/state/undo-history.ts), wired to the store:
// typing is recorded after a pause, every other change to the text or the actions at once. Ctrl+Z /
// Ctrl+Shift+Z (Cmd on macOS) outside an editable field; inside the editor Monaco's own undo applies.
import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { createStore } from 'zustand/vanilla';
import type { AppState } from '../../state';
import { UndoHistory, type HistoryEntry } from '../../state/undo-history';
import { getShareSession } from './session-context';

type Action = AppState['actions'][number];
const TYPING_PAUSE_MS = 700;

export const undoState = createStore<{ canUndo: boolean; canRedo: boolean; undo: () => void; redo: () => void }>()(() => ({
  canUndo: false, canRedo: false, undo: () => {}, redo: () => {},
}));

let attached = false;

function attach(store: StoreApi<AppState>): void {
  if (attached) return;
  attached = true;
  const entry = (s: AppState): HistoryEntry<Action> => ({ source: s.source, actions: s.actions });
  const history = new UndoHistory<Action>(entry(store.getState()));
  let applying = false;
  let typing: ReturnType<typeof setTimeout> | undefined;
  const publish = () => undoState.setState({ canUndo: history.canUndo, canRedo: history.canRedo });
  const recordNow = () => {
    clearTimeout(typing);
    typing = undefined;
    history.record(entry(store.getState()));
    publish();
  };
  let wasOpening = false;

  store.subscribe((s, prev) => {
    if (applying) return;
    const opening = getShareSession().controller.isOpening();
    if (opening) {
      wasOpening = true;
      return;
    }
    if (wasOpening) {
      // A link, a draft or a file was opened: a fresh start, not steps to undo one by one.
      wasOpening = false;
      clearTimeout(typing);
      history.reset(entry(s));
      publish();
      return;
    }
    if (s.actions !== prev.actions || s.sourceRevision !== prev.sourceRevision) recordNow();
    else if (s.source !== prev.source) {
      clearTimeout(typing);
      typing = setTimeout(recordNow, TYPING_PAUSE_MS);
    }
  });

  const apply = (e: HistoryEntry<Action> | undefined) => {
    publish();
    if (!e) return;
    applying = true;
    try {
      const s = store.getState();
      store.setState({ actions: [...e.actions] });
      if (e.source !== s.source) s.replaceSource(e.source);
      else void s.rebuild();
    } finally {
      applying = false;
    }
  };
  undoState.setState({
    undo: () => {
      if (typing !== undefined) recordNow();
      apply(history.undo());
    },
    redo: () => apply(history.redo()),
  });
}

const editable = (el: Element | null): boolean =>
  !!el && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el as HTMLElement).isContentEditable);

export function useUndoRedo(store: StoreApi<AppState>): void {
  useEffect(() => {
    attach(store);
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || editable(document.activeElement)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        undoState.getState().undo();
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        undoState.getState().redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
