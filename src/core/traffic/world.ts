// Per-cluster lookups a request needs (who owns an IP), and the place for each node's rules (node-rules.ts builds
// them). Built once per cluster object.
import type { Cluster, ClusterNode, Pod, Service } from '../model/types';
import type { NodeRules } from './node-rules';

export interface World {
  cluster: Cluster;
  podByIP: Map<string, Pod>;
  podByName: Map<string, Pod>;
  /** `namespace/name` of each Pod, built once (the fast path counts by it without building strings). */
  podKey: Map<Pod, string>;
  serviceByVIP: Map<string, Service>;
  serviceByIP: Map<string, Service>;
  nodeByIP: Map<string, ClusterNode>;
  nodeByName: Map<string, ClusterNode>;
  rules: Map<string, NodeRules>;
}

const worlds = new WeakMap<Cluster, World>();

export function worldOf(cluster: Cluster): World {
  let w = worlds.get(cluster);
  if (w) return w;
  w = {
    cluster, podByIP: new Map(), podByName: new Map(), podKey: new Map(), serviceByVIP: new Map(), serviceByIP: new Map(),
    nodeByIP: new Map(), nodeByName: new Map(), rules: new Map(),
  };
  for (const p of cluster.pods) {
    const key = `${p.namespace}/${p.name}`;
    w.podByName.set(key, p);
    w.podKey.set(p, key);
    if (p.ip && !p.terminating) w.podByIP.set(p.ip, p);
  }
  for (const p of cluster.pods) if (p.ip && !w.podByIP.has(p.ip)) w.podByIP.set(p.ip, p);
  for (const s of cluster.services) {
    if (s.clusterIP && s.clusterIP !== 'None') { w.serviceByVIP.set(s.clusterIP, s); w.serviceByIP.set(s.clusterIP, s); }
    for (const ip of s.externalIPs) w.serviceByIP.set(ip, s);
    if (s.loadBalancerIngressIP) w.serviceByIP.set(s.loadBalancerIngressIP, s);
  }
  for (const n of cluster.nodes) { w.nodeByIP.set(n.ip, n); w.nodeByName.set(n.name, n); }
  worlds.set(cluster, w);
  return w;
}
