// Structural sharing between two builds of the graph: an element whose content did not change keeps its previous
// object, so React Flow and the memoized node components skip it. With 1,000 Pods an edit then re-renders the
// few elements it touched instead of all of them.
import type { FlowGraph } from './to-flow';

function same(a: unknown, b: unknown, depth: number): boolean {
  if (Object.is(a, b)) return true;
  if (depth === 0 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], depth - 1)) return false;
  }
  return true;
}

/** Elements are at most four levels deep (node → data → labels/ports → value). */
const DEPTH = 4;

export function shareUnchanged(prev: FlowGraph | undefined, next: FlowGraph): FlowGraph {
  if (!prev) return next;
  const oldNodes = new Map(prev.nodes.map((n) => [n.id, n]));
  const oldEdges = new Map(prev.edges.map((e) => [e.id, e]));
  let changed = prev.nodes.length !== next.nodes.length || prev.edges.length !== next.edges.length;
  const nodes = next.nodes.map((n, i) => {
    const o = oldNodes.get(n.id);
    const keep = o && same(o, n, DEPTH) ? o : n;
    if (keep !== prev.nodes[i]) changed = true;
    return keep;
  });
  const edges = next.edges.map((e, i) => {
    const o = oldEdges.get(e.id);
    const keep = o && same(o, e, DEPTH) ? o : e;
    if (keep !== prev.edges[i]) changed = true;
    return keep;
  });
  return changed ? { ...next, nodes, edges } : prev;
}
