// The path of the request so far, as edges under the graph's elements: one per leg of each hop up to the active
// one (a DNS query has two: to the client node's rules, then to the CoreDNS Pod they chose).
import type { Edge } from '@xyflow/react';
import type { Trace } from './contracts';
import type { Rect } from './layout';
import { hopPoints } from './packet';
import { hopPath } from './path';

export interface TrailData extends Record<string, unknown> { x1: number; y1: number; x2: number; y2: number; active: boolean }
export type TrailEdgeType = Edge<TrailData, 'trail'>;

export function trailEdges(trace: Trace | undefined, activeHop: number, rects: ReadonlyMap<string, Rect>): TrailEdgeType[] {
  if (!trace || activeHop < 0) return [];
  const out: TrailEdgeType[] = [];
  trace.hops.slice(0, activeHop + 1).forEach((h, i) => {
    if (h.kind === 'timeout') return; // nothing travelled: the packet was dropped where it was
    const ids = hopPath(h, i, trace.hops).filter((id) => rects.has(id));
    const points = hopPoints(ids.map((id) => rects.get(id)));
    points.slice(1).forEach((end, leg) => {
      const start = points[leg]!;
      if (start.x === end.x && start.y === end.y) return;
      out.push({ id: `trail:${i}:${leg}`, source: ids[leg]!, target: ids[leg + 1]!, type: 'trail', sourceHandle: 'trail-s', targetHandle: 'trail-t', selectable: false, focusable: false,
        data: { x1: start.x, y1: start.y, x2: end.x, y2: end.y, active: i === activeHop } });
    });
  });
  return out;
}
