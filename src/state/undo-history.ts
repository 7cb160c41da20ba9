// Undo and redo over what defines the cluster: the text and the learner's cluster actions, as one
// timeline. Monaco keeps its own keystroke-level undo inside the editor; this history takes coarser
// steps (a pause in typing, a scale, a deleted Pod, a label) so Ctrl+Z outside the editor, or the Undo
// button, also takes back a cluster action, and a text change made from outside the editor.

export interface HistoryEntry<A> {
  source: string;
  actions: readonly A[];
}

/** Steps kept: a lesson's worth; each holds one copy of the text. */
export const MAX_UNDO = 100;

const same = <A>(a: HistoryEntry<A>, b: HistoryEntry<A>): boolean =>
  a.source === b.source && a.actions.length === b.actions.length && a.actions.every((x, i) => x === b.actions[i] || JSON.stringify(x) === JSON.stringify(b.actions[i]));

export class UndoHistory<A> {
  private past: HistoryEntry<A>[] = [];
  private future: HistoryEntry<A>[] = [];
  constructor(private current: HistoryEntry<A>) {}

  /** A new state on screen. Equal to the current one: nothing recorded. */
  record(next: HistoryEntry<A>): void {
    if (same(next, this.current)) return;
    this.past.push(this.current);
    if (this.past.length > MAX_UNDO) this.past.shift();
    this.current = next;
    this.future = [];
  }

  /** Starts over from `entry` (a link or a file was opened). */
  reset(entry: HistoryEntry<A>): void {
    this.past = [];
    this.future = [];
    this.current = entry;
  }

  undo(): HistoryEntry<A> | undefined {
    const prev = this.past.pop();
    if (!prev) return undefined;
    this.future.push(this.current);
    this.current = prev;
    return prev;
  }

  redo(): HistoryEntry<A> | undefined {
    const next = this.future.pop();
    if (!next) return undefined;
    this.past.push(this.current);
    this.current = next;
    return next;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }
}
