// Geometry of the moving packet: where a hop starts and ends on the picture (passing any element between), and
// where the packet is at a given progress. Pure, so it is tested without a browser.
import type { Rect } from './layout';

export interface Point { x: number; y: number }

const center = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
const same = (a: Rect, b: Rect) => a === b || (a.x === b.x && a.y === b.y && a.width === b.width);
const dist = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);

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

/**
 * The points a hop's packet passes: out of the first element's border, through the centre of each element in
 * between, into the last one's border. Elements not drawn are skipped; one element gives its centre.
 */
export function hopPoints(rects: ReadonlyArray<Rect | undefined>): Point[] {
  const drawn = rects.filter((r): r is Rect => r !== undefined).filter((r, i, all) => i === 0 || !same(all[i - 1]!, r));
  if (drawn.length === 0) return [];
  if (drawn.length === 1) return [center(drawn[0]!)];
  const first = drawn[0]!, last = drawn[drawn.length - 1]!;
  const middle = drawn.slice(1, -1).map(center);
  return [exitPoint(first, center(drawn[1]!)), ...middle, exitPoint(last, center(drawn[drawn.length - 2]!))];
}

/** Ease in and out so the packet visibly leaves and arrives. */
export const ease = (p: number): number => {
  const q = Math.min(1, Math.max(0, p));
  return q < 0.5 ? 2 * q * q : 1 - (-2 * q + 2) ** 2 / 2;
};

/** The progress at which the eased packet has covered `f` of its way: the inverse of `ease`. */
export const unease = (f: number): number => {
  const g = Math.min(1, Math.max(0, f));
  return g < 0.5 ? Math.sqrt(g / 2) : 1 - Math.sqrt(2 * (1 - g)) / 2;
};

/** Fraction of the way at which each point after the first is reached (the last is 1). */
export function legEnds(points: readonly Point[]): number[] {
  const lengths = points.slice(1).map((p, i) => dist(points[i]!, p));
  const total = lengths.reduce((a, b) => a + b, 0);
  let run = 0;
  return lengths.map((l, i) => (i === lengths.length - 1 ? 1 : total === 0 ? (i + 1) / lengths.length : (run += l) / total));
}

/** Where the packet is along `points` at `progress`, and in which leg (0 for the first). */
export function pointAlong(points: readonly Point[], progress: number): { at: Point; leg: number } {
  if (points.length === 0) return { at: { x: 0, y: 0 }, leg: 0 };
  if (points.length === 1) return { at: points[0]!, leg: 0 };
  const e = ease(progress);
  const ends = legEnds(points);
  const leg = Math.max(0, ends.findIndex((end) => e <= end));
  const begin = leg === 0 ? 0 : ends[leg - 1]!;
  const span = ends[leg]! - begin;
  const f = span === 0 ? 1 : (e - begin) / span;
  const a = points[leg]!, b = points[leg + 1]!;
  return { at: { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f }, leg };
}

/**
 * The progress at which the packet's label turns to its second phase: where it reaches the first element between
 * its ends (a DNS query reaching the rules that DNAT it), else half way (a DNAT rewrite, drawn on one element).
 */
export function labelFlip(points: readonly Point[]): number {
  return points.length > 2 ? unease(legEnds(points)[0]!) : 0.5;
}

/** Keyframe offsets for a packet along `points`: even steps, plus the exact moments it turns a corner. */
export function keyframeOffsets(points: readonly Point[], steps = 10): number[] {
  const corners = points.length > 2 ? legEnds(points).slice(0, -1).map(unease) : [];
  return [...new Set([...Array.from({ length: steps + 1 }, (_, i) => i / steps), ...corners])].sort((a, b) => a - b);
}
