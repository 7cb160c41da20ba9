// Deterministic, stable placement of the graph's elements. No layout engine runs here: the picture is a fixed
// grammar (Services in one row on top, Kubernetes nodes as columns below, Pods in slots inside their node), so
// the same input always gives the same picture and an edit moves only what it touches. Slots are remembered
// between edits: an unchanged element keeps its slot, a new one takes a freed slot first (a replaced Pod or a
// renamed Service stays where its predecessor was), a removed one leaves its slot empty rather than sliding
// its neighbours up, and empty slots are closed only at the end of a column or when they pile up.

export interface Rect { x: number; y: number; width: number; height: number }

// A desktop panel is much wider than tall (about 3:1 at 1280×800), so the fit is set by the picture's height:
// rows are as short as their text allows and the Pods are wide, which costs no zoom, so their text can be larger.
const SIZES = {
  svcW: 250, svcH: 62, svcGap: 24,
  /** Vertical room between the Service row and the nodes, where EndpointSlice links run in lanes. */
  laneBand: 46,
  nodeHeader: 26, rules: 34, rulesGap: 6, nodePadBottom: 8, gutter: 24, nodePadRight: 12, nodeGap: 28,
  podW: 276, podH: 42, podGapY: 4, colGap: 24,
} as const;

export interface LayoutInput {
  /** Service-row element ids (kube-dns and Services), in their natural (sorted) order. */
  services: string[];
  /** Kubernetes nodes in fixed order, each with its Pod element ids in natural (sorted) order. */
  nodes: { name: string; id: string; rulesId: string; pods: string[] }[];
  /** Pods with no node (Pending), in natural order. */
  pending: string[];
  pendingId: string;
  externalId?: string;
}

/** Slot order from the previous layout; `null` is an empty slot (an element was removed there). */
export type Slots = (string | null)[];

export interface LayoutMemory {
  services: Slots;
  pods: Record<string, Slots>;
}

export interface Layout {
  /** Absolute rectangle of every element (children included), in flow coordinates. */
  rects: Map<string, Rect>;
  /** Parent element for children of node groups (and the Pending group). */
  parents: Map<string, string>;
  /** y of the band where Service → Pod links run horizontally, and the row bottom they leave from. */
  laneTop: number;
  laneBottom: number;
  memory: LayoutMemory;
}

/**
 * Keep previous slots for ids that still exist; new ids (already in natural order) fill the freed slots first,
 * then go to the end. A removed id leaves an empty slot, so its neighbours do not move; empty slots at the end
 * are dropped, and all of them close once they are more than a third of the slots (and more than two).
 * Without memory this is just the natural order.
 * @example assignSlots(['a', 'b', 'c'], ['a', 'c', 'x']) // ['a', 'x', 'c']
 * @example assignSlots(['a', 'b', 'c'], ['a', 'c'])      // ['a', null, 'c']
 */
export function assignSlots(prev: Readonly<Slots> | undefined, current: readonly string[]): Slots {
  if (!prev || prev.length === 0) return [...current];
  const present = new Set(current);
  const slots: Slots = prev.map((id) => (id !== null && present.has(id) ? id : null));
  const kept = new Set(slots.filter((s): s is string => s !== null));
  const incoming = current.filter((id) => !kept.has(id));
  let next = 0;
  for (let i = 0; i < slots.length && next < incoming.length; i++) {
    if (slots[i] === null) slots[i] = incoming[next++]!;
  }
  while (next < incoming.length) slots.push(incoming[next++]!);
  while (slots.length > 0 && slots[slots.length - 1] === null) slots.pop();
  const holes = slots.filter((s) => s === null).length;
  return holes > Math.max(2, Math.floor(slots.length / 3)) ? slots.filter((s) => s !== null) : slots;
}

/** Columns of Pods inside a node, the same for every node so the node columns line up. */
export function podColumns(maxPodsPerNode: number): number {
  if (maxPodsPerNode <= 8) return 1;
  if (maxPodsPerNode <= 24) return 2;
  if (maxPodsPerNode <= 96) return 4;
  if (maxPodsPerNode <= 400) return 8;
  return 16;
}

export function layoutGraph(input: LayoutInput, prev?: LayoutMemory): Layout {
  const S = SIZES;
  const rects = new Map<string, Rect>();
  const parents = new Map<string, string>();

  const services = assignSlots(prev?.services, input.services);
  const row = input.externalId ? [...services, input.externalId] : services;
  row.forEach((id, i) => { if (id !== null) rects.set(id, { x: i * (S.svcW + S.svcGap), y: 0, width: S.svcW, height: S.svcH }); });

  const pods: Record<string, Slots> = {};
  for (const n of input.nodes) pods[n.name] = assignSlots(prev?.pods[n.name], n.pods);
  pods[input.pendingId] = assignSlots(prev?.pods[input.pendingId], input.pending);

  const maxPods = Math.max(0, ...Object.values(pods).map((p) => p.length));
  const cols = podColumns(maxPods);
  const rows = Math.max(1, Math.ceil(maxPods / cols));
  const nodeW = S.gutter + cols * S.podW + (cols - 1) * S.colGap + S.nodePadRight;
  const podsTop = S.nodeHeader + S.rules + S.rulesGap;
  const nodeH = podsTop + rows * S.podH + (rows - 1) * S.podGapY + S.nodePadBottom;
  const nodesY = S.svcH + S.laneBand;

  const placePods = (groupId: string, list: Slots, origin: { x: number; y: number }, top: number) => {
    list.forEach((id, i) => {
      if (id === null) return;
      const col = i % cols;
      const r = Math.floor(i / cols);
      rects.set(id, {
        x: origin.x + S.gutter + col * (S.podW + S.colGap),
        y: origin.y + top + r * (S.podH + S.podGapY),
        width: S.podW, height: S.podH,
      });
      parents.set(id, groupId);
    });
  };

  input.nodes.forEach((n, i) => {
    const origin = { x: i * (nodeW + S.nodeGap), y: nodesY };
    rects.set(n.id, { ...origin, width: nodeW, height: nodeH });
    rects.set(n.rulesId, { x: origin.x + S.gutter, y: origin.y + S.nodeHeader, width: nodeW - S.gutter - S.nodePadRight, height: S.rules });
    parents.set(n.rulesId, n.id);
    placePods(n.id, pods[n.name]!, origin, podsTop);
  });

  const pending = pods[input.pendingId]!;
  if (pending.length > 0) {
    const origin = { x: input.nodes.length * (nodeW + S.nodeGap), y: nodesY };
    const pRows = Math.ceil(pending.length / cols);
    rects.set(input.pendingId, { ...origin, width: nodeW, height: S.nodeHeader + pRows * (S.podH + S.podGapY) + S.nodePadBottom });
    placePods(input.pendingId, pending, origin, S.nodeHeader);
  }

  return { rects, parents, laneTop: S.svcH, laneBottom: nodesY, memory: { services, pods } };
}
