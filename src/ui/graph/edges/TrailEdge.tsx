import { memo } from 'react';
import { BaseEdge, type EdgeProps } from '@xyflow/react';
import type { TrailEdgeType } from '../trail';

/** One hop of the current request, drawn under the elements; the moving packet itself sits above them. */
function TrailEdgeView({ id, data }: EdgeProps<TrailEdgeType>) {
  if (!data) return null;
  return <BaseEdge id={id} path={`M${data.x1},${data.y1} L${data.x2},${data.y2}`} className={`kg-trail-edge${data.active ? ' active' : ''}`} />;
}

export const TrailEdge = memo(TrailEdgeView);
