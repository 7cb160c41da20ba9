// When the page's second-priority work may start: after the first build has settled and the graph it produced
// has been painted. Until then the main thread belongs to the shell and the graph.
import type { StoreApi } from 'zustand';
import type { AppState } from '../../state';

/** A first build slower than this (a large draft) does not hold the editor back any longer. */
const longestWaitMs = 1500;

/** Calls `start` once, right after the first build's graph is painted; returns a cancel function. */
export function afterFirstGraph(store: StoreApi<AppState>, start: () => void): () => void {
  let done = false;
  let cancelStart = () => {};
  const go = () => {
    if (done) return;
    done = true;
    unsubscribe();
    clearTimeout(timer);
    // The store update renders the graph in this task; React Flow shows its nodes once it has measured them,
    // which can take a second frame.
    cancelStart = afterNextPaint(start, 2);
  };
  const unsubscribe = store.subscribe((s) => {
    if (!s.building) go();
  });
  const timer = setTimeout(go, longestWaitMs);
  if (!store.getState().building) go();
  return () => {
    done = true;
    unsubscribe();
    clearTimeout(timer);
    cancelStart();
  };
}

/** Calls `cb` in the first task after the next `frames` frames are painted; returns a cancel function. */
export function afterNextPaint(cb: () => void, frames = 1): () => void {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const next = (left: number) => {
    frame = requestAnimationFrame(() => (left > 1 ? next(left - 1) : (timer = setTimeout(cb, 0))));
  };
  next(frames);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Runs `steps` in order, each in its own task after the next paint, so that work split into steps never holds the
 * page for the sum of them; returns a cancel function (the steps not yet run never run).
 */
export function inTurns(steps: readonly (() => void)[]): () => void {
  let cancel = () => {};
  const run = (i: number) => {
    if (i >= steps.length) return;
    cancel = afterNextPaint(() => {
      steps[i]!();
      run(i + 1);
    });
  };
  run(0);
  return () => cancel();
}
