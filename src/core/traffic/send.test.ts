import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyAction } from '../model/actions';
import { loadCluster } from '../model/load';
import { SEED_CLIENT } from '../model/defaults';
import type { Cluster } from '../model/types';
import { iptablesSave } from '../proxy/iptables';
import { parseIptablesSave } from '../proxy/parse';
import { traceRules } from '../proxy/trace';
import { overallTestCluster, scenarioBasicCluster } from '../testing/proxy-clusters';
import { seedCluster } from '../testing/seed-cluster';
import { seedRng } from '../util/rng';
import { sendRequest } from './send';
import { sendRequests } from './send-many';
import { isHop } from './hop';
import type { ClientState, RequestOptions } from './types';

const NGINX = ['default/nginx-5c7588df-2kx8j', 'default/nginx-5c7588df-q9fzw', 'default/nginx-5c7588df-wt6hb'];
const MYSQL = ['default/mysql-0', 'default/mysql-1', 'default/mysql-2'];

function chiSquare(counts: number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  const want = total / counts.length;
  return counts.reduce((a, c) => a + ((c - want) ** 2) / want, 0);
}

/** A copy of the seed with one change. */
function tweak(f: (c: Cluster) => void): Cluster {
  const c = structuredClone(seedCluster());
  f(c);
  return c;
}

const kinds = (c: Cluster, url: string, from = 'default/test', seed = 1): string[] =>
  sendRequest(c, { from, url, seed }).trace.hops.map((h) => h.kind);

