import type { EdgeTypes } from '@xyflow/react';
import { EndpointEdge } from './EndpointEdge';

/** Module constant, like nodeTypes. */
export const edgeTypes: EdgeTypes = { endpoint: EndpointEdge };
