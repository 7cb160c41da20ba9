import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import type { GraphEdge } from '../to-flow';
import { endpointPath } from './endpoint-path';

type Props = EdgeProps<GraphEdge>;

/** An EndpointSlice link from a Service to a Pod: solid when the endpoint is ready, dashed grey when not. */
function EndpointEdgeView({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data }: Props) {
  if (!data) return null;
  const cls = `kg-edge ${data.flavor}${data.ready ? '' : ' not-ready'}${data.hl ? ' hl' : ''}`;
  if (data.flavor === 'externalname') {
    const [path, lx, ly] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
    return (
      <>
        <BaseEdge id={id} path={path} className={cls} />
        {data.label && (
          <EdgeLabelRenderer>
            <div className="kg-edge-label" style={{ transform: `translate(-50%, -130%) translate(${lx}px, ${ly}px)` }}>{data.label}</div>
          </EdgeLabelRenderer>
        )}
      </>
    );
  }
  return <BaseEdge id={id} path={endpointPath(sourceX, sourceY, targetX, targetY, data.laneY, data.gutterX)} className={cls} />;
}

export const EndpointEdge = memo(EndpointEdgeView);
