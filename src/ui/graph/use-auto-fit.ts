// Keeps the cluster fitted in the panel until the learner takes the viewport over; on a phone-sized panel, frames
// the client's path at a readable size instead (focus-view.ts).
import { useEffect, useMemo, useRef } from 'react';
import { useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { readableViewport, type ClientPath } from './focus-view';
import type { Rect } from './layout';

/** Room around the whole cluster: the legend sits over the panel's bottom-left corner (6 px from the edge, at most
 * 27 px tall), so the bottom keeps more. */
const PAD = { x: 12, top: 12, bottom: 36 };
export const FIT_OPTIONS = { padding: { x: `${PAD.x}px`, top: `${PAD.top}px`, bottom: `${PAD.bottom}px` }, maxZoom: 1 } as const;
const ALL_PAD = { x: PAD.x, y: (PAD.top + PAD.bottom) / 2 };

export function boundsOf(rects: ReadonlyMap<string, Rect>): Rect {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const r of rects.values()) {
    x0 = Math.min(x0, r.x); y0 = Math.min(y0, r.y); x1 = Math.max(x1, r.x + r.width); y1 = Math.max(y1, r.y + r.height);
  }
  return Number.isFinite(x0) ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : { x: 0, y: 0, width: 1, height: 1 };
}

const selectDomNode = (st: ReactFlowState) => st.domNode;
const parseBounds = (key: string): Rect => {
  const [x, y, width, height] = key.split(',').map(Number) as [number, number, number, number];
  return { x, y, width, height };
};

/**
 * Keep the whole cluster in view until the learner pans or zooms: refit when the panel resizes (the app's
 * layout settles after the first paint, a phone rotates) or the picture's extent changes. On a narrow panel
 * where the whole cluster would be too small to read, frame `path` instead, again after each send (`sendKey`
 * changes). The fit-view button hands control back and shows everything until the next send.
 */
export function useAutoFit(boundsKey: string, animate: boolean, path?: ClientPath, sendKey?: unknown) {
  const { fitView, getViewport, setViewport } = useReactFlow();
  const userMoved = useRef(false);
  const wantAll = useRef(false);
  const box = useStore(selectDomNode);
  const latest = useRef({ boundsKey, path });
  useEffect(() => { latest.current = { boundsKey, path }; });

  const place = useMemo(() => (duration: number) => {
    if (!box || userMoved.current) return;
    const focused = wantAll.current ? undefined
      : readableViewport({ width: box.clientWidth, height: box.clientHeight }, parseBounds(latest.current.boundsKey), latest.current.path, ALL_PAD);
    if (focused) void setViewport(focused, { duration });
    else void fitView({ ...FIT_OPTIONS, duration });
  }, [box, fitView, setViewport]);

  useEffect(() => {
    if (!box) return undefined;
    let frame = 0;
    const ro = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => place(0));
    });
    ro.observe(box);
    return () => { ro.disconnect(); cancelAnimationFrame(frame); };
  }, [box, place]);
  // A new extent refits only when the picture no longer fits: adding a Pod to a node that has room zooms nothing.
  useEffect(() => {
    if (userMoved.current || !box) return undefined;
    const frame = requestAnimationFrame(() => {
      const { x, y, width: w, height: h } = parseBounds(boundsKey);
      const { x: tx, y: ty, zoom } = getViewport();
      const inside = x * zoom + tx >= 0 && y * zoom + ty >= 0
        && (x + w) * zoom + tx <= box.clientWidth && (y + h) * zoom + ty <= box.clientHeight;
      if (!inside) place(animate ? 200 : 0);
    });
    return () => cancelAnimationFrame(frame);
  }, [boundsKey, getViewport, box, animate, place]);
  // A send on a narrow panel frames the request's path again, whatever the learner did to the view before.
  const pathKey = path ? `${path.frame.x},${path.frame.y},${path.frame.width},${path.frame.height}` : '';
  // Only a new send or path acts: the canvas's box arriving after mount is no send, and reading its size then forced
  // a layout in the middle of React Flow's first effects.
  const framed = useRef({ sendKey, pathKey });
  useEffect(() => {
    if (framed.current.sendKey === sendKey && framed.current.pathKey === pathKey) return undefined;
    framed.current = { sendKey, pathKey };
    if (!box || box.clientWidth <= 0 || !readableViewport({ width: box.clientWidth, height: box.clientHeight }, parseBounds(latest.current.boundsKey), latest.current.path, ALL_PAD)) return undefined;
    userMoved.current = false;
    wantAll.current = false;
    const frame = requestAnimationFrame(() => place(animate ? 200 : 0));
    return () => cancelAnimationFrame(frame);
  }, [sendKey, pathKey, box, animate, place]);
  return useMemo(() => ({
    onMoveStart: (event: unknown) => { if (event) userMoved.current = true; },
    onFitView: () => { userMoved.current = false; wantAll.current = true; },
  }), []);
}
