// A phone-sized graph panel: the whole cluster fitted into it is text too small to read, so the view frames the
// client's path instead (the client, its node, the Pods it sends to) at a zoom where labels stay readable. The
// learner still zooms out or fits everything with the controls.
import { nodeGroupId } from './ids';
import type { Rect } from './layout';
import type { GraphEdge, GraphNode } from './to-flow';

export interface Viewport { x: number; y: number; zoom: number }

/** The graph's smallest running text (addresses, states) is 12 px: at this zoom it is 11 px on screen, the
 * smallest we let it get by itself; the names (12.5 px) are larger. */
export const READABLE_ZOOM = 0.92;
/** Wider panels (a desktop's) keep fitting the whole cluster, as the learner expects there. */
export const NARROW_PANEL = 600;
/** Room kept around the framed elements, in screen pixels. */
const PAD = 12;

/** The zoom that fits `bounds` into the panel with `pad` pixels around it. */
const fitZoom = (panel: { width: number; height: number }, bounds: Rect, pad: { x: number; y: number }) =>
  Math.min((panel.width - 2 * pad.x) / Math.max(1, bounds.width), (panel.height - 2 * pad.y) / Math.max(1, bounds.height));

const union = (rects: readonly Rect[]): Rect | undefined => {
  if (rects.length === 0) return undefined;
  const x = Math.min(...rects.map((r) => r.x)), y = Math.min(...rects.map((r) => r.y));
  const x1 = Math.max(...rects.map((r) => r.x + r.width)), y1 = Math.max(...rects.map((r) => r.y + r.height));
  return { x, y, width: x1 - x, height: y1 - y };
};

export interface ClientPath {
  /** The client, its node and the Pods it sends to, together. */
  frame: Rect;
  /** The client Pod alone: it stays in view when the whole path cannot. */
  client?: Rect;
}

/**
 * The rectangles of the client's path: the client Pod, its node, and the Pods named in `targets` (a Service id
 * stands for the Pods its EndpointSlice links reach).
 * @example clientPath(graph, 'pod:default/test', ['svc:default/web-service'])
 */
export function clientPath(graph: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[]; rects: ReadonlyMap<string, Rect> },
  clientId: string | undefined, targets: readonly string[]): ClientPath | undefined {
  const client = clientId ? graph.nodes.find((n) => n.id === clientId) : undefined;
  const ids = new Set<string>();
  if (client?.type === 'pod') {
    ids.add(client.id);
    if (client.data.node) ids.add(nodeGroupId(client.data.node));
  }
  for (const id of targets) {
    if (id.startsWith('svc:') || id.startsWith('dns:')) {
      for (const e of graph.edges) if (e.source === id && e.target.startsWith('pod:')) ids.add(e.target);
    } else ids.add(id);
  }
  const frame = union([...ids].map((id) => graph.rects.get(id)).filter((r): r is Rect => !!r));
  if (!frame) return undefined;
  const clientRect = client ? graph.rects.get(client.id) : undefined;
  return clientRect ? { frame, client: clientRect } : { frame };
}

/**
 * Where to put the view on a narrow panel whose whole-cluster fit would be too small to read: `path` framed at a
 * readable zoom (no more than 1), centred, moved as little as needed to keep the client inside. `undefined` when
 * fitting everything is fine (a wide panel, or a cluster small enough to read whole).
 */
export function readableViewport(panel: { width: number; height: number }, all: Rect, path: ClientPath | undefined,
  allPad: { x: number; y: number }): Viewport | undefined {
  if (!path || panel.width <= 0 || panel.height <= 0 || panel.width > NARROW_PANEL) return undefined;
  if (fitZoom(panel, all, allPad) >= READABLE_ZOOM) return undefined;
  const zoom = Math.min(1, Math.max(READABLE_ZOOM, fitZoom(panel, path.frame, { x: PAD, y: PAD })));
  const f = path.frame;
  // Along each axis: the whole cluster when it fits at this zoom (no Service row cut in half above the path),
  // else the path centred, else the path's start (its top, its left) with the client kept in view below.
  const place = (from: number, size: number, allFrom: number, allSize: number, room: number) =>
    allSize * zoom <= room - 2 * PAD ? room / 2 - (allFrom + allSize / 2) * zoom
      : size * zoom <= room - 2 * PAD ? room / 2 - (from + size / 2) * zoom
        : PAD - from * zoom;
  let x = place(f.x, f.width, all.x, all.width, panel.width);
  let y = place(f.y, f.height, all.y, all.height, panel.height);
  const c = path.client;
  if (c) {
    if (c.x * zoom + x < PAD) x = PAD - c.x * zoom;
    if ((c.x + c.width) * zoom + x > panel.width - PAD) x = panel.width - PAD - (c.x + c.width) * zoom;
    if (c.y * zoom + y < PAD) y = PAD - c.y * zoom;
    if ((c.y + c.height) * zoom + y > panel.height - PAD) y = panel.height - PAD - (c.y + c.height) * zoom;
  }
  return { x, y, zoom };
}
