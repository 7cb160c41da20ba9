// The path of an EndpointSlice link: down from the Service into its own lane, across to the gutter beside the
// Pod, down the gutter, then into the Pod from the left. Orthogonal runs keep many links readable where
// curves would cross the Pods above the target.

const R = 8;

/** SVG path through orthogonal points with rounded corners. */
export function roundedPolyline(points: readonly { x: number; y: number }[], radius = R): string {
  const pts = points.filter((p, i) => i === 0 || p.x !== points[i - 1]!.x || p.y !== points[i - 1]!.y);
  if (pts.length === 0) return '';
  let d = `M${pts[0]!.x},${pts[0]!.y}`;
  for (let i = 1; i < pts.length - 1; i++) {
    const a = pts[i - 1]!, b = pts[i]!, c = pts[i + 1]!;
    const r = Math.min(radius, Math.hypot(b.x - a.x, b.y - a.y) / 2, Math.hypot(c.x - b.x, c.y - b.y) / 2);
    const inX = b.x - Math.sign(b.x - a.x) * r, inY = b.y - Math.sign(b.y - a.y) * r;
    const outX = b.x + Math.sign(c.x - b.x) * r, outY = b.y + Math.sign(c.y - b.y) * r;
    d += ` L${inX},${inY} Q${b.x},${b.y} ${outX},${outY}`;
  }
  const last = pts[pts.length - 1]!;
  return `${d} L${last.x},${last.y}`;
}

export function endpointPath(sx: number, sy: number, tx: number, ty: number, laneY: number, gutterX: number): string {
  return roundedPolyline([{ x: sx, y: sy }, { x: sx, y: laneY }, { x: gutterX, y: laneY }, { x: gutterX, y: ty }, { x: tx, y: ty }]);
}
