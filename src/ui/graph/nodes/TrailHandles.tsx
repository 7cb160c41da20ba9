import { Handle, Position } from '@xyflow/react';

/** Hidden handles the request trail attaches to (React Flow draws an edge only between handles). */
export function TrailHandles() {
  return (
    <>
      <Handle type="source" id="trail-s" position={Position.Top} isConnectable={false} />
      <Handle type="target" id="trail-t" position={Position.Top} isConnectable={false} />
    </>
  );
}
