// Checked against a real kernel: our iptablesSave() text is loaded with the real iptables-nft-restore into a
// private network namespace made by this test (unshare -rn), and real TCP connections show what the kernel
// does with it. The namespace holds kube-proxy's nfacct counters, so the rules are the ones kube-proxy writes on
// current nodes. Fails (never skips), naming the cause, where a program is missing, unshare is not permitted or
// the counters cannot be made.
import { readdirSync, readFileSync } from 'node:fs';
import { loadCluster } from '../model/load';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cluster } from '../model/types';
import { overallTestCluster, scenarioBasicCluster } from '../testing/proxy-clusters';
import { runInNetns, type NetnsProbe, type NetnsResult } from '../testing/netns/iptables-run';
import { seedCluster } from '../testing/seed-cluster';
import { bigCluster } from '../testing/big-cluster';
import { sendRequest } from '../traffic/send';
import { sendRequests } from '../traffic/send-many';
import { iptablesSave } from './iptables';
import { chiSquare, CHI2_999, listenersFor } from '../testing/kernel-expect';

const results = (r: NetnsResult, id: string): string[] => r.probes.find((p) => p.id === id)?.results ?? [];
/** What sendRequest says, in the kernel probe's terms: the Pod that answered, ECONNREFUSED or TIMEOUT. */
function simulated(cluster: Cluster, from: string, url: string): string {
  const t = sendRequest(cluster, { from, url, seed: 1 }).trace;
  return t.outcome === 'delivered' ? t.pod! : t.outcome === 'refused' ? 'ECONNREFUSED' : t.outcome === 'timeout' ? 'TIMEOUT' : t.outcome;
}
const tally = (xs: string[]): Record<string, number> => xs.reduce<Record<string, number>>((a, x) => ({ ...a, [x]: (a[x] ?? 0) + 1 }), {});

describe('the real kernel, seed cluster on node-2', () => {
  const cluster = seedCluster();
  const rules = iptablesSave(cluster, { node: 'node-2' });
  const client = '10.244.2.9';
  let r: NetnsResult;
  beforeAll(() => {
    const listeners = listenersFor(cluster);
    const probes: NetnsProbe[] = [
      { id: 'web-service', host: '10.96.100.50', port: 80, count: 900, localAddress: client },
      { id: 'web-service:8080', host: '10.96.100.50', port: 8080, count: 1, localAddress: client, timeoutMs: 1500 },
      { id: 'pod-ip-no-listener', host: '10.244.1.7', port: 8080, count: 1, localAddress: client },
      { id: 'headless-pod-ip', host: '10.244.1.7', port: 80, count: 1, localAddress: client },
    ];
    r = runInNetns({ rules, addresses: [...new Set([...listeners.map((l) => l.ip), client, '172.18.0.3'])], voidRoutes: [cluster.serviceCIDR], listeners, probes });
  }, 120_000);

  it('iptables-nft-save reads back exactly what we wrote', () => {
    expect(r.saved).toBe(rules);
    expect(r.saved).toBe(readFileSync(new URL('../testdata/golden/proxy/seed-node-2.iptables-save.txt', import.meta.url), 'utf8'));
  });

  it('spreads connections to web-service over its 3 ready endpoints within chi-square bounds', () => {
    const t = tally(results(r, 'web-service'));
    expect(Object.keys(t).sort()).toEqual(['default/nginx-5c7588df-2kx8j', 'default/nginx-5c7588df-q9fzw', 'default/nginx-5c7588df-wt6hb']);
    expect(chiSquare(Object.values(t))).toBeLessThan(CHI2_999[2]);
  });

  it('a VIP port the Service does not expose is not answered (timeout), as sendRequest says', () => {
    expect(results(r, 'web-service:8080')).toEqual(['TIMEOUT']);
    expect(simulated(cluster, 'default/test', 'http://10.96.100.50:8080/')).toBe('TIMEOUT');
  });

  it('a Pod IP port with nothing listening is refused (RST), a listening one answers without DNAT, as sendRequest says', () => {
    expect(results(r, 'pod-ip-no-listener')).toEqual(['ECONNREFUSED']);
    expect(simulated(cluster, 'default/test', 'http://10.244.1.7:8080/')).toBe('ECONNREFUSED');
    expect(results(r, 'headless-pod-ip')).toEqual(['default/nginx-5c7588df-2kx8j']);
    expect(simulated(cluster, 'default/test', 'http://10.244.1.7:80/')).toBe('default/nginx-5c7588df-2kx8j');
  });
});

