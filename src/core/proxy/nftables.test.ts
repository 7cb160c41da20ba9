import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { overallNFTablesTestCluster } from '../testing/proxier-test-clusters';
import { seedCluster } from '../testing/seed-cluster';
import { nftablesEndpointBase, nftablesNameBase, nftablesServiceBase } from './chains';
import { nftablesRuleset, nftDuration } from './nftables';

const golden = (name: string): string => readFileSync(new URL(`../testdata/golden/proxy/${name}`, import.meta.url), 'utf8');

// Chain names printed in kubernetes/kubernetes pkg/proxy/nftables/proxier_test.go (TestOverallNFTablesRules) and in
// proxier.go's own comments ("ULMVA6XW-ns1/svc1/tcp/p80", "5OJB2KTY-ns1/svc1/tcp/p80__10.180.0.1/80").
const serviceNames = [
  ['ns1', 'svc1', 'ULMVA6XW-ns1/svc1/tcp/p80'],
  ['ns2', 'svc2', '42NFTM6N-ns2/svc2/tcp/p80'],
  ['ns3', 'svc3', '4AT6LBPK-ns3/svc3/tcp/p80'],
  ['ns4', 'svc4', 'LAUZTJTB-ns4/svc4/tcp/p80'],
  ['ns5', 'svc5', 'HVFWP5L3-ns5/svc5/tcp/p80'],
] as const;
const endpointNames = [
  ['ns1', 'svc1', '10.180.0.1', '5OJB2KTY-ns1/svc1/tcp/p80__10.180.0.1/80'],
  ['ns2', 'svc2', '10.180.0.2', 'SGOXE6O3-ns2/svc2/tcp/p80__10.180.0.2/80'],
  ['ns3', 'svc3', '10.180.0.3', 'UEIP74TE-ns3/svc3/tcp/p80__10.180.0.3/80'],
  ['ns4', 'svc4', '10.180.0.4', 'UNZV3OEC-ns4/svc4/tcp/p80__10.180.0.4/80'],
  ['ns4', 'svc4', '10.180.0.5', '5RFCDDV7-ns4/svc4/tcp/p80__10.180.0.5/80'],
  ['ns5', 'svc5', '10.180.0.3', 'GTK6MW7G-ns5/svc5/tcp/p80__10.180.0.3/80'],
] as const;

describe('nftables chain names (proxier.go hashAndTruncate)', () => {
  it.each(serviceNames)('%s/%s → %s', (ns, name, want) => {
    expect(nftablesServiceBase(ns, name, 'tcp', 'p80')).toBe(want);
  });
  it.each(endpointNames)('%s/%s %s → %s', (ns, name, ip, want) => {
    expect(nftablesEndpointBase(ns, name, 'tcp', 'p80', ip, 80)).toBe(want);
  });
  it('cuts names past 240 characters to 237 and "..."', () => {
    const long = nftablesNameBase('x'.repeat(300));
    expect(long).toHaveLength(240);
    expect(long.endsWith('x...')).toBe(true);
    expect(nftablesNameBase('x'.repeat(231))).toHaveLength(240);
  });
});

describe('nftablesRuleset', () => {
  it("equals the real `nft list ruleset` of kube-proxy's TestOverallNFTablesRules expectation, byte for byte", () => {
    expect(nftablesRuleset(overallNFTablesTestCluster(), { node: 'test-node' })).toBe(golden('kube-proxy-TestOverallNFTablesRules.nft-list.txt'));
  });

  it('rejects a Service without endpoints and drops unallocated ClusterIPs of the Service CIDR', () => {
    const text = nftablesRuleset(overallNFTablesTestCluster());
    expect(text).toContain('172.30.0.46 . tcp . 80 comment "ns6/svc6:p80" : goto reject-chain');
    expect(text).toContain('\t\tip daddr @cluster-ips reject comment "Reject traffic to invalid ports of ClusterIPs"\n');
    expect(text).toContain('\t\tip daddr 172.30.0.0/16 drop comment "Drop traffic to unallocated ClusterIPs"\n');
  });

  it('accepts NodePorts on the node\'s own IP only (nftables mode\'s default --nodeport-addresses is "primary")', () => {
    const seed = seedCluster();
    const node2 = seed.nodes.find((n) => n.name === 'node-2')!;
    expect(nftablesRuleset(seed, { node: 'node-2' })).toContain(`\tset nodeport-ips {\n\t\ttype ipv4_addr\n\t\tcomment "IPs that accept NodePort traffic"\n\t\telements = { ${node2.ip} }\n\t}\n`);
  });

  it.each([[10800, '3h'], [10, '10s'], [90, '1m30s'], [86400 + 7200, '1d2h']])('prints a %i s affinity timeout as nft does: %s', (s, want) => {
    expect(nftDuration(s)).toBe(want);
  });
});
