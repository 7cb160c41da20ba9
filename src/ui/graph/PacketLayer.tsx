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
  const hop = activeHop >= 0 ? (trace?.hops ?? NO_HOPS)[activeHop] : undefined;

  const seg = useMemo(() => (hop ? hopSegment(rects.get(hop.from), rects.get(hop.to)) : undefined), [hop, rects]);

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
  const text: PacketText = packetText(hop, late ? 1 : 0);
  const label = text.key ? t(`graph.packet.${text.key}`, text.values ?? {}) : text.text ?? '';
  const rejected = hop.kind === 'reject';
  const rejectAt = rejected ? rects.get(isRules(hop.to) ? hop.to : isRules(hop.from) ? hop.from : hop.to) : undefined;
  const initial = packetAt(seg, reducedMotion ? 1 : progress.get());

  return (
    <ViewportPortal>
      {!(rejected && late) && (
        <div ref={packetRef} className={`kg-packet${hop.kind === 'dnat' && late ? ' dnat-flip' : ''}`} data-testid="graph-packet"
          style={{ transform: `translate(${initial.x}px, ${initial.y}px)` }}>
          <div className="kg-packet-body">
            <span className="kg-packet-dot" />
            {label && <span className="kg-packet-label">{text.was && <span className="was">{text.was}</span>}{label}</span>}
          </div>
        </div>
      )}
      {rejectAt && late && (
        <div className="kg-reject" data-testid="graph-reject" role="img" aria-label={t('graph.packet.reject')}
          style={{ transform: `translate(${rejectAt.x + rejectAt.width / 2}px, ${rejectAt.y + rejectAt.height / 2}px)` }}>
          <div className="kg-reject-body">✕</div>
        </div>
      )}
    </ViewportPortal>
  );
}

export const PacketLayer = memo(PacketLayerView);
