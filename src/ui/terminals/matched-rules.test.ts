import { describe, expect, it } from 'vitest';
import { iptablesSave, isHop, nftablesRuleset, sendRequest } from '../../core';
import { seedCluster } from '../../core/testing';
import { iptablesMatchedLines, matchedRules, nftMatchedLines } from './matched-rules';

const cluster = seedCluster();
const send = (proxyMode: 'iptables' | 'nftables', seed: number) =>
  sendRequest(cluster, { from: 'default/test', url: 'http://web-service/', seed, options: { dnsCache: false, proxyMode } }).trace;

describe('the rules the request matched, in iptables-save -t nat', () => {
  const trace = send('iptables', 1);
  const dnat = trace.hops.find(isHop('dnat'))!.detail;
  const text = iptablesSave(cluster, { node: dnat.node, table: 'nat' });
  const lines = text.split('\n');
  const hit = iptablesMatchedLines(text, 'nat', matchedRules(trace, dnat.node).iptables);
  const decisive = [...hit].filter(([, how]) => how === 'decisive').map(([i]) => lines[i]!);
  const all = [...hit.keys()].map((i) => lines[i]!);

  it('are the jump in KUBE-SERVICES, the one statistic rule taken and the DNAT, marked as deciding', () => {
    const svc = dnat.chains![0]!;
    expect(decisive.filter((l) => l.startsWith('-A KUBE-SERVICES '))).toEqual([
      `-A KUBE-SERVICES -d 10.96.100.50/32 -p tcp -m comment --comment "default/web-service cluster IP" -m tcp --dport 80 -j ${svc}`,
    ]);
    expect(decisive.filter((l) => l.startsWith(`-A ${svc} `))).toEqual([lines.find((l) => l.startsWith(`-A ${svc} `) && l.endsWith(`-j ${dnat.sepChain}`))]);
    expect(decisive).toContain(`-A ${dnat.sepChain} -p tcp -m comment --comment "default/web-service" -m tcp -j DNAT --to-destination ${dnat.endpoint}`);
    expect(decisive).toHaveLength(3);
  });

  it('light no other Service\'s line and no rule the packet did not match (not whole chains)', () => {
    expect(all.some((l) => l.includes('kube-dns') || l.includes('default/kubernetes'))).toBe(false);
    const svcRules = lines.filter((l) => l.startsWith(`-A ${dnat.chains![0]} `));
    expect(all.filter((l) => svcRules.includes(l))).toHaveLength(1);
    expect(all.length).toBeLessThanOrEqual(8);
    expect(all).toContain('-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES');
  });

  it('are on the node whose rules handled the packet only', () => {
    const other = cluster.nodes.map((n) => n.name).find((n) => n !== dnat.node)!;
    expect(matchedRules(trace, other).iptables).toEqual([]);
    expect(matchedRules(null, dnat.node).iptables).toEqual([]);
  });

  it('include no DNS query rule: the query to kube-dns is another Service', () => {
    expect(matchedRules(trace, dnat.node).iptables.some((s) => s.line.includes('kube-dns'))).toBe(false);
  });
});

describe('the rules the request matched, in nft list ruleset', () => {
  const trace = send('nftables', 1);
  const dnat = trace.hops.find(isHop('dnat'))!.detail;
  const text = nftablesRuleset(cluster, { node: dnat.node });
  const lines = text.split('\n');
  const hit = nftMatchedLines(text, matchedRules(trace, dnat.node).nft);
  const decisive = [...hit].filter(([, how]) => how === 'decisive').map(([i]) => lines[i]!.trim());

  it('are the service-ips element, the numgen vmap and the endpoint chain\'s dnat', () => {
    expect(decisive).toHaveLength(4);
    expect(decisive).toEqual(expect.arrayContaining([
      expect.stringMatching(/^(elements = \{ )?10\.96\.100\.50 \. tcp \. 80 : goto service-[A-Z2-7]{8}-default\/web-service\/tcp\/,?( \})?$/),
      'ip daddr . meta l4proto . th dport vmap @service-ips',
      expect.stringMatching(/^numgen random mod 3 vmap \{ 0 : goto endpoint-/),
      `meta l4proto tcp dnat to ${dnat.endpoint}`,
    ]));
    // The dnat line is in the chosen endpoint's chain, not another endpoint's.
    const at = [...hit.keys()].find((i) => lines[i]!.includes('dnat to'))!;
    const chainLine = lines.slice(0, at).reverse().find((l) => l.startsWith('\tchain '))!;
    expect(chainLine).toContain(`__${dnat.endpoint.replace(':', '/')}`);
  });

  it('light no other Service\'s element', () => {
    const all = [...hit.keys()].map((i) => lines[i]!);
    expect(all.some((l) => l.includes('kube-dns') || l.includes('default/kubernetes'))).toBe(false);
  });
});