describe('the real kernel, scenario-basic cluster on node-1', () => {
  const cluster = scenarioBasicCluster();
  const rules = iptablesSave(cluster, { node: 'node-1' });
  const nodeIP = '172.18.0.3';
  let r: NetnsResult;
  beforeAll(() => {
    const listeners = listenersFor(cluster);
    const clients = ['10.244.2.9', '10.244.2.10', '10.244.2.11', '10.244.2.12'];
    const probes: NetnsProbe[] = [
      ...clients.map((c) => ({ id: `sticky ${c}`, host: '10.96.200.1', port: 80, count: 12, localAddress: c, sequential: true })),
      { id: 'empty', host: '10.96.0.99', port: 80, count: 3, localAddress: clients[0] },
      { id: 'nodeport', host: nodeIP, port: 30080, count: 5, localAddress: nodeIP },
      { id: 'web', host: '10.96.100.50', port: 80, count: 600, localAddress: clients[0] },
    ];
    r = runInNetns({ rules, addresses: [...new Set([...listeners.map((l) => l.ip), ...clients, nodeIP])], voidRoutes: [cluster.serviceCIDR], listeners, probes });
  }, 120_000);

  it('iptables-nft-save reads back exactly what we wrote', () => {
    expect(r.saved).toBe(rules);
  });

  it('-m recent affinity pins each client to one endpoint', () => {
    const pinned = r.probes.filter((p) => p.id.startsWith('sticky')).map((p) => new Set(p.results));
    for (const s of pinned) expect(s.size).toBe(1);
    for (const s of pinned) expect(['default/web-a', 'default/web-c']).toContain([...s][0]);
  });

  it('a Service with no endpoints refuses the connection (filter REJECT), as sendRequest says', () => {
    expect(results(r, 'empty')).toEqual(['ECONNREFUSED', 'ECONNREFUSED', 'ECONNREFUSED']);
    expect(simulated(cluster, 'default/web-b', 'http://empty/')).toBe('ECONNREFUSED');
  });

  it('node IP:nodePort reaches the endpoint through KUBE-NODEPORTS, as sendRequest says', () => {
    expect(results(r, 'nodeport')).toEqual(Array(5).fill('default/web-a'));
    expect(simulated(cluster, 'external', `http://${nodeIP}:30080/`)).toBe('default/web-a');
  });

  it('spreads a 3-endpoint Service within chi-square bounds', () => {
    const t = tally(results(r, 'web'));
    expect(Object.keys(t).sort()).toEqual(['default/web-a', 'default/web-b', 'default/web-c']);
    expect(chiSquare(Object.values(t))).toBeLessThan(CHI2_999[2]);
  });
});

