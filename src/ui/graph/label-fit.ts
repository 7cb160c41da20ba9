// The packet's label sits centred above the packet; near the graph's edge that would put part of it outside
// the panel, which clips. This says how far to move it so the whole label stays inside, and whether to drop it
// below the packet when there is no room above.

export interface LabelFit {
  /** Pixels to move the label sideways from centred. */
  dx: number;
  /** No room above the packet: show the label below it. */
  below: boolean;
}

/**
 * @param x, y the packet's position in the panel; w, h the label's size; width, height the panel's;
 *   gap the label's distance above the packet (its CSS `bottom`).
 */
export function fitLabel(x: number, y: number, w: number, h: number, width: number, height: number, gap = 14, margin = 4): LabelFit {
  const left = x - w / 2;
  const min = margin;
  const max = Math.max(margin, width - margin - w);
  const dx = Math.round(Math.min(max, Math.max(min, left)) - left);
  const below = y - gap - h < margin && y + gap + h <= height - margin;
  return { dx, below };
}
