// The running total of requests per Pod, drawn on the graph: each Pod that answered carries its count, so the
// spread (or the skew) shows where the Pods are, beside the Distribution panel's bars.
import { resolveElementId } from './ids';
import type { GraphNode } from './to-flow';

/** Requests per Pod, keyed `namespace/name` as the traffic simulation counts them, and the total they are out of. */
export interface PodHits {
  perPod: Readonly<Record<string, number>>;
  total: number;
}

/**
 * The nodes with `hits` on every Pod the total counts; every other node is returned as the same object, so the
 * memoised node views of the rest skip rendering.
 * @example withHits(nodes, { perPod: { 'default/nginx-a': 7 }, total: 10 }, (id) => rects.has(id))
 */
export function withHits(nodes: readonly GraphNode[], hits: PodHits | undefined, has: (id: string) => boolean): GraphNode[] {
  if (!hits) return nodes as GraphNode[];
  const counts = new Map<string, number>();
  for (const [pod, n] of Object.entries(hits.perPod)) {
    const el = resolveElementId(`pod:${pod}`, has);
    if (el && n > 0) counts.set(el, (counts.get(el) ?? 0) + n);
  }
  if (counts.size === 0) return nodes as GraphNode[];
  return nodes.map((n) => {
    const count = n.type === 'pod' ? counts.get(n.id) : undefined;
    return count && n.type === 'pod' ? { ...n, data: { ...n.data, hits: { count, total: hits.total } } } : n;
  });
}
