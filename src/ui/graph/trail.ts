// The path of the request so far, as edges under the graph's elements: one per hop up to the active one.
import type { Edge } from '@xyflow/react';
import type { Trace } from './contracts';
import type { Rect } from './layout';
import { hopSegment } from './packet';

export interface TrailData extends Record<string, unknown> { x1: number; y1: number; x2: number; y2: number; active: boolean }
export type TrailEdgeType = Edge<TrailData, 'trail'>;

export function trailEdges(trace: Trace | undefined, activeHop: number, rects: ReadonlyMap<string, Rect>): TrailEdgeType[] {
  if (!trace || activeHop < 0) return [];
  const out: TrailEdgeType[] = [];
  trace.hops.slice(0, activeHop + 1).forEach((h, i) => {
    if (h.kind === 'timeout') return; // nothing travelled: the packet was dropped where it was
    const seg = hopSegment(rects.get(h.from), rects.get(h.to));
    if (!seg || !rects.has(h.from) || !rects.has(h.to) || (seg.start.x === seg.end.x && seg.start.y === seg.end.y)) return;
    out.push({ id: `trail:${i}`, source: h.from, target: h.to, type: 'trail', sourceHandle: 'trail-s', targetHandle: 'trail-t', selectable: false, focusable: false,
      data: { x1: seg.start.x, y1: seg.start.y, x2: seg.end.x, y2: seg.end.y, active: i === activeHop } });
  });
  return out;
}
