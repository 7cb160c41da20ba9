// The graph a picture is taken of: the mounted ClusterGraph registers itself here, so the page carries this and not
// the picture code (export.ts), which the Share menu loads when asked for a picture.
import type { Rect } from './layout';

export interface Registered {
  /** The React Flow viewport element (`.react-flow__viewport`). */
  viewport: () => HTMLElement | null;
  /** Bounds of every element in flow coordinates. */
  bounds: () => Rect;
  background: () => string;
}

let active: Registered | undefined;

/** Called by the mounted ClusterGraph; the helpers export the most recently mounted graph. */
export function registerGraphForExport(r: Registered): () => void {
  active = r;
  return () => { if (active === r) active = undefined; };
}

/** The most recently mounted graph, if one is mounted. */
export function exportedGraph(): Registered | undefined {
  return active;
}
