// Structural stand-ins for the core's traffic and action types, used until src/core exports them.
// The graph reads only the fields named here, so the core's richer types are assignable to these.
// TODO(#6): switch to the core's Trace, Hop and ClusterAction once src/core/index.ts exports them.

export type HopKind =
  | 'dns-query' | 'dns-answer' | 'client-pick' | 'connect' | 'dnat' | 'deliver' | 'reject' | 'conntrack-hit'
  | (string & {});

export interface Hop {
  kind: HopKind;
  /** Element id: `pod:ns/name`, `svc:ns/name`, `node-rules:node-N`, `dns:kube-dns`, `coredns:ns/pod`, `external`. */
  from: string;
  to: string;
  detail?: unknown;
}

export interface Trace {
  hops: readonly Hop[];
}

export type ClusterAction =
  | { type: 'scale'; namespace: string; kind: 'Deployment' | 'StatefulSet'; name: string; replicas: number }
  | { type: 'deletePod'; namespace: string; name: string }
  | { type: 'setPodReady'; namespace: string; name: string; ready: boolean }
  | { type: 'labelPod'; namespace: string; name: string; key: string; value: string }
  | { type: 'unlabelPod'; namespace: string; name: string; key: string };
