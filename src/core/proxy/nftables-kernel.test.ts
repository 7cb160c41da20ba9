// Checked against the real nft and kernel: our nftablesRuleset() text is loaded with `nft -f` into a private
// network namespace made by this test (unshare -rn), read back with `nft list ruleset`, and real TCP connections
// show what the kernel does with it. Fails (never skips), naming the cause, where nft is missing or unshare is not
// permitted.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cluster, EndpointSlice, Service } from '../model/types';
import { bigCluster } from '../testing/big-cluster';
import type { NetnsProbe } from '../testing/netns/iptables-run';
import { runNftInNetns, type NftNetnsResult } from '../testing/netns/nftables-run';
import { testService } from '../testing/objects';
import { scenarioBasicCluster } from '../testing/proxy-clusters';
import { overallNFTablesTestCluster } from '../testing/proxier-test-clusters';
import { seedCluster } from '../testing/seed-cluster';
import { sendRequest } from '../traffic/send';
import { nftablesRuleset } from './nftables';
import { chiSquare, CHI2_999, listenersFor } from '../testing/kernel-expect';

const golden = (name: string): string => readFileSync(new URL(`../testdata/golden/proxy/${name}`, import.meta.url), 'utf8');

const tally = (xs: string[]): Record<string, number> => xs.reduce<Record<string, number>>((a, x) => ({ ...a, [x]: (a[x] ?? 0) + 1 }), {});

/**
 * Upstream's commands with their tables, sets, maps and chains created first, in the order `listing` shows them
 * (the kernel lists objects in creation order; the test's text is not in any creation order), then every other
 * command in the test's own order. Nothing is added or changed.
 */
