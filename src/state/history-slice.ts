// Undo and redo over what defines the cluster: the text and the learner's cluster actions, as one timeline.
// Monaco keeps its own keystroke-level undo inside the editor; this history takes coarser steps (a pause in
// typing, a scale, a deleted Pod, a label, a scenario loaded) so Ctrl+Z outside the editor, or the Undo
// button, also takes back a cluster action, and a text change made from outside the editor.
//
// It watches the store: a change to the actions or a text replaced from outside (sourceRevision) is a step at
// once, typing is one after a pause. Opening a link, a draft or a file starts the history over. Each step also
// remembers the scenario picked and the request's client and target, as they were when the step ended, so an
// undone scenario switch puts the picker and the send bar back with the text.
import type { StateCreator } from 'zustand/vanilla';
import type { ClusterAction } from './worker/core-api';
import type { AppState } from './types';

export interface HistoryEntry {
  source: string;
  actions: readonly ClusterAction[];
  scenarioId: string;
  client: string;
  target: string;
}

export interface History {
  past: readonly HistoryEntry[];
  /** What is on screen, as last recorded. */
  present: HistoryEntry;
  future: readonly HistoryEntry[];
}

export interface HistorySlice {
  history: History;
  undo(): void;
  redo(): void;
  /** Starts over from what is on screen (a link, a draft or a file was opened). */
  resetHistory(): void;
}

/** Steps kept: a lesson's worth; each holds one copy of the text. */
export const MAX_UNDO = 100;
/** A pause in typing this long ends one step. */
export const TYPING_PAUSE_MS = 700;

const entryOf = (s: AppState): HistoryEntry => ({ source: s.source, actions: s.actions, scenarioId: s.scenarioId, client: s.client, target: s.target });

const same = (a: HistoryEntry, b: HistoryEntry): boolean =>
  a.source === b.source && a.actions.length === b.actions.length
  && a.actions.every((x, i) => x === b.actions[i] || JSON.stringify(x) === JSON.stringify(b.actions[i]));

export const canUndo = (s: AppState): boolean => s.history.past.length > 0;
export const canRedo = (s: AppState): boolean => s.history.future.length > 0;

export const createHistorySlice: StateCreator<AppState, [], [], HistorySlice> = (set, get, api) => {
  let typing: ReturnType<typeof setTimeout> | undefined;

  /**
   * Records what is on screen as a step; equal to the present one: nothing recorded. `before`: the state just
   * before the change (a scenario loaded also changes the picker and target), whose picker, client and target
   * the step being left keeps; after a typing pause they are what is on screen.
   */
  function record(before?: AppState): void {
    clearTimeout(typing);
    typing = undefined;
    const s = get();
    const next = entryOf(s);
    let { past, present } = s.history;
    // Equal to the present step: an undo or redo putting it on screen, or nothing new.
    if (same(next, present)) return;
    if (before) {
      // The screen just before the change is the step being left; typing not yet recorded is a step of its own.
      const left = entryOf(before);
      if (!same(left, present)) past = [...past, present];
      present = left;
    }
    if (same(next, present)) return;
    set({ history: { past: [...past, present].slice(-MAX_UNDO), present: next, future: [] } });
  }

  /** Puts `entry` on screen in one change, so the watcher below sees it equal to the present and records nothing. */
  function apply(entry: HistoryEntry, history: History): void {
    const s = get();
    const actions = [...entry.actions];
    const picked = { scenarioId: entry.scenarioId, client: entry.client, target: entry.target };
    if (entry.source === s.source) set({ history, actions, ...picked });
    else set({ history, actions, ...picked, source: entry.source, sourceRevision: s.sourceRevision + 1 });
    void get().rebuild();
  }

  /** The picker, client and target on screen: what the step being left keeps. */
  const pickedNow = (): Pick<HistoryEntry, 'scenarioId' | 'client' | 'target'> => {
    const s = get();
    return { scenarioId: s.scenarioId, client: s.client, target: s.target };
  };

  api.subscribe((s, prev) => {
    // A link or a draft being opened ends in resetHistory: its steps are not the learner's to undo.
    if (s.shareOpening) return;
    if (s.actions !== prev.actions || s.sourceRevision !== prev.sourceRevision) record(prev);
    else if (s.source !== prev.source) {
      clearTimeout(typing);
      typing = setTimeout(record, TYPING_PAUSE_MS);
    }
  });

  return {
    history: { past: [], present: { source: '', actions: [], scenarioId: '', client: '', target: '' }, future: [] },
    undo() {
      if (typing !== undefined) record();
      const { past, present, future } = get().history;
      const prev = past[past.length - 1];
      if (!prev) return;
      apply(prev, { past: past.slice(0, -1), present: prev, future: [...future, { ...present, ...pickedNow() }] });
    },
    redo() {
      const { past, present, future } = get().history;
      const next = future[future.length - 1];
      if (!next) return;
      apply(next, { past: [...past, { ...present, ...pickedNow() }], present: next, future: future.slice(0, -1) });
    },
    resetHistory() {
      clearTimeout(typing);
      typing = undefined;
      set({ history: { past: [], present: entryOf(get()), future: [] } });
    },
  };
};
