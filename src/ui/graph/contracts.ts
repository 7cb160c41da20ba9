// The core's traffic and action types the graph reads (src/core/index.ts). One import point for the graph, so
// its modules do not each reach into the core.
export type { ClusterAction, Hop, HopKind, Trace } from '../../core';
