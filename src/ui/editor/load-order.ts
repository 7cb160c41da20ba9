// When the page's second-priority work may start: after the first build has settled and the graph it produced
// has been painted. Until then the main thread belongs to the shell and the graph.
import type { StoreApi } from 'zustand';
import type { AppState } from '../../state';

/** A first build slower than this (a large draft) does not hold the editor back any longer. */
const longestWaitMs = 1500;

/** Calls `start` once, in idle time after the first build's graph is painted; returns a cancel function. */
export function afterFirstGraph(store: StoreApi<AppState>, start: () => void): () => void {
  let frame = 0;
  let idle = 0;
  let done = false;
  const whenIdle = (cb: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(cb, { timeout: 200 }) : window.setTimeout(cb, 0);
  const cancelIdle = (id: number) => (typeof cancelIdleCallback === 'function' ? cancelIdleCallback(id) : clearTimeout(id));
  const go = () => {
    if (done) return;
    done = true;
    unsubscribe();
    clearTimeout(timer);
    // The store update renders the graph in this task; the frame after it has painted it.
    frame = requestAnimationFrame(() => (idle = whenIdle(start)));
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
    cancelAnimationFrame(frame);
    cancelIdle(idle);
  };
}

/** Calls `cb` in the first task after the next frame is painted; returns a cancel function. */
export function afterNextPaint(cb: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(cb, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
