// The cluster actions a link replays. Structural until src/core/model/actions.ts lands (issue 6 / core);
// then this re-exports the core's type and the v1 wire mapping below stays as it is.
// TODO(#7): switch to `ClusterAction` from src/core once it exists.

export type ClusterAction =
  | { type: 'scale'; namespace: string; kind: 'Deployment' | 'StatefulSet'; name: string; replicas: number }
  | { type: 'deletePod'; namespace: string; name: string }
  | { type: 'setPodReady'; namespace: string; name: string; ready: boolean }
  | { type: 'labelPod'; namespace: string; name: string; key: string; value: string }
  | { type: 'unlabelPod'; namespace: string; name: string; key: string };
