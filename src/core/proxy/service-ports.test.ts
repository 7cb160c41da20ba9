import { describe, expect, it } from 'vitest';
import type { Cluster } from '../model/types';
import { seedCluster } from '../testing/seed-cluster';
import { categorizeEndpoints, proxyServicePorts } from './service-ports';

type Cond = { ready: boolean; serving: boolean; terminating: boolean };
const READY: Cond = { ready: true, serving: true, terminating: false };
const TERMINATING_SERVING: Cond = { ready: false, serving: true, terminating: true };
const NOT_READY: Cond = { ready: false, serving: false, terminating: false };

/** web-service's 3 endpoints (nginx on node-1, node-2, node-3) with the given conditions and policies. */
function web(conds: [Cond, Cond, Cond], policy: { internal?: 'Local'; external?: 'Local'; nodePort?: number } = {}): Cluster {
  const c = structuredClone(seedCluster());
  const svc = c.services.find((s) => s.name === 'web-service')!;
  if (policy.internal) svc.internalTrafficPolicy = 'Local';
  if (policy.nodePort) { svc.type = 'NodePort'; svc.ports[0]!.nodePort = policy.nodePort; svc.externalTrafficPolicy = policy.external ?? 'Cluster'; }
  c.endpointSlices.find((s) => s.service === 'web-service')!.endpoints.forEach((e, i) => { e.conditions = conds[i]!; });
  return c;
}
const ips = (xs: Array<{ ip: string }>): string[] => xs.map((x) => x.ip);

// pkg/proxy/topology.go CategorizeEndpoints, cases in the spirit of topology_test.go.
const cases = [
  { name: 'Cluster policy: the ready endpoints', cluster: web([READY, READY, NOT_READY]), node: 'node-2',
    want: { cluster: ['10.244.1.7', '10.244.2.4'], local: [], reachable: ['10.244.1.7', '10.244.2.4'], hasAny: true } },
  { name: 'no ready endpoint: fall back to serving+terminating ones', cluster: web([TERMINATING_SERVING, NOT_READY, NOT_READY]), node: 'node-2',
    want: { cluster: ['10.244.1.7'], hasAny: true } },
  { name: 'nothing ready or serving: no endpoints (REJECT)', cluster: web([NOT_READY, NOT_READY, NOT_READY]), node: 'node-2',
    want: { cluster: [], reachable: [], hasAny: false } },
  { name: 'internalTrafficPolicy Local: only this node\'s ready endpoints', cluster: web([READY, READY, READY], { internal: 'Local' }), node: 'node-2',
    want: { cluster: [], local: ['10.244.2.4'], reachable: ['10.244.2.4'], hasAny: true } },
  { name: 'internalTrafficPolicy Local on a node without one: none local, but the Service has endpoints', cluster: web([READY, NOT_READY, READY], { internal: 'Local' }), node: 'node-2',
    want: { local: [], reachable: [], hasAny: true } },
  { name: 'externalTrafficPolicy Local: cluster endpoints for internal traffic, local ones for external', cluster: web([READY, READY, READY], { nodePort: 30080, external: 'Local' }), node: 'node-3',
    want: { cluster: ['10.244.1.7', '10.244.2.4', '10.244.3.6'], local: ['10.244.3.6'], reachable: ['10.244.1.7', '10.244.2.4', '10.244.3.6'], hasAny: true } },
];

describe('categorizeEndpoints', () => {
  it.each(cases)('$name', ({ cluster, node, want }) => {
    const sp = proxyServicePorts(cluster).find((p) => p.name === 'default/web-service')!;
    const got = categorizeEndpoints(sp, node);
    expect({ cluster: ips(got.cluster), local: ips(got.local), reachable: ips(got.reachable), hasAny: got.hasAny }).toMatchObject(want);
  });
});

describe('proxyServicePorts', () => {
  it('skips headless Services and sorts endpoints as strings of ip:port (endpointslicecache.go)', () => {
    const c = structuredClone(seedCluster());
    c.endpointSlices.find((s) => s.service === 'web-service')!.endpoints.push({ addresses: ['10.244.10.1'], conditions: READY });
    const names = proxyServicePorts(c).map((p) => p.name);
    expect(names).toEqual(['default/kubernetes:https', 'kube-system/kube-dns:dns', 'kube-system/kube-dns:dns-tcp', 'kube-system/kube-dns:metrics', 'default/web-service']);
    expect(proxyServicePorts(c).at(-1)!.endpoints.map((e) => e.endpoint)).toEqual(['10.244.1.7:80', '10.244.10.1:80', '10.244.2.4:80', '10.244.3.6:80']);
  });
});
