// A tiny store for the packet's progress within a hop, 0..1. The host's playback writes it every frame and only
// the packet layer subscribes: the packet moves by a transform while the graph and its host do not re-render.
export interface ProgressStore {
  get(): number;
  set(p: number): void;
  subscribe(fn: (p: number) => void): () => void;
}

export function createProgressStore(initial = 0): ProgressStore {
  let value = initial;
  const listeners = new Set<(p: number) => void>();
  return {
    get: () => value,
    set(p) {
      if (p === value) return;
      value = p;
      for (const fn of listeners) fn(p);
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => { listeners.delete(fn); };
    },
  };
}
