import type { EdgeTypes } from '@xyflow/react';
import { EndpointEdge } from './EndpointEdge';
import { TrailEdge } from './TrailEdge';

/** Module constant, like nodeTypes. */
export const edgeTypes: EdgeTypes = { endpoint: EndpointEdge, trail: TrailEdge };