// kube-proxy's own expected payload (proxier_test.go TestOverallIPTablesRules, verbatim), loaded the way kube-proxy
// loads it, must print back as the golden file and as our iptablesSave: the golden is reproduced from upstream's
// text on every run, not taken from our output.
describe('the real kernel, kube-proxy\'s TestOverallIPTablesRules payload', () => {
  // proxier.go: EnsureChain for each chain, then iptablesJumpChains and kubelet's iptablesKubeletJumpChains in
  // order, each with EnsureRule(Prepend) (extra match, then -m comment; kube-proxy.md §2.1).
  const jumpChains: Array<[table: string, chain: string, from: string, comment: string, extra: string[]]> = [
    ['filter', 'KUBE-EXTERNAL-SERVICES', 'INPUT', 'kubernetes externally-visible service portals', ['-m', 'conntrack', '--ctstate', 'NEW']],
    ['filter', 'KUBE-EXTERNAL-SERVICES', 'FORWARD', 'kubernetes externally-visible service portals', ['-m', 'conntrack', '--ctstate', 'NEW']],
    ['filter', 'KUBE-NODEPORTS', 'INPUT', 'kubernetes health check service ports', []],
    ['filter', 'KUBE-SERVICES', 'FORWARD', 'kubernetes service portals', ['-m', 'conntrack', '--ctstate', 'NEW']],
    ['filter', 'KUBE-SERVICES', 'OUTPUT', 'kubernetes service portals', ['-m', 'conntrack', '--ctstate', 'NEW']],
    ['filter', 'KUBE-FORWARD', 'FORWARD', 'kubernetes forwarding rules', []],
    ['filter', 'KUBE-PROXY-FIREWALL', 'INPUT', 'kubernetes load balancer firewall', ['-m', 'conntrack', '--ctstate', 'NEW']],
    ['filter', 'KUBE-PROXY-FIREWALL', 'OUTPUT', 'kubernetes load balancer firewall', ['-m', 'conntrack', '--ctstate', 'NEW']],
    ['filter', 'KUBE-PROXY-FIREWALL', 'FORWARD', 'kubernetes load balancer firewall', ['-m', 'conntrack', '--ctstate', 'NEW']],
    ['nat', 'KUBE-SERVICES', 'OUTPUT', 'kubernetes service portals', []],
    ['nat', 'KUBE-SERVICES', 'PREROUTING', 'kubernetes service portals', []],
    ['nat', 'KUBE-POSTROUTING', 'POSTROUTING', 'kubernetes postrouting rules', []],
    ['filter', 'KUBE-FIREWALL', 'INPUT', '', []],
    ['filter', 'KUBE-FIREWALL', 'OUTPUT', '', []],
  ];
  const chains = [...new Map(jumpChains.map(([table, chain]) => [`${table}/${chain}`, ['-t', table, '-N', chain]])).values()];
  const jumps = jumpChains.map(([table, chain, from, comment, extra]) =>
    ['-t', table, '-I', from, ...extra, ...(comment ? ['-m', 'comment', '--comment', comment] : []), '-j', chain]);
  const golden = readFileSync(new URL('../testdata/golden/proxy/kube-proxy-TestOverallIPTablesRules.iptables-save.txt', import.meta.url), 'utf8');

  it('prints back as the golden file and as our iptablesSave, byte for byte', () => {
    const payload = readFileSync(new URL('../testdata/golden/proxy/kube-proxy-TestOverallIPTablesRules.payload.txt', import.meta.url), 'utf8');
    const r = runInNetns({ rules: '', addresses: [], voidRoutes: [], listeners: [], probes: [], kubeProxyPayloads: [{ jumps: [...chains, ...jumps], payload }] });
    expect(r.payloads[0]).toBe(golden);
    expect(iptablesSave(overallTestCluster(), { node: 'test-node', randomFully: false })).toBe(r.payloads[0]);
  }, 60_000);
});

describe('the real kernel, 2,000 Pods (largeClusterMode: no comments on SEP rules)', () => {
  it('iptables-nft-save reads back exactly what we wrote', () => {
    const rules = iptablesSave(bigCluster(), { node: 'node-1' });
    const r = runInNetns({ rules, addresses: [], voidRoutes: [], listeners: [], probes: [] });
    expect(r.saved).toBe(rules);
  }, 120_000);
});

describe('the real kernel, internalTrafficPolicy Local (KUBE-SVL and DROP)', () => {
  const local = (withLocalEndpoint: boolean): Cluster => {
    const c = structuredClone(seedCluster());
    c.services.find((x) => x.name === 'web-service')!.internalTrafficPolicy = 'Local';
    if (!withLocalEndpoint) c.endpointSlices.find((x) => x.service === 'web-service')!.endpoints[1]!.conditions = { ready: false, serving: false, terminating: false };
    return c;
  };
  const client = '10.244.2.9';
  const probe = (c: Cluster): { r: NetnsResult; rules: string } => {
    const rules = iptablesSave(c, { node: 'node-2' });
    const listeners = listenersFor(c);
    const r = runInNetns({ rules, addresses: [...new Set([...listeners.map((l) => l.ip), client])], voidRoutes: [c.serviceCIDR], listeners,
      probes: [{ id: 'web', host: '10.96.100.50', port: 80, count: 30, localAddress: client, timeoutMs: 1500 }] });
    return { r, rules };
  };

  it('with a local endpoint every connection goes to it; without one it is dropped (timeout), as sendRequest says', () => {
    const on = probe(local(true));
    expect(on.r.saved).toBe(on.rules);
    expect(new Set(results(on.r, 'web'))).toEqual(new Set(['default/nginx-5c7588df-q9fzw']));
    expect(simulated(local(true), 'default/test', 'http://web-service/')).toBe('default/nginx-5c7588df-q9fzw');
    const off = probe(local(false));
    expect(off.r.saved).toBe(off.rules);
    expect(new Set(results(off.r, 'web'))).toEqual(new Set(['TIMEOUT']));
    expect(simulated(local(false), 'default/test', 'http://web-service/')).toBe('TIMEOUT');
  }, 120_000);
});