describe('sendRequest outcomes', () => {
  const cases = [
    { name: 'ClusterIP by short name', url: 'http://web-service/', want: { outcome: 'delivered', reason: 'delivered' } },
    { name: 'ClusterIP name:port', url: 'web-service:80', want: { outcome: 'delivered' } },
    { name: 'per-pod name of a StatefulSet', url: 'mysql-0.mysql-headless:3306', want: { outcome: 'delivered', pod: 'default/mysql-0' } },
    { name: 'a name nobody has', url: 'http://web-servic/', want: { outcome: 'nxdomain', programOutput: "wget: bad address 'web-servic'" } },
    { name: 'a port the Service does not expose: no rule, nobody answers', url: 'http://web-service:8080/', want: { outcome: 'timeout', reason: 'port-not-exposed', programOutput: 'wget: download timed out' } },
    { name: 'a Pod IP port with nothing listening: RST', url: 'http://10.244.1.7:81/', want: { outcome: 'refused', reason: 'no-listener', programOutput: "wget: can't connect to remote host (10.244.1.7): Connection refused" } },
    { name: 'a Pod IP directly', url: 'http://10.244.3.6/', want: { outcome: 'delivered', pod: 'default/nginx-5c7588df-wt6hb' } },
    { name: 'a client that does not exist', url: 'http://web-service/', from: 'default/nope', want: { outcome: 'invalid', reason: 'no-such-client' } },
  ];
  it.each(cases)('$name', ({ url, from, want }) => {
    expect(sendRequest(seedCluster(), { from: from ?? 'default/test', url, seed: 3 }).trace).toMatchObject(want);
  });

  it('ClusterIP: DNS through the kube-dns VIP, then DNAT by the rules on the CLIENT node, then the Pod', () => {
    const { trace } = sendRequest(seedCluster(), { from: 'default/test', url: 'http://web-service/', seed: 1 });
    expect(trace.hops.map((h) => h.kind)).toEqual(['dns-query', 'dns-answer', 'connect', 'dnat', 'deliver']);
    const [q, a, conn, dnat, deliver] = trace.hops;
    // Addressed to the kube-dns VIP, the query travels to the CoreDNS Pod node-2's rules chose; the answer comes from that Pod.
    expect(q).toMatchObject({ from: 'pod:default/test', detail: { server: '10.96.0.10:53', service: 'svc:kube-system/kube-dns', node: 'node-2' } });
    expect(q!.to).toMatch(/^coredns:kube-system\/coredns-/);
    expect(q!.kind === 'dns-query' && 'dnat' in q!.detail && `coredns:${q!.detail.dnat.pod}`).toBe(q!.to);
    expect(a!.from).toBe(q!.to);
    expect(a!.detail).toMatchObject({ rcode: 'NOERROR', addresses: ['10.96.100.50'], finalName: 'web-service.default.svc.cluster.local.' });
    // The packet goes to node-2's rules, which were written from the Service; it never visits the Service.
    expect(conn).toMatchObject({ from: 'pod:default/test', to: 'node-rules:node-2', detail: { dst: '10.96.100.50', dport: 80, node: 'node-2', addressOwner: 'svc:default/web-service' } });
    expect(dnat).toMatchObject({ from: 'node-rules:node-2', to: 'node-rules:node-2', detail: { node: 'node-2', writtenBy: 'kube-proxy', appliedBy: 'kernel', mode: 'iptables' } });
    expect(deliver).toMatchObject({ from: 'node-rules:node-2', to: `pod:${trace.pod}` });
    expect(trace.node).toBe('node-2');
  });

  it('the Pod it picks is the one the rule tracer reaches walking our iptables-save text', () => {
    const cluster = seedCluster();
    const tables = parseIptablesSave(iptablesSave(cluster, { node: 'node-2' }));
    for (let seed = 0; seed < 30; seed++) {
      const { trace } = sendRequest(cluster, { from: 'default/test', url: 'http://web-service/', seed, options: { dnsCache: false } });
      const dnat = trace.hops.find(isHop('dnat'))!;
      const lines = (dnat.detail.rules ?? []).filter((r) => r.matched && r.line.includes('-j DNAT'));
      const ep = dnat.detail.endpoint;
      expect(lines.map((l) => l.line.split('--to-destination ')[1])).toEqual([ep]);
      const ip = ep.split(':')[0]!;
      expect(cluster.pods.find((p) => `${p.namespace}/${p.name}` === trace.pod)!.ip).toBe(ip);
      // The same packet through the tracer reaches that endpoint among the ones its KUBE-SVC chain can reach.
      const reach = new Set<string>();
      for (let s = 0; s < 200; s++) reach.add(traceRules(tables, { src: '10.244.2.9', dst: '10.96.100.50', proto: 'tcp', dport: 80 }, { hook: 'PREROUTING', localAddresses: [], rng: seedRng(s), now: 0, recent: {} }).dst);
      expect(reach.has(ip)).toBe(true);
    }
  });

  it('an absolute name (trailing dot) is asked once, without the search list; a short one walks it (ndots:5)', () => {
    const abs = sendRequest(seedCluster(), { from: 'default/test', url: 'http://web-service.default.svc.cluster.local./', seed: 1 }).trace;
    expect(abs.outcome).toBe('delivered');
    expect(abs.hops.find(isHop('dns-query'))!.detail.queries.map((q) => q.name)).toEqual(['web-service.default.svc.cluster.local.']);
    const short = sendRequest(seedCluster(), { from: 'default/test', url: 'http://kubernetes.default/', seed: 1 }).trace;
    expect(short.hops.find(isHop('dns-query'))!.detail.queries.map((q) => q.name)).toEqual(['kubernetes.default.default.svc.cluster.local.', 'kubernetes.default.svc.cluster.local.']);
  });

  it('is deterministic: same cluster, seed and request give the same trace', () => {
    const a = sendRequest(seedCluster(), { from: 'default/test', url: 'mysql-headless:3306', seed: 11, options: { headlessStrategy: 'random' } });
    const b = sendRequest(seedCluster(), { from: 'default/test', url: 'mysql-headless:3306', seed: 11, options: { headlessStrategy: 'random' } });
    expect(a).toEqual(b);
  });

  it('headless: the client picks from the A records and connects to the Pod IP, no DNAT', () => {
    const k = kinds(seedCluster(), 'mysql-headless:3306');
    expect(k).toEqual(['dns-query', 'dns-answer', 'client-pick', 'connect', 'deliver']);
    const { trace } = sendRequest(seedCluster(), { from: 'default/test', url: 'mysql-headless:3306', seed: 1 });
    expect(trace.hops[2]!.detail).toMatchObject({ strategy: 'first', index: 0 });
    const answer = trace.hops.find(isHop('dns-answer'))!.detail;
    expect('addresses' in answer && [...answer.addresses].sort()).toEqual(['10.244.1.5', '10.244.2.8', '10.244.3.12']);
    // The pick happens in the client; the packet then leaves through its node's rules, which leave it unchanged.
    expect(trace.hops.slice(2).map((h) => [h.from, h.to])).toEqual([
      ['pod:default/test', 'pod:default/test'],
      ['pod:default/test', 'node-rules:node-2'],
      ['node-rules:node-2', `pod:${trace.pod}`],
    ]);
  });

  // Every path a learner can send: in every proxy mode, the packet is only ever at a Pod, a node's rules or
  // outside the cluster. A Service is where the rules come from, never a place a packet goes.
  it.each([
    ['iptables', 'http://web-service/'], ['nftables', 'http://web-service/'], ['ipvs', 'http://web-service/'],
    ['iptables', 'mysql-headless:3306'], ['nftables', 'mysql-0.mysql-headless:3306'], ['ipvs', 'mysql-headless:3306'],
    ['iptables', 'http://web-service:8080/'], ['ipvs', 'http://web-service:8080/'], ['iptables', 'http://10.244.1.7:81/'],
  ] as const)('%s %s: no hop starts or ends at a Service', (proxyMode, url) => {
    const { trace } = sendRequest(seedCluster(), { from: 'default/test', url, seed: 5, options: { proxyMode } });
    expect(trace.hops.length).toBeGreaterThan(0);
    for (const h of trace.hops) expect([h.from, h.to].filter((id) => !/^(pod|coredns|node-rules):|^external$/.test(id)), h.kind).toEqual([]);
  });

  it('no ready endpoints: REJECT in the filter table, connection refused as wget shows it', () => {
    const c = tweak((x) => { for (const e of x.endpointSlices.find((s) => s.service === 'web-service')!.endpoints) e.conditions = { ready: false, serving: false, terminating: false }; });
    const { trace } = sendRequest(c, { from: 'default/test', url: 'http://web-service/', seed: 1 });
    expect(trace).toMatchObject({ outcome: 'refused', reason: 'no-endpoints-reject', programOutput: "wget: can't connect to remote host (10.96.100.50): Connection refused" });
    expect(trace.hops.at(-1)!.kind).toBe('reject');
    expect(trace.hops.find(isHop('reject'))!.detail.decidedBy).toBe('-A KUBE-SERVICES -d 10.96.100.50/32 -p tcp -m comment --comment "default/web-service has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable');
  });

  it('ExternalName: a CNAME, the request leaves the cluster', () => {
    const c = tweak((x) => { x.services.push({ ...x.services[2]!, name: 'ext', type: 'ExternalName', clusterIP: '', externalName: 'example.com', selector: undefined, ports: [] }); });
    const { trace } = sendRequest(c, { from: 'default/test', url: 'http://ext/', seed: 1 });
    expect(trace).toMatchObject({ outcome: 'external', reason: 'externalname-cname' });
    expect(trace.hops.at(-1)).toMatchObject({ kind: 'leave-cluster', to: 'external' });
  });

  // A client's resolver follows the CNAME chain (CoreDNS already answers the ClusterIP with it) and connects to
  // the final address, so an ExternalName naming a Service inside the cluster is DNATed like that Service.
  it.each([
    { name: 'the FQDN of a Service', externalName: 'web-service.default.svc.cluster.local', want: { outcome: 'delivered' } },
    { name: 'a headless Service\'s Pod name', externalName: 'mysql-0.mysql-headless.default.svc.cluster.local', port: 3306, want: { outcome: 'delivered', pod: 'default/mysql-0' } },
    { name: 'a name outside the cluster', externalName: 'example.org', want: { outcome: 'external', reason: 'externalname-cname' } },
  ])('ExternalName naming $name', ({ externalName, port, want }) => {
    const c = tweak((x) => { x.services.push({ ...x.services[2]!, name: 'ext', type: 'ExternalName', clusterIP: '', externalName, selector: undefined, ports: [] }); });
    const { trace } = sendRequest(c, { from: 'default/test', url: `http://ext${port ? `:${port}` : ''}/`, seed: 1 });
    expect(trace).toMatchObject(want);
    if (want.outcome !== 'delivered') return;
    const answer = trace.hops.find(isHop('dns-answer'))!.detail;
    expect('records' in answer && answer.records).toContainEqual(expect.objectContaining({ type: 'CNAME', data: `${externalName}.` }));
    if (!port) expect(trace.hops.map((h) => h.kind)).toEqual(['dns-query', 'dns-answer', 'connect', 'dnat', 'deliver']);
  });
});

