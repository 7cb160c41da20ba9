// Geometry of the moving packet: where a hop starts and ends on the picture, and where the packet is at a given
// progress. Pure, so it is tested without a browser.
import type { Rect } from './layout';

export interface Point { x: number; y: number }

const center = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** Where the segment from the centre of `r` towards `toward` leaves the rectangle. */
export function exitPoint(r: Rect, toward: Point): Point {
  const c = center(r);
  const dx = toward.x - c.x, dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const sx = dx === 0 ? Infinity : (r.width / 2) / Math.abs(dx);
  const sy = dy === 0 ? Infinity : (r.height / 2) / Math.abs(dy);
  const s = Math.min(sx, sy, 1);
  return { x: c.x + dx * s, y: c.y + dy * s };
}

/** Start and end of a hop's segment: border to border, or the element's centre when a hop stays on one element. */
export function hopSegment(from: Rect | undefined, to: Rect | undefined): { start: Point; end: Point } | undefined {
  if (!from && !to) return undefined;
  if (!from || !to) { const c = center((from ?? to)!); return { start: c, end: c }; }
  if (from === to || (from.x === to.x && from.y === to.y && from.width === to.width)) {
    const c = center(from);
    return { start: c, end: c };
  }
  return { start: exitPoint(from, center(to)), end: exitPoint(to, center(from)) };
}

/** Ease in and out so the packet visibly leaves and arrives. */
export const ease = (p: number): number => {
  const q = Math.min(1, Math.max(0, p));
  return q < 0.5 ? 2 * q * q : 1 - (-2 * q + 2) ** 2 / 2;
};

export function packetAt(seg: { start: Point; end: Point }, progress: number): Point {
  const e = ease(progress);
  return { x: seg.start.x + (seg.end.x - seg.start.x) * e, y: seg.start.y + (seg.end.y - seg.start.y) * e };
}
