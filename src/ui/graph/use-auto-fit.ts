// Keeps the whole cluster fitted in the panel until the learner takes the viewport over.
import { useEffect, useMemo, useRef } from 'react';
import { useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import type { Rect } from './layout';

export const FIT_OPTIONS = { padding: 0.06, maxZoom: 1 };

export function boundsOf(rects: ReadonlyMap<string, Rect>): Rect {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const r of rects.values()) {
    x0 = Math.min(x0, r.x); y0 = Math.min(y0, r.y); x1 = Math.max(x1, r.x + r.width); y1 = Math.max(y1, r.y + r.height);
  }
  return Number.isFinite(x0) ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : { x: 0, y: 0, width: 1, height: 1 };
}

/**
 * Keep the whole cluster in view until the learner pans or zooms: refit when the panel resizes (the app's
 * layout settles after the first paint, a phone rotates) or the picture's extent changes. The fit-view button
 * hands control back.
 */
const selectDomNode = (st: ReactFlowState) => st.domNode;

export function useAutoFit(boundsKey: string, animate: boolean) {
  const { fitView, getViewport } = useReactFlow();
  const userMoved = useRef(false);
  const box = useStore(selectDomNode);
  useEffect(() => {
    if (!box) return undefined;
    let frame = 0;
    const ro = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => { if (!userMoved.current) void fitView(FIT_OPTIONS); });
    });
    ro.observe(box);
    return () => { ro.disconnect(); cancelAnimationFrame(frame); };
  }, [box, fitView]);
  // A new extent refits only when the picture no longer fits: adding a Pod to a node that has room zooms nothing.
  useEffect(() => {
    if (userMoved.current || !box) return undefined;
    const frame = requestAnimationFrame(() => {
      const [x, y, w, h] = boundsKey.split(',').map(Number) as [number, number, number, number];
      const { x: tx, y: ty, zoom } = getViewport();
      const inside = x * zoom + tx >= 0 && y * zoom + ty >= 0
        && (x + w) * zoom + tx <= box.clientWidth && (y + h) * zoom + ty <= box.clientHeight;
      if (!inside) void fitView({ ...FIT_OPTIONS, duration: animate ? 200 : 0 });
    });
    return () => cancelAnimationFrame(frame);
  }, [boundsKey, fitView, getViewport, box, animate]);
  return useMemo(() => ({
    onMoveStart: (event: unknown) => { if (event) userMoved.current = true; },
    onFitView: () => { userMoved.current = false; },
  }), []);
}
