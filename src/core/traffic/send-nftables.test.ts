// sendRequest / sendRequests in nftables mode: the client node's kernel walks kube-proxy's nftables table, and the
// pick it makes must be one the printed table allows.
import { describe, expect, it } from 'vitest';
import type { Cluster } from '../model/types';
import { nftablesRuleset } from '../proxy/nftables';
import { testService } from '../testing/objects';
import { scenarioBasicCluster } from '../testing/proxy-clusters';
import { seedCluster } from '../testing/seed-cluster';
import { isHop } from './hop';
import { sendRequest } from './send';
import { sendRequests } from './send-many';
import type { RequestOptions } from './types';

const NGINX = ['default/nginx-5c7588df-2kx8j', 'default/nginx-5c7588df-q9fzw', 'default/nginx-5c7588df-wt6hb'];
const nft: RequestOptions = { proxyMode: 'nftables' };

function chiSquare(counts: number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  const want = total / counts.length;
  return counts.reduce((a, c) => a + ((c - want) ** 2) / want, 0);
}

/** A chain's rules as printed by nftablesRuleset (read from the text, not from the model). */
function chainRules(text: string, chain: string): string[] {
  const start = text.indexOf(`\tchain ${chain} {\n`);
  if (start < 0) return [];
  const body = text.slice(start, text.indexOf('\n\t}\n', start));
  return body.split('\n').slice(1).map((l) => l.trim());
}

/** The seed plus a Service without endpoints and a ClientIP-affinity copy of web-service. */
function cluster(): Cluster {
  const seed = seedCluster();
  const web = seed.services.find((s) => s.name === 'web-service')!;
  const webSlice = seed.endpointSlices.find((s) => s.service === 'web-service')!;
  return {
    ...seed,
    services: [...seed.services, { ...web, name: 'web-sticky', clusterIP: '10.96.100.51', sessionAffinity: 'ClientIP', sessionAffinityTimeoutSeconds: 10800 },
      testService({ namespace: 'default', name: 'empty', clusterIP: '10.96.100.60', ports: [{ name: '', protocol: 'TCP', port: 80, targetPort: 80 }] })],
    endpointSlices: [...seed.endpointSlices, { ...webSlice, name: 'web-sticky-abcde', service: 'web-sticky' }],
  };
}

