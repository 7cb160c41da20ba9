// The request on the picture: one packet moving along the active hop (the trail of hops is drawn as edges). The packet
// is a single absolutely positioned element moved by a CSS transform from a progress subscription, so the
// animation never re-renders the graph's nodes.
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { Trace } from './contracts';
import type { Rect } from './layout';
import { hopSegment, packetAt, type Point } from './packet';
import { packetText, type PacketText } from './packet-label';
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

function PacketLayerView({ trace, activeHop, rects, progress, reducedMotion }: Props) {
  const { t } = useTranslation();
  const hops = trace?.hops ?? NO_HOPS;
  const hop = activeHop >= 0 ? hops[activeHop] : undefined;
  const previous = activeHop > 0 ? hops[activeHop - 1] : undefined;

  // A timeout goes nowhere: the packet stays where it was dropped.
  const seg = useMemo(() => {
    if (!hop) return undefined;
    const from = rects.get(hop.from);
    return hop.kind === 'timeout' ? hopSegment(from, from) : hopSegment(from, rects.get(hop.to));
  }, [hop, rects]);

  const packetRef = useRef<HTMLDivElement>(null);
  // Only the label's phase (before/after the DNAT rewrite) is React state; position is a style write.
  const [late, setLate] = useState(() => progress.get() >= 0.5);
  useEffect(() => {
    if (!seg) return undefined;
    const place = (p: number) => {
      const at: Point = packetAt(seg, reducedMotion ? 1 : p);
      if (packetRef.current) packetRef.current.style.transform = `translate(${at.x}px, ${at.y}px)`;
      setLate((reducedMotion ? 1 : p) >= 0.5);
    };
    place(progress.get());
    return progress.subscribe(place);
  }, [seg, progress, reducedMotion]);

  if (!hop || !seg) return null;
  const text: PacketText = packetText(hop, late ? 1 : 0, previous);
  const label = text.key ? t(`graph.packet.${text.key}`, text.values ?? {}) : text.text ?? '';
  const rejected = hop.kind === 'reject';
  // The rules on the client's node refuse the connection: the X stays on them while the refusal travels back.
  const rejectAt = rejected ? rects.get(isRules(hop.from) ? hop.from : isRules(hop.to) ? hop.to : hop.from) : undefined;
  const initial = packetAt(seg, reducedMotion ? 1 : progress.get());

  return (
    <ViewportPortal>
      {(
        <div ref={packetRef} className={`kg-packet ${hop.kind}${(hop.kind === 'dnat' || hop.kind === 'ipvs') && late ? ' dnat-flip' : ''}`} data-testid="graph-packet"
          style={{ transform: `translate(${initial.x}px, ${initial.y}px)` }}>
          <div className="kg-packet-body">
            <span className="kg-packet-dot" />
            {label && <span className="kg-packet-label">{text.was && <span className="was">{text.was}</span>}{label}</span>}
          </div>
        </div>
      )}
      {rejectAt && (
        <div className="kg-reject" data-testid="graph-reject" role="img" aria-label={t('graph.packet.reject')}
          style={{ transform: `translate(${rejectAt.x + rejectAt.width / 2}px, ${rejectAt.y + rejectAt.height / 2}px)` }}>
          <div className="kg-reject-body">✕</div>
        </div>
      )}
    </ViewportPortal>
  );
}

export const PacketLayer = memo(PacketLayerView);
