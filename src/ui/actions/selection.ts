// Graph element ids (`pod:ns/name`, `svc:ns/name`, …) resolved against the cluster.
import type { Cluster, Pod, Service, Workload } from '../../core';

export type Selected =
  | { kind: 'pod'; pod: Pod; workload?: Workload }
  | { kind: 'service'; service: Service }
  | { kind: 'workload'; workload: Workload }
  | { kind: 'other'; id: string };

function split(rest: string): [string, string] {
  const i = rest.indexOf('/');
  return i < 0 ? ['default', rest] : [rest.slice(0, i), rest.slice(i + 1)];
}

export function resolveSelection(cluster: Cluster | null, id: string | null): Selected | null {
  if (!cluster || !id) return null;
  const colon = id.indexOf(':');
  const prefix = colon < 0 ? 'pod' : id.slice(0, colon);
  const [namespace, name] = split(colon < 0 ? id : id.slice(colon + 1));
  if (prefix === 'pod') {
    const pod = cluster.pods.find((p) => p.namespace === namespace && p.name === name);
    if (!pod) return null;
    const w = pod.owner?.workload;
    const workload = w ? cluster.workloads.find((x) => x.kind === w.kind && x.name === w.name && x.namespace === pod.namespace) : undefined;
    return workload ? { kind: 'pod', pod, workload } : { kind: 'pod', pod };
  }
  if (prefix === 'svc' || prefix === 'service') {
    const service = cluster.services.find((s) => s.namespace === namespace && s.name === name);
    return service ? { kind: 'service', service } : null;
  }
  if (prefix === 'workload' || prefix === 'deploy' || prefix === 'sts' || prefix === 'deployment' || prefix === 'statefulset') {
    const workload = cluster.workloads.find((w) => w.namespace === namespace && w.name === name);
    return workload ? { kind: 'workload', workload } : null;
  }
  return { kind: 'other', id };
}