describe('sendRequest in nftables mode', () => {
  const c = cluster();

  it('names the service- and endpoint- chains and the numgen draw that chose the endpoint', () => {
    const { trace } = sendRequest(c, { from: 'default/test', url: 'http://web-service/', seed: 1, options: nft });
    expect(trace.hops.map((h) => h.kind)).toEqual(['dns-query', 'dns-answer', 'connect', 'dnat', 'deliver']);
    const d = trace.hops.find(isHop('dnat'))!.detail;
    expect(d).toMatchObject({ mode: 'nftables', rulesModel: 'kube-proxy-nftables', choice: 'random', numgen: { mod: 3 } });
    expect(d.chains).toEqual([expect.stringMatching(/^service-[A-Z2-7]{8}-default\/web-service\/tcp\/$/)]);
    expect(d.sepChain).toMatch(/^endpoint-[A-Z2-7]{8}-default\/web-service\/tcp\/__10\.244\.\d+\.\d+\/80$/);
    expect(d.nftRules!.filter((s) => s.matched).map((s) => s.chain)).toEqual(
      ['filter-prerouting-pre-dnat', 'nat-prerouting', 'services', d.chains![0], d.sepChain, 'filter-forward', 'filter-forward']);
  });

  it('every pick is one the printed table allows: the numgen vmap entry drawn, then that chain\'s dnat', () => {
    const text = nftablesRuleset(c, { node: 'node-2' });
    const r = sendRequests(c, { from: 'default/test', url: 'http://web-service/', seed: 3, options: nft }, 200, { keepTraces: 200 });
    for (const t of r.traces) {
      const d = t.hops.find(isHop('dnat'))!.detail;
      const numgen = chainRules(text, d.chains![0]!).find((l) => l.startsWith('numgen random mod 3 vmap'))!;
      const targets = [...numgen.matchAll(/\d+ : goto (\S+?)(?:,| \})/g)].map((m) => m[1]);
      expect(targets[d.numgen!.value]).toBe(d.sepChain);
      expect(chainRules(text, d.sepChain!)).toContain(`meta l4proto tcp dnat to ${d.endpoint}`);
    }
    expect(new Set(r.traces.map((t) => t.pod))).toEqual(new Set(NGINX));
  });

  it('spreads 10,000 requests over the 3 endpoints within chi-square bounds', () => {
    const req = { from: 'default/test', url: 'http://web-service/', seed: 7, options: nft };
    const fast = sendRequests(c, req, 10_000, { keepTraces: 0 });
    expect(Object.keys(fast.counts)).toEqual(NGINX);
    expect(chiSquare(Object.values(fast.counts))).toBeLessThan(13.82);
  });

  it.each([
    ['default/test', 'http://web-service/'], ['default/test', 'http://web-sticky/'],
    ['default/nginx-5c7588df-2kx8j', 'http://web-service/'], ['default/test', 'http://empty/'], ['default/test', 'http://10.96.100.50:8080/'],
  ])('the fast path agrees with the full walk request for request: %s → %s', (from, url) => {
    // 1 s apart the affinity set keeps the client; 11,000 s apart (past its 10,800 s timeout) it forgets it.
    for (const interval of [1, 11_000]) {
      const req = { from, url, seed: 11, options: { ...nft, interval } };
      const traced = sendRequests(c, req, 1_000, { keepTraces: 1_000 });
      const fast = sendRequests(c, req, 1_000, { keepTraces: 0 });
      expect(fast.counts).toEqual(traced.counts);
      expect(fast.reasons).toEqual(traced.reasons);
      expect(fast.state.recent).toEqual(traced.state.recent);
    }
  });

  it('a Service without endpoints is refused through no-endpoint-services → reject-chain', () => {
    const { trace } = sendRequest(c, { from: 'default/test', url: 'http://empty/', seed: 1, options: nft });
    expect(trace).toMatchObject({ outcome: 'refused', reason: 'no-endpoints-reject', programOutput: "wget: can't connect to remote host (10.96.100.60): Connection refused" });
    expect(trace.hops.find(isHop('reject'))!.detail.decidedBy).toBe('10.96.100.60 . tcp . 80 comment "default/empty" : goto reject-chain');
  });

  it('a port the ClusterIP does not expose is rejected by cluster-ips-check (iptables mode lets it time out)', () => {
    const { trace } = sendRequest(c, { from: 'default/test', url: 'http://10.96.100.50:8080/', seed: 1, options: nft });
    expect(trace).toMatchObject({ outcome: 'refused', reason: 'port-not-exposed' });
    expect(trace.hops.find(isHop('reject'))!.detail.decidedBy).toBe('ip daddr @cluster-ips reject comment "Reject traffic to invalid ports of ClusterIPs"');
    expect(sendRequest(c, { from: 'default/test', url: 'http://10.96.100.50:8080/', seed: 1 }).trace.outcome).toBe('timeout');
  });

  it('an unallocated address of the Service CIDR is dropped', () => {
    const { trace } = sendRequest(c, { from: 'default/test', url: 'http://10.96.200.200/', seed: 1, options: nft });
    expect(trace).toMatchObject({ outcome: 'timeout', reason: 'cluster-ip-unallocated' });
    expect(trace.hops.find(isHop('timeout'))!.detail).toMatchObject({ decidedBy: 'ip daddr 10.96.0.0/12 drop comment "Drop traffic to unallocated ClusterIPs"' });
  });

  it('ClientIP affinity: the first pick is random, then the affinity set pins the client', () => {
    const r = sendRequests(c, { from: 'default/test', url: 'http://web-sticky/', seed: 5, options: nft }, 50, { keepTraces: 50 });
    expect(Object.keys(r.counts)).toHaveLength(1);
    const choices = r.traces.map((t) => t.hops.find(isHop('dnat'))!.detail.choice);
    expect(choices[0]).toBe('random');
    expect(new Set(choices.slice(1))).toEqual(new Set(['affinity']));
  });
});

describe('nftables mode from outside the cluster', () => {
  const basic = scenarioBasicCluster();
  it('node IP:nodePort goes service-nodeports → external- chain (masquerade) → service- chain → endpoint', () => {
    const { trace } = sendRequest(basic, { from: 'external', url: 'http://172.18.0.4:30080/', seed: 1, options: nft });
    expect(trace).toMatchObject({ outcome: 'delivered', pod: 'default/web-a', node: 'node-2' });
    const d = trace.hops.find(isHop('dnat'))!.detail;
    expect(d.chains!.map((x) => x.split('-')[0])).toEqual(['external', 'service']);
    expect(trace.hops.at(-1)!.detail).toMatchObject({ snat: '172.18.0.4' });
  });
  it('externalTrafficPolicy Local on a node without an endpoint: dropped by no-endpoint-nodeports', () => {
    const local = structuredClone(basic);
    local.services.find((s) => s.name === 'web-np')!.externalTrafficPolicy = 'Local';
    const off = sendRequest(local, { from: 'external', url: 'http://172.18.0.4:30080/', seed: 1, options: nft }).trace;
    expect(off).toMatchObject({ outcome: 'timeout', reason: 'no-local-endpoints-drop' });
    const on = sendRequest(local, { from: 'external', url: 'http://172.18.0.3:30080/', seed: 1, options: nft }).trace;
    expect(on).toMatchObject({ outcome: 'delivered', pod: 'default/web-a', node: 'node-1' });
    expect(on.hops.at(-1)!.detail).not.toHaveProperty('snat');
  });
});