describe('the real kernel, every scenario loaded from its manifest, on every node', () => {
  it('iptables-nft-save reads back exactly what we wrote', () => {
    const dir = new URL('../../scenarios/', import.meta.url);
    const sets: Array<{ name: string; rules: string }> = [];
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml')).sort()) {
      const { cluster } = loadCluster(readFileSync(new URL(f, dir), 'utf8'));
      for (const n of cluster.nodes) sets.push({ name: `${f} ${n.name}`, rules: iptablesSave(cluster, { node: n.name }) });
    }
    expect(sets.length).toBeGreaterThan(10);
    const r = runInNetns({ rules: sets[0]!.rules, addresses: [], voidRoutes: [], listeners: [], probes: [], roundTrips: sets.map((x) => x.rules) });
    sets.forEach((x, i) => expect(r.roundTrips[i], x.name).toBe(x.rules));
  }, 120_000);
});

describe('the real kernel prints every probability as we do', () => {
  it('Services with 2..64 and 100, 500, 999 endpoints round-trip (iptables parses our 11 digits and prints them back)', () => {
    const base = structuredClone(seedCluster());
    const sizes = [...Array.from({ length: 63 }, (_, i) => i + 2), 100, 500, 999];
    const svc = base.services.find((x) => x.name === 'web-service')!;
    sizes.forEach((n, k) => {
      const name = `spread-${n}`;
      base.services.push({ ...svc, name, clusterIP: `10.96.${200 + Math.floor(k / 200)}.${k % 200 + 1}` });
      base.endpointSlices.push({ namespace: 'default', name: `${name}-x`, service: name, addressType: 'IPv4', managedBy: 'endpointslice-controller.k8s.io',
        ports: [{ name: '', protocol: 'TCP', port: 80 }],
        endpoints: Array.from({ length: n }, (_, i) => ({ addresses: [`10.${100 + k}.${Math.floor(i / 250)}.${i % 250 + 1}`], conditions: { ready: true, serving: true, terminating: false } })) });
    });
    const rules = iptablesSave(base, { node: 'node-2', largeClusterMode: false });
    expect(rules).toContain('--probability 0.14285714272');
    const r = runInNetns({ rules, addresses: [], voidRoutes: [], listeners: [], probes: [] });
    expect(r.saved).toBe(rules);
  }, 120_000);
});

