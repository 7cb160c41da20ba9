import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { GraphEdge } from '../to-flow';
import { endpointPath, roundedPolyline } from './endpoint-path';

type Props = EdgeProps<GraphEdge>;

/** An EndpointSlice link from a Service to a Pod: solid when the endpoint is ready, dashed grey when not. */
function EndpointEdgeView({ id, sourceX, sourceY, targetX, targetY, data }: Props) {
  const { t } = useTranslation();
  if (!data) return null;
  const cls = `kg-edge ${data.flavor}${data.ready ? '' : ' not-ready'}${data.hl ? ' hl' : ''}`;
  if (data.flavor === 'externalname') {
    const path = roundedPolyline([{ x: sourceX, y: sourceY }, { x: sourceX, y: data.laneY }, { x: targetX, y: data.laneY }, { x: targetX, y: targetY }]);
    return (
      <>
        <BaseEdge id={id} path={path} className={cls} />
        {data.label && (
          <EdgeLabelRenderer>
            <div className="kg-edge-label" style={{ transform: `translate(8px, -50%) translate(${sourceX}px, ${data.laneY}px)` }}>{data.label}</div>
          </EdgeLabelRenderer>
        )}
      </>
    );
  }
  const path = endpointPath(sourceX, sourceY, targetX, targetY, data.laneY, data.gutterX);
  if (!data.aggregate) return <BaseEdge id={id} path={path} className={cls} />;
  const a = data.aggregate;
  return (
    <>
      <BaseEdge id={id} path={path} className={`${cls} aggregate`} />
      <EdgeLabelRenderer>
        <div className={`kg-edge-count ${data.flavor}`} style={{ transform: `translate(${data.gutterX + 6}px, -50%) translate(0, ${data.laneY}px)` }}>
          {a.ready === a.total ? t('graph.link.pods', { count: a.total }) : t('graph.link.podsNotReady', { count: a.total, ready: a.ready })}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export const EndpointEdge = memo(EndpointEdgeView);