describe('sendRequests', () => {
  it('spreads 10,000 seeded requests over 3 ready endpoints within chi-square bounds of uniform', () => {
    const r = sendRequests(seedCluster(), { from: 'default/test', url: 'http://web-service/', seed: 2024 }, 10_000);
    expect(Object.keys(r.counts)).toEqual(NGINX);
    expect(chiSquare(Object.values(r.counts))).toBeLessThan(13.82); // df 2, p = 0.001
    expect(r).toMatchObject({ total: 10_000, tracesKept: 20, tracesTruncated: true });
    expect(r.traces).toHaveLength(20);
  });

  it('the fast path (compiled rules, no traces) agrees request for request with the traced path', () => {
    for (const [cluster, url] of [[seedCluster(), 'http://web-service/'], [scenarioBasicCluster(), 'http://sticky/'], [seedCluster(), 'mysql-headless:3306']] as const) {
      const from = cluster === undefined ? '' : cluster.pods.some((p) => p.name === 'test') ? 'default/test' : 'default/web-b';
      for (const options of [{}, { headlessStrategy: 'random' as const }, { interval: 40 }]) {
        const req = { from, url, seed: 5, options };
        const traced = sendRequests(cluster, req, 400, { keepTraces: 400 });
        const fast = sendRequests(cluster, req, 400, { keepTraces: 0 });
        expect(fast.counts).toEqual(traced.counts);
        expect(fast.state).toEqual(traced.state);
      }
    }
  });

  it('a not-ready Pod receives nothing (ClusterIP and headless)', () => {
    const c = tweak((x) => {
      for (const s of x.endpointSlices) for (const e of s.endpoints) {
        if (e.targetRef?.name === 'nginx-5c7588df-2kx8j' || e.targetRef?.name === 'mysql-1') e.conditions = { ready: false, serving: false, terminating: false };
      }
    });
    const web = sendRequests(c, { from: 'default/test', url: 'http://web-service/', seed: 1 }, 3000);
    expect(Object.keys(web.counts)).toEqual([NGINX[1], NGINX[2]]);
    const db = sendRequests(c, { from: 'default/test', url: 'mysql-headless:3306', seed: 1, options: { headlessStrategy: 'random' } }, 3000);
    expect(Object.keys(db.counts)).toEqual([MYSQL[0], MYSQL[2]]);
    expect(iptablesSave(c)).not.toContain('10.244.1.7');
  });

  it('sessionAffinity ClientIP pins a client until timeoutSeconds of idleness', () => {
    const c = tweak((x) => { Object.assign(x.services[2]!, { sessionAffinity: 'ClientIP', sessionAffinityTimeoutSeconds: 60 }); });
    const pinned = sendRequests(c, { from: 'default/test', url: 'http://web-service/', seed: 3, options: { interval: 30 } }, 200);
    expect(Object.keys(pinned.counts)).toHaveLength(1);
    expect(pinned.traces[1]!.hops.find(isHop('dnat'))!.detail.choice).toBe('affinity');
    const idle = sendRequests(c, { from: 'default/test', url: 'http://web-service/', seed: 3, options: { interval: 61 } }, 300);
    expect(Object.keys(idle.counts)).toEqual(NGINX);
    expect(iptablesSave(c)).toContain('-m recent --rcheck --seconds 60 --reap --name');
  });

  it('keep-alive: a reused connection stays on the Pod conntrack pinned it to', () => {
    const r = sendRequests(seedCluster(), { from: 'default/test', url: 'http://web-service/', seed: 4, options: { keepAlive: true } }, 500);
    expect(Object.values(r.counts)).toEqual([500]);
    expect(r.traces[1]!.hops.map((h) => h.kind)).toEqual(['conntrack-hit', 'deliver']);
    expect(Object.values(r.state.conntrack)[0]).toMatchObject({ node: 'node-2', dnat: true, orig: { src: '10.244.2.9', dst: '10.96.100.50', dport: 80 } });
    const fresh = sendRequests(seedCluster(), { from: 'default/test', url: 'http://web-service/', seed: 4 }, 500);
    expect(Object.keys(fresh.counts)).toEqual(NGINX);
  });

  describe('headless strategies', () => {
    const run = (headlessStrategy: RequestOptions['headlessStrategy'], n: number, options: RequestOptions = {}) =>
      sendRequests(seedCluster(), { from: 'default/test', url: 'mysql-headless:3306', seed: 8, options: { headlessStrategy, ...options } }, n, { keepTraces: n });
    it("'first' takes the first address of each answer: one Pod while the answer is cached", () => {
      const r = run('first', 25, { interval: 1 });
      expect(Object.keys(r.counts)).toHaveLength(1);
      for (const t of r.traces) expect(t.pod).toBe(r.traces[0]!.pod);
    });
    it("'first' follows CoreDNS's loadbalance shuffle when the answer is not cached", () => {
      const r = run('first', 300, { dnsCache: false });
      expect(Object.keys(r.counts)).toEqual(MYSQL);
    });
    it("'round-robin' cycles through the list", () => {
      const r = run('round-robin', 9);
      const pods = r.traces.map((t) => t.pod);
      expect(new Set(pods.slice(0, 3)).size).toBe(3);
      expect(pods.slice(3, 6)).toEqual(pods.slice(0, 3));
    });
    it("'random' spreads over all Pods", () => {
      const r = run('random', 3000);
      expect(Object.keys(r.counts)).toEqual(MYSQL);
      expect(chiSquare(Object.values(r.counts))).toBeLessThan(13.82);
    });
  });
});