// Traffic from another machine enters through PREROUTING and filter INPUT; only a tun device can inject it here,
// and driving one needs python3 (ioctl TUNSETIFF). Without python3 the harness fails naming it (never skips).
describe('the real kernel, from outside the node (SYNs injected through a tun device; needs python3)', () => {
  const EXT = '203.0.113.10';
  const nodeIP = '172.18.0.3'; // node-1 of the scenario; web-np's only endpoint (web-a, 10.244.1.5) runs there
  const run = (c: Cluster, node: string, ip: string, dport: number) => {
    const rules = iptablesSave(c, { node });
    const listeners = listenersFor(c);
    return runInNetns({ rules, addresses: [...new Set([...listeners.map((l) => l.ip), ip])], voidRoutes: [c.serviceCIDR], listeners, probes: [],
      externalProbes: { clientNet: '203.0.113.0/24', probes: [{ id: 'np', src: EXT, dst: ip, dport, count: 3 }] } }).external[0]!.results;
  };
  const variant = (f: (c: Cluster) => void): Cluster => { const c = structuredClone(scenarioBasicCluster()); f(c); return c; };

  it('node IP:nodePort is DNATed to the endpoint (the SYN-ACK comes back from node IP:nodePort), as sendRequest says', () => {
    expect(run(scenarioBasicCluster(), 'node-1', nodeIP, 30080)).toEqual(Array(3).fill(`SYNACK ${nodeIP}:30080`));
    expect(simulated(scenarioBasicCluster(), 'external', `http://${nodeIP}:30080/`)).toBe('default/web-a');
  }, 60_000);

  it('a port that is no NodePort is refused by the node itself (RST)', () => {
    expect(run(scenarioBasicCluster(), 'node-1', nodeIP, 31999)).toEqual(['RST', 'RST', 'RST']);
    expect(simulated(scenarioBasicCluster(), 'external', `http://${nodeIP}:31999/`)).toBe('ECONNREFUSED');
  }, 60_000);

  it('a NodePort Service without endpoints is REJECTed in KUBE-EXTERNAL-SERVICES (ICMP port unreachable)', () => {
    const c = variant((x) => { x.endpointSlices.find((e) => e.service === 'web-np')!.endpoints = []; });
    expect(run(c, 'node-1', nodeIP, 30080)).toEqual(['ICMP 3/3', 'ICMP 3/3', 'ICMP 3/3']);
    expect(simulated(c, 'external', `http://${nodeIP}:30080/`)).toBe('ECONNREFUSED');
  }, 60_000);

  it('loadBalancerSourceRanges (KUBE-FW): an allowed source reaches the endpoint, another is dropped by KUBE-PROXY-FIREWALL', () => {
    const c = overallTestCluster(); // ns5/svc5: LB 5.6.7.8, source range 203.0.113.0/25, endpoint 10.180.0.3:80
    const rules = iptablesSave(c, { node: 'test-node', randomFully: false });
    const r = runInNetns({ rules, addresses: ['10.180.0.3', '192.168.0.2'], voidRoutes: [c.serviceCIDR], listeners: [{ ip: '10.180.0.3', port: 80, reply: 'svc5' }], probes: [],
      // 5.6.7.8 is routed back out of the tun device: were it not dropped, the SYN would read back as FORWARDED.
      externalProbes: { clientNet: '203.0.113.0/24', ipForward: true, routes: ['5.6.7.8/32'], probes: [
        { id: 'allowed', src: '203.0.113.10', dst: '5.6.7.8', dport: 80, count: 2 },
        { id: 'other', src: '203.0.113.200', dst: '5.6.7.8', dport: 80, count: 2 },
      ] } });
    expect(r.saved).toBe(rules);
    expect(r.external.find((x) => x.id === 'allowed')!.results).toEqual(['SYNACK 5.6.7.8:80', 'SYNACK 5.6.7.8:80']);
    expect(r.external.find((x) => x.id === 'other')!.results).toEqual(['NOTHING', 'NOTHING']);
    expect(simulated(c, 'external:203.0.113.10', 'http://5.6.7.8/')).toBe('default/ep-3');
    expect(simulated(c, 'external:203.0.113.200', 'http://5.6.7.8/')).toBe('TIMEOUT');
  }, 60_000);

  it('externalTrafficPolicy Local: answered on the endpoint\'s node, DROPped on another', () => {
    const c = variant((x) => { x.services.find((e) => e.name === 'web-np')!.externalTrafficPolicy = 'Local'; });
    expect(run(c, 'node-1', nodeIP, 30080)).toEqual(Array(3).fill(`SYNACK ${nodeIP}:30080`));
    expect(run(c, 'node-2', '172.18.0.4', 30080)).toEqual(['NOTHING', 'NOTHING', 'NOTHING']);
    expect(simulated(c, 'external', 'http://172.18.0.4:30080/')).toBe('TIMEOUT');
  }, 60_000);
});

describe('the real kernel, ClientIP affinity with timeoutSeconds 1', () => {
  it('pins a client while it keeps talking, and forgets it after a second of idleness, as sendRequest does', () => {
    const c = structuredClone(seedCluster());
    Object.assign(c.services.find((x) => x.name === 'web-service')!, { sessionAffinity: 'ClientIP', sessionAffinityTimeoutSeconds: 1 });
    const rules = iptablesSave(c, { node: 'node-2' });
    expect(rules).toContain('-m recent --rcheck --seconds 1 --reap --name');
    const listeners = listenersFor(c);
    const client = '10.244.2.9';
    const rounds = Array.from({ length: 8 }, (_, i): NetnsProbe => ({ id: `round ${i}`, host: '10.96.100.50', port: 80, count: 4, localAddress: client, sequential: true, pauseMs: i === 0 ? 0 : 2100 }));
    const r = runInNetns({ rules, addresses: [...new Set([...listeners.map((l) => l.ip), client])], voidRoutes: [c.serviceCIDR], listeners, probes: rounds });
    expect(r.saved).toBe(rules);
    const picks = r.probes.map((p) => { expect(new Set(p.results).size).toBe(1); return p.results[0]!; });
    expect(new Set(picks).size).toBeGreaterThan(1); // 8 rounds all alike by chance: 3^-7
    // sendRequest: pinned within a round (1 s apart), re-chosen after 2.1 s idle.
    const sim = sendRequests(c, { from: 'default/test', url: 'http://web-service/', seed: 4, options: { interval: 0.5 } }, 4, { keepTraces: 4 });
    expect(new Set(sim.traces.map((t) => t.pod)).size).toBe(1);
    const idle = sendRequests(c, { from: 'default/test', url: 'http://web-service/', seed: 4, options: { interval: 2.1 } }, 40);
    expect(Object.keys(idle.counts).length).toBe(3);
  }, 120_000);
});
