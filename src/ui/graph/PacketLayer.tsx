// The request on the picture: one packet moving along the active hop (the trail of hops is drawn as edges).
// The packet is a single absolutely positioned element in a screen-space overlay above the canvas, moved by a
// CSS transform from a progress subscription: the animation never re-renders or repaints the graph's nodes, and
// its label stays readable at any zoom.
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { Trace } from './contracts';
import type { Rect } from './layout';
import { hopPoints, keyframeOffsets, labelFlip, pointAlong } from './packet';
import { packetText, type PacketText } from './packet-label';
import { hopPath } from './path';
import { fitLabel } from './label-fit';
import type { ProgressStore } from './progress-store';

interface Props {
  trace?: Trace;
  activeHop: number;
  rects: Map<string, Rect>;
  progress: ProgressStore;
  reducedMotion: boolean;
}

const NO_HOPS: Trace['hops'] = [];
const isRules = (id: string) => id.startsWith('node-rules:');
const selectTransform = (s: ReactFlowState) => s.transform;

function PacketLayerView({ trace, activeHop, rects, progress, reducedMotion }: Props) {
  const { t } = useTranslation();
  const [tx, ty, zoom] = useStore(selectTransform);
  const hops = trace?.hops ?? NO_HOPS;
  const hop = activeHop >= 0 ? hops[activeHop] : undefined;
  const previous = activeHop > 0 ? hops[activeHop - 1] : undefined;

  // A timeout goes nowhere: the packet stays where it was dropped.
  const points = useMemo(() => {
    if (!hop) return undefined;
    const p = hopPoints(hop.kind === 'timeout' ? [rects.get(hop.from)] : hopPath(hop, activeHop, hops).map((id) => rects.get(id)));
    return p.length > 0 ? p : undefined;
  }, [hop, activeHop, hops, rects]);
  const flip = points ? labelFlip(points) : 0.5;

  const packetRef = useRef<HTMLDivElement>(null);
  const labelRef = useRef<HTMLSpanElement>(null);
  // Only the label's phase (before/after a DNAT rewrite) is React state; the position is a style write.
  const [late, setLate] = useState(() => progress.get() >= flip);
  useEffect(() => {
    if (!points) return undefined;
    const el = packetRef.current;
    const screen = (p: number) => { const { at } = pointAlong(points, p); return `translate(${at.x * zoom + tx}px, ${at.y * zoom + ty}px)`; };
    // A paused Web Animation scrubbed by currentTime: the compositor moves the packet, so a frame does not
    // re-layerize the page (with 1,000 Pods a style write per frame cost most of the frame in Layerize).
    const frames = keyframeOffsets(points).map((offset) => ({ transform: screen(offset), offset }));
    const anim = el?.animate ? el.animate(frames, { duration: 1000, fill: 'both' }) : undefined;
    anim?.pause();
    const place = (p: number) => {
      const q = reducedMotion ? 1 : p;
      if (anim) anim.currentTime = Math.min(0.999, Math.max(0, q)) * 1000;
      else if (el) el.style.transform = screen(q);
      setLate(q >= flip);
      // Keep the label inside the panel, which clips; a style write only when the fit changes.
      const label = labelRef.current;
      const box = el?.parentElement;
      if (label && box) {
        const { at } = pointAlong(points, q);
        const fit = fitLabel(at.x * zoom + tx, at.y * zoom + ty, label.offsetWidth, label.offsetHeight, box.clientWidth, box.clientHeight);
        const translate = fit.dx ? `calc(-50% + ${fit.dx}px) 0` : '';
        if (label.style.translate !== translate) label.style.translate = translate;
        label.classList.toggle('below', fit.below);
      }
    };
    place(progress.get());
    const off = progress.subscribe(place);
    return () => { off(); anim?.cancel(); };
  }, [points, flip, progress, reducedMotion, tx, ty, zoom]);

  if (!hop || !points) return null;
  const text: PacketText = packetText(hop, late ? 1 : 0, previous);
  const label = text.key ? t(`graph.packet.${text.key}`, text.values ?? {}) : text.text ?? '';
  // The rules on the client's node refuse the connection: the X stays on them while the refusal travels back.
  const rejectAt = hop.kind === 'reject' ? rects.get(isRules(hop.from) ? hop.from : isRules(hop.to) ? hop.to : hop.from) : undefined;
  const initial = pointAlong(points, reducedMotion ? 1 : progress.get()).at;

  return (
    <div className="kg-overlay" aria-hidden="true">
      {rejectAt && (
        <div className="kg-reject" data-testid="graph-reject"
          style={{ transform: `translate(${(rejectAt.x + rejectAt.width / 2) * zoom + tx}px, ${(rejectAt.y + rejectAt.height / 2) * zoom + ty}px)` }}>
          <div className="kg-reject-body">✕</div>
        </div>
      )}
      <div ref={packetRef} className={`kg-packet ${hop.kind}${(hop.kind === 'dnat' || hop.kind === 'ipvs' || hop.kind === 'dns-query') && late ? ' dnat-flip' : ''}`}
        data-testid="graph-packet" data-hop={hop.kind} style={{ transform: `translate(${initial.x * zoom + tx}px, ${initial.y * zoom + ty}px)` }}>
        <div className="kg-packet-body">
          <span className="kg-packet-dot" />
          {label && <span className="kg-packet-label" ref={labelRef} data-testid="graph-packet-label">{text.was && <span className="was">{text.was}</span>}{label}</span>}
        </div>
      </div>
    </div>
  );
}

export const PacketLayer = memo(PacketLayerView);