function inCreationOrder(commands: string, listing: string): string {
  const order = [...listing.matchAll(/^\t(?:set|map|chain) (\S+) \{$/gm)].map((m) => m[1]!);
  const lines = commands.split('\n').filter((l) => l.startsWith('add '));
  const objects = new Map<string, string>();
  const table: string[] = [];
  const rest: string[] = [];
  for (const l of lines) {
    const m = /^add (?:set|map|chain) ip kube-proxy (\S+)/.exec(l);
    if (l.startsWith('add table ')) table.push(l);
    else if (m) objects.set(m[1]!, l);
    else rest.push(l);
  }
  expect([...objects.keys()].sort()).toEqual([...order].sort());
  return [...table, ...order.map((o) => objects.get(o)!), ...rest, ''].join('\n');
}

/** The seed cluster plus a Service without endpoints and a ClientIP-affinity copy of web-service. */
function kernelCluster(): Cluster {
  const seed = seedCluster();
  const web = seed.services.find((s) => s.name === 'web-service')!;
  const webSlice = seed.endpointSlices.find((s) => s.service === 'web-service')!;
  const sticky: Service = { ...web, name: 'web-sticky', clusterIP: '10.96.100.51', sessionAffinity: 'ClientIP', sessionAffinityTimeoutSeconds: 10800 };
  const stickySlice: EndpointSlice = { ...webSlice, name: 'web-sticky-abcde', service: 'web-sticky' };
  const empty = testService({ namespace: 'default', name: 'empty', clusterIP: '10.96.100.60', ports: [{ name: '', protocol: 'TCP', port: 80, targetPort: 80 }] });
  return { ...seed, services: [...seed.services, sticky, empty], endpointSlices: [...seed.endpointSlices, stickySlice] };
}

/** What sendRequest says in nftables mode, in the kernel probe's terms: the Pod that answered, ECONNREFUSED or TIMEOUT. */
function simulated(cluster: Cluster, url: string): string {
  const t = sendRequest(cluster, { from: 'default/test', url, seed: 1, options: { proxyMode: 'nftables' } }).trace;
  return t.outcome === 'delivered' ? t.pod! : t.outcome === 'refused' ? 'ECONNREFUSED' : t.outcome === 'timeout' ? 'TIMEOUT' : t.outcome;
}

describe('the real nft and kernel, nftables mode', () => {
  const cluster = kernelCluster();
  const ours = nftablesRuleset(cluster, { node: 'node-2' });
  const upstreamListing = golden('kube-proxy-TestOverallNFTablesRules.nft-list.txt');
  const upstream = inCreationOrder(golden('kube-proxy-TestOverallNFTablesRules.expected.nft'), upstreamListing);
  const big = nftablesRuleset(bigCluster(), { node: 'node-1' });
  const client = '10.244.2.9';
  const nginx = ['default/nginx-5c7588df-2kx8j', 'default/nginx-5c7588df-q9fzw', 'default/nginx-5c7588df-wt6hb'];
  let r: NftNetnsResult;
  const results = (id: string): string[] => r.probes.find((p) => p.id === id)?.results ?? [];
  beforeAll(() => {
    const listeners = listenersFor(cluster);
    const probes: NetnsProbe[] = [
      { id: 'web-service', host: '10.96.100.50', port: 80, count: 900, localAddress: client },
      { id: 'web-sticky', host: '10.96.100.51', port: 80, count: 30, localAddress: client, sequential: true },
      { id: 'empty', host: '10.96.100.60', port: 80, count: 1, localAddress: client },
      { id: 'web-service:8080', host: '10.96.100.50', port: 8080, count: 1, localAddress: client },
      { id: 'unallocated', host: '10.96.200.200', port: 80, count: 1, localAddress: client, timeoutMs: 1500 },
    ];
    r = runNftInNetns({ loads: [ours, upstream, big], addresses: [...new Set([...listeners.map((l) => l.ip), client])],
      voidRoutes: [cluster.serviceCIDR], listeners, probes });
  }, 120_000);

  it('nft list ruleset reads back exactly what we wrote', () => {
    expect(r.listed[0]).toBe(ours);
  });

  it("rebuilds the TestOverallNFTablesRules golden from upstream's own commands, and it equals ours", () => {
    expect(r.listed[1]).toBe(upstreamListing);
    expect(nftablesRuleset(overallNFTablesTestCluster())).toBe(upstreamListing);
  });

  it('reads back a 2,000-Pod cluster unchanged', () => {
    expect(r.listed[2]).toBe(big);
  });

  it('spreads connections over the 3 endpoints within chi-square bounds (numgen random mod 3)', () => {
    const t = tally(results('web-service'));
    expect(Object.keys(t).sort()).toEqual(nginx);
    expect(chiSquare(Object.values(t))).toBeLessThan(CHI2_999[2]);
    expect(nginx).toContain(simulated(cluster, 'http://10.96.100.50/'));
  });

  it('pins a client to one endpoint under ClientIP affinity', () => {
    const t = tally(results('web-sticky'));
    expect(Object.keys(t)).toHaveLength(1);
    expect(nginx).toContain(Object.keys(t)[0]);
  });

  it('refuses a Service without endpoints (no-endpoint-services → reject-chain), as sendRequest says', () => {
    expect(results('empty')).toEqual(['ECONNREFUSED']);
    expect(simulated(cluster, 'http://10.96.100.60/')).toBe('ECONNREFUSED');
  });

  it('rejects a port the ClusterIP does not expose (cluster-ips-check), as sendRequest says', () => {
    expect(results('web-service:8080')).toEqual(['ECONNREFUSED']);
    expect(simulated(cluster, 'http://10.96.100.50:8080/')).toBe('ECONNREFUSED');
  });

  it('drops traffic to an unallocated address of the Service CIDR, as sendRequest says', () => {
    expect(results('unallocated')).toEqual(['TIMEOUT']);
    expect(simulated(cluster, 'http://10.96.200.200/')).toBe('TIMEOUT');
  });
});

// A packet from another machine enters through the prerouting hook (filter-prerouting-pre-dnat, nat-prerouting)
// and, DNATed to a local endpoint, filter-input; a SYN written into a tun device is such a packet. Needs python3.
describe('the real nft and kernel, nftables mode, from outside the node (SYNs through a tun device)', () => {
  const EXT = '203.0.113.10';
  const nodeIP = '172.18.0.3'; // node-1 of the scenario; web-np's only endpoint (web-a, 10.244.1.5:8080) runs there
  const run = (c: Cluster, dport: number): string[] => {
    const listeners = listenersFor(c);
    return runNftInNetns({
      loads: [nftablesRuleset(c, { node: 'node-1' })], addresses: [...new Set([...listeners.map((l) => l.ip), nodeIP])],
      voidRoutes: [c.serviceCIDR], listeners, probes: [],
      externalProbes: { clientNet: '203.0.113.0/24', probes: [{ id: 'np', src: EXT, dst: nodeIP, dport, count: 3 }] },
    }).external[0]!.results;
  };
  const fromOutside = (c: Cluster, url: string): string => {
    const t = sendRequest(c, { from: 'external', url, seed: 1, options: { proxyMode: 'nftables' } }).trace;
    return t.outcome === 'delivered' ? t.pod! : t.outcome === 'refused' ? 'ECONNREFUSED' : t.outcome;
  };

  it('node IP:nodePort reaches the endpoint through service-nodeports (the SYN-ACK comes back from node IP:nodePort), as sendRequest says', () => {
    expect(run(scenarioBasicCluster(), 30080)).toEqual(Array(3).fill(`SYNACK ${nodeIP}:30080`));
    expect(fromOutside(scenarioBasicCluster(), `http://${nodeIP}:30080/`)).toBe('default/web-a');
  }, 60_000);

  it('a NodePort Service without endpoints is rejected through no-endpoint-nodeports (ICMP port unreachable), as sendRequest says', () => {
    const c = structuredClone(scenarioBasicCluster());
    c.endpointSlices.find((e) => e.service === 'web-np')!.endpoints = [];
    expect(run(c, 30080)).toEqual(['ICMP 3/3', 'ICMP 3/3', 'ICMP 3/3']);
    expect(fromOutside(c, `http://${nodeIP}:30080/`)).toBe('ECONNREFUSED');
  }, 60_000);
});