describe('the cluster changes under the client', () => {
  const load = (): Cluster => loadCluster(readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8'), { run: [SEED_CLIENT] }).cluster;

  it('deleting a Deployment Pod: its replacement has a new name and IP, and the rules and answers follow', () => {
    const before = load();
    const victim = before.pods.find((p) => p.name.startsWith('nginx-'))!;
    const after = applyAction(before, { type: 'deletePod', namespace: 'default', name: victim.name }).cluster;
    const replacement = after.pods.find((p) => p.name.startsWith('nginx-') && !before.pods.some((q) => q.name === p.name))!;
    expect(replacement.ip).not.toBe(victim.ip);
    expect(iptablesSave(before)).toContain(`--to-destination ${victim.ip}:80`);
    expect(iptablesSave(after)).not.toContain(`--to-destination ${victim.ip}:80`);
    expect(iptablesSave(after)).toContain(`--to-destination ${replacement.ip}:80`);
    const r = sendRequests(after, { from: 'default/test', url: 'http://web-service/', seed: 1 }, 3000);
    expect(r.counts[`default/${victim.name}`]).toBeUndefined();
    expect(r.counts[`default/${replacement.name}`]).toBeGreaterThan(800);
  });

  it('a kept-alive connection to a deleted Pod is reset; the client reconnects through the rules to a live one', () => {
    const before = load();
    const first = sendRequest(before, { from: 'default/test', url: 'http://web-service/', seed: 2, options: { keepAlive: true } });
    const pinned = first.trace.pod!;
    const reuse = sendRequest(before, { from: 'default/test', url: 'http://web-service/', state: first.state, options: { keepAlive: true } });
    expect(reuse.trace.hops.map((h) => h.kind)).toEqual(['conntrack-hit', 'deliver']);
    const after = applyAction(before, { type: 'deletePod', namespace: 'default', name: pinned.split('/')[1]! }).cluster;
    const next = sendRequest(after, { from: 'default/test', url: 'http://web-service/', state: reuse.state, options: { keepAlive: true } });
    expect(next.trace.hops[0]).toMatchObject({ kind: 'reset', detail: { reason: 'endpoint-gone' } });
    expect(next.trace.hops.map((h) => h.kind)).toContain('dnat');
    expect(next.trace.outcome).toBe('delivered');
    expect(next.trace.pod).not.toBe(pinned);
  });

  it('replacing a StatefulSet Pod: a cached headless answer points at the gone IP (timeout) until its TTL runs out', () => {
    const before = load();
    const first = sendRequest(before, { from: 'default/test', url: 'mysql-0.mysql-headless:3306', seed: 1 });
    expect(first.trace.pod).toBe('default/mysql-0');
    const oldIP = before.pods.find((p) => p.name === 'mysql-0')!.ip;
    const after = applyAction(before, { type: 'deletePod', namespace: 'default', name: 'mysql-0' }).cluster;
    const newIP = after.pods.find((p) => p.name === 'mysql-0')!.ip;
    expect(newIP).not.toBe(oldIP);
    const stale = sendRequest(after, { from: 'default/test', url: 'mysql-0.mysql-headless:3306', state: first.state });
    expect(stale.trace).toMatchObject({ outcome: 'timeout', reason: 'address-gone' });
    expect(stale.trace.hops[0]).toMatchObject({ kind: 'dns-cache-hit', detail: { addresses: [oldIP] } });
    const later: ClientState = { ...stale.state, now: stale.state.now + 30 };
    const fresh = sendRequest(after, { from: 'default/test', url: 'mysql-0.mysql-headless:3306', state: later });
    expect(fresh.trace).toMatchObject({ outcome: 'delivered', pod: 'default/mysql-0' });
    const answer = fresh.trace.hops.find(isHop('dns-answer'))!.detail;
    expect('addresses' in answer && answer.addresses).toEqual([newIP]);
  });
});

describe('NodePort and LoadBalancer from outside the cluster', () => {
  const basic = scenarioBasicCluster();
  it('node IP:nodePort reaches an endpoint, SNATed to the node (externalTrafficPolicy Cluster)', () => {
    const { trace } = sendRequest(basic, { from: 'external', url: 'http://172.18.0.4:30080/', seed: 1 });
    expect(trace).toMatchObject({ outcome: 'delivered', pod: 'default/web-a', node: 'node-2' });
    expect(trace.hops.at(-1)!.detail).toMatchObject({ snat: '172.18.0.4', crossNode: true, podNode: 'node-1' });
  });
  it('externalTrafficPolicy Local: no SNAT on a node with an endpoint, dropped on a node without one', () => {
    const local = structuredClone(basic);
    local.services.find((s) => s.name === 'web-np')!.externalTrafficPolicy = 'Local';
    const on = sendRequest(local, { from: 'external', url: 'http://172.18.0.3:30080/', seed: 1 }).trace;
    expect(on).toMatchObject({ outcome: 'delivered', pod: 'default/web-a', node: 'node-1' });
    expect(on.hops.at(-1)!.kind).toBe('deliver');
    expect(on.hops.at(-1)!.detail).not.toHaveProperty('snat');
    const off = sendRequest(local, { from: 'external', url: 'http://172.18.0.4:30080/', seed: 1 }).trace;
    expect(off).toMatchObject({ outcome: 'timeout', reason: 'no-local-endpoints-drop' });
  });
  it('LoadBalancer: the load balancer hands the packet to a node, whose rules send it to an endpoint', () => {
    const lb = structuredClone(basic);
    Object.assign(lb.services.find((s) => s.name === 'web-np')!, { type: 'LoadBalancer', loadBalancerIngressIP: '192.0.2.50' });
    const text = iptablesSave(lb, { node: 'node-2' });
    expect(text).toContain('-A KUBE-SERVICES -d 192.0.2.50/32 -p tcp -m comment --comment "default/web-np:http loadbalancer IP" -m tcp --dport 80 -j KUBE-EXT-2262UYG6EQJDKK3I');
    const { trace } = sendRequest(lb, { from: 'external', url: 'http://192.0.2.50/', seed: 2 });
    expect(trace).toMatchObject({ outcome: 'delivered', pod: 'default/web-a' });
    expect(trace.hops.find(isHop('dnat'))!.detail.chains).toEqual(['KUBE-EXT-2262UYG6EQJDKK3I', 'KUBE-SVC-2262UYG6EQJDKK3I']);
  });
  it("a Pod to another node's IP:nodePort: its node routes it on, that node's rules DNAT it", () => {
    const { trace } = sendRequest(basic, { from: 'default/web-c', url: 'http://172.18.0.2:30080/', seed: 1 });
    expect(trace).toMatchObject({ outcome: 'delivered', pod: 'default/web-a', node: 'node-0' });
    expect(trace.hops.map((h) => h.kind)).toEqual(['connect', 'forward', 'dnat', 'deliver']);
    // Into its own node's rules first (none matches another node's address), routed on, DNATed where the address lives.
    expect(trace.hops.map((h) => [h.from, h.to])).toEqual([
      ['pod:default/web-c', 'node-rules:node-2'], ['node-rules:node-2', 'node-rules:node-0'],
      ['node-rules:node-0', 'node-rules:node-0'], ['node-rules:node-0', 'pod:default/web-a'],
    ]);
    expect(trace.hops.find(isHop('forward'))!.detail).toMatchObject({ dst: '172.18.0.2', dport: 30080, fromNode: 'node-2', toNode: 'node-0' });
  });
  it('a DROP by loadBalancerSourceRanges is a plain drop, not "no local endpoints"', () => {
    const { trace } = sendRequest(overallTestCluster(), { from: 'external:8.8.8.8', url: 'http://5.6.7.8/', seed: 1 });
    expect(trace).toMatchObject({ outcome: 'timeout', reason: 'dropped' });
    expect(trace.hops.find(isHop('timeout'))!.detail).toMatchObject({ reason: 'dropped', decidedBy: expect.stringContaining('-A KUBE-PROXY-FIREWALL') });
  });
  it('a ClusterIP is not reachable from outside', () => {
    expect(sendRequest(basic, { from: 'external', url: 'http://10.96.100.50/', seed: 1 }).trace).toMatchObject({ outcome: 'timeout', reason: 'vip-unreachable-from-outside' });
  });
});

describe('IPVS mode', () => {
  it('rr over the real servers in order; a VIP port without a virtual server is refused by the node', () => {
    const r = sendRequests(seedCluster(), { from: 'default/test', url: 'http://web-service/', seed: 1, options: { proxyMode: 'ipvs' } }, 6, { keepTraces: 6 });
    const pods = r.traces.map((t) => t.pod);
    expect(pods.slice(0, 3)).toEqual(NGINX);
    expect(pods.slice(3)).toEqual(NGINX);
    expect(r.traces[0]!.hops.map((h) => h.kind)).toEqual(['dns-query', 'dns-answer', 'connect', 'ipvs', 'deliver']);
    const off = sendRequest(seedCluster(), { from: 'default/test', url: 'http://web-service:8080/', seed: 1, options: { proxyMode: 'ipvs' } }).trace;
    expect(off).toMatchObject({ outcome: 'refused', reason: 'port-not-exposed' });
  });
});

describe('through real manifests (loadCluster)', () => {
  const yaml = `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 2
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
      - name: web
        image: nginx
        ports: [{ containerPort: 8080, name: http }]
---
apiVersion: v1
kind: Pod
metadata: { name: client, labels: { run: client } }
spec:
  containers: [{ name: c, image: busybox }]
---
apiVersion: v1
kind: Service
metadata: { name: web-np }
spec:
  type: NodePort
  selector: { app: web }
  externalTrafficPolicy: Local
  ports: [{ name: http, port: 80, targetPort: http, nodePort: 30080 }]
`;
  const { cluster, diagnostics } = loadCluster(yaml);
  const webPods = cluster.pods.filter((p) => p.name.startsWith('web-'));
  const withPod = cluster.nodes.find((n) => webPods.some((p) => p.node === n.name))!;
  const without = cluster.nodes.find((n) => !webPods.some((p) => p.node === n.name));

  it('loads, and a named targetPort resolves to the container port in the rules', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(iptablesSave(cluster, { node: withPod.name })).toContain(`-j DNAT --to-destination ${webPods[0]!.ip}:8080`);
  });

  it('NodePort with externalTrafficPolicy Local: the local Pod keeps the client IP; a node without one drops', () => {
    const on = sendRequest(cluster, { from: 'external', url: `http://${withPod.ip}:30080/`, seed: 1 }).trace;
    expect(on.outcome).toBe('delivered');
    expect(cluster.pods.find((p) => `${p.namespace}/${p.name}` === on.pod)!.node).toBe(withPod.name);
    expect(on.hops.at(-1)!.detail).toMatchObject({ source: '203.0.113.10', crossNode: false });
    if (without) {
      expect(iptablesSave(cluster, { node: without.name })).toContain('-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "default/web-np:http has no local endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30080 -j DROP');
      expect(sendRequest(cluster, { from: 'external', url: `http://${without.ip}:30080/`, seed: 1 }).trace).toMatchObject({ outcome: 'timeout', reason: 'no-local-endpoints-drop' });
    }
  });

  // IPVS mode: the NodePort's virtual server has only the node's own endpoints, and KUBE-NODE-PORT returns before
  // KUBE-MARK-MASQ for the ports in KUBE-NODE-PORT-LOCAL-TCP; with no local endpoint the virtual server has no
  // real server, and IPVS answers ICMP port unreachable (ip_vs_leave).
  const clusterPolicy = loadCluster(yaml.replace('externalTrafficPolicy: Local', 'externalTrafficPolicy: Cluster')).cluster;
  it.each([
    { mode: 'iptables', c: cluster, source: '203.0.113.10' },
    { mode: 'nftables', c: cluster, source: '203.0.113.10' },
    { mode: 'ipvs', c: cluster, source: '203.0.113.10' },
    { mode: 'ipvs', c: clusterPolicy, source: withPod.ip, policy: 'Cluster' },
  ] as const)('$mode mode, a NodePort with a local endpoint: the Pod sees $source', ({ mode, c, source }) => {
    const t = sendRequest(c, { from: 'external', url: `http://${withPod.ip}:30080/`, seed: 1, options: { proxyMode: mode } }).trace;
    expect(t.outcome).toBe('delivered');
    expect(t.hops.at(-1)!.detail).toMatchObject({ source });
  });

  it('ipvs mode, Local and no endpoint on the node: the empty virtual server refuses the connection', () => {
    if (!without) throw new Error('the manifest needs a node without a web Pod');
    const t = sendRequest(cluster, { from: 'external', url: `http://${without.ip}:30080/`, seed: 1, options: { proxyMode: 'ipvs' } }).trace;
    expect(t).toMatchObject({ outcome: 'refused', reason: 'no-local-real-server-reject' });
    expect(t.hops.find((h) => h.kind === 'reject')?.detail).toMatchObject({ mode: 'ipvs', node: without.name, icmp: 'port-unreachable' });
  });

  it('a Pod inside the cluster reaches the NodePort Service by name through the cluster chain', () => {
    const r = sendRequests(cluster, { from: 'default/client', url: 'http://web-np/', seed: 1 }, 2000);
    expect(Object.keys(r.counts).sort()).toEqual(webPods.map((p) => `default/${p.name}`).sort());
  });
});
