// Per-render decoration of the laid-out graph: the client mark, the highlighted elements, the Service whose rules
// act on the packet, the selection.
// Returns the same object for every element that did not change, so memo'd nodes and edges skip rendering.
import { rulesId } from './ids';
import type { GraphEdge, GraphNode } from './to-flow';

export interface Decoration {
  clientId?: string;
  highlight: ReadonlySet<string>;
  /** The Service kube-proxy wrote the acting rules from: lit beside the packet's path, never on it. */
  ruleSource?: string;
  selectedId?: string;
}

export function decorateNodes(nodes: readonly GraphNode[], d: Decoration): GraphNode[] {
  const clientNode = d.clientId ? nodes.find((n) => n.id === d.clientId && n.type === 'pod') : undefined;
  const clientRules = clientNode?.type === 'pod' && clientNode.data.node ? rulesId(clientNode.data.node) : undefined;
  return nodes.map((n) => {
    const hl = d.highlight.has(n.id);
    const selected = n.id === d.selectedId;
    const isClient = n.type === 'pod' && n.id === d.clientId;
    const isClientNode = n.type === 'rules' && n.id === clientRules;
    const isRuleSource = n.type === 'service' && n.id === d.ruleSource;
    if (!hl && !selected && !isClient && !isClientNode && !isRuleSource) return n;
    const className = isRuleSource ? 'kg-rule-source' : hl ? 'kg-hl' : undefined;
    const out = { ...n, ...(className ? { className } : {}), ...(selected ? { selected: true } : {}) } as GraphNode;
    if (isClient) out.data = { ...n.data, isClient: true };
    if (isClientNode) out.data = { ...n.data, isClientNode: true };
    if (isRuleSource) out.data = { ...n.data, isRuleSource: true };
    return out;
  });
}

export function decorateEdges(edges: readonly GraphEdge[], d: Decoration): GraphEdge[] {
  if (d.highlight.size === 0) return edges as GraphEdge[];
  return edges.map((e) => (d.highlight.has(e.source) && d.highlight.has(e.target) ? { ...e, data: { ...e.data!, hl: true } } : e));
}
