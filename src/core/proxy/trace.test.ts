import { describe, expect, it } from 'vitest';
import { seedRng } from '../util/rng';
import { overallTestCluster, scenarioBasicCluster } from '../testing/proxy-clusters';
import { iptablesSave } from './iptables';
import { parseIptablesSave } from './parse';
import { traceRules, type Packet, type RecentLists } from './trace';

const basic = parseIptablesSave(iptablesSave(scenarioBasicCluster(), { node: 'node-1' }));
const overall = parseIptablesSave(iptablesSave(overallTestCluster(), { node: 'test-node', randomFully: false }));
const NODE_IP = '172.18.0.3';
const tcp = (src: string, dst: string, dport: number): Packet => ({ src, dst, proto: 'tcp', dport });

describe('traceRules', () => {
  const cases = [
    { name: 'Pod → ClusterIP with one endpoint: DNAT, no masquerade', tables: basic, pkt: tcp('10.244.2.9', '10.96.7.7', 80), hook: 'PREROUTING' as const,
      want: { verdict: 'dnat', dst: '10.244.1.9', dport: 80, masquerade: false, sepChain: 'KUBE-SEP-ZKJZIYIPV4MZKNUB', choice: 'last', filterChain: 'FORWARD' } },
    { name: 'Service without endpoints: REJECT in filter KUBE-SERVICES', tables: basic, pkt: tcp('10.244.2.9', '10.96.0.99', 80), hook: 'PREROUTING' as const,
      want: { verdict: 'reject', dnat: false, decidedBy: { table: 'filter', chain: 'KUBE-SERVICES', target: 'REJECT', line: '-A KUBE-SERVICES -d 10.96.0.99/32 -p tcp -m comment --comment "default/empty:http has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable' } } },
    { name: 'a port the Service does not expose: no rule, the packet is routed on unchanged', tables: basic, pkt: tcp('10.244.2.9', '10.96.100.50', 81), hook: 'PREROUTING' as const,
      want: { verdict: 'accept', dnat: false, dst: '10.96.100.50', filterChain: 'FORWARD' } },
    { name: 'headless: a Pod IP is not touched', tables: basic, pkt: tcp('10.244.2.9', '10.244.1.5', 8080), hook: 'PREROUTING' as const,
      want: { verdict: 'accept', dnat: false, dst: '10.244.1.5' } },
    { name: 'NodePort from outside: KUBE-NODEPORTS → KUBE-EXT (masquerade) → SVC → SEP', tables: basic, pkt: tcp('203.0.113.5', NODE_IP, 30080), hook: 'PREROUTING' as const,
      want: { verdict: 'dnat', dst: '10.244.1.5', dport: 8080, masquerade: true, serviceChains: ['KUBE-EXT-2262UYG6EQJDKK3I', 'KUBE-SVC-2262UYG6EQJDKK3I'] } },
    { name: 'NodePort from the node itself (OUTPUT)', tables: basic, pkt: tcp(NODE_IP, NODE_IP, 30080), hook: 'OUTPUT' as const,
      want: { verdict: 'dnat', dst: '10.244.1.5', masquerade: true, filterChain: 'OUTPUT' } },
    { name: 'ClusterIP from outside the pod CIDR is masqueraded', tables: basic, pkt: tcp('192.168.1.1', '10.96.7.7', 80), hook: 'PREROUTING' as const,
      want: { verdict: 'dnat', masquerade: true } },
    { name: 'externalTrafficPolicy Local without local endpoints: external traffic DROPped', tables: overall, pkt: tcp('8.8.8.8', '1.2.3.4', 80), hook: 'PREROUTING' as const,
      want: { verdict: 'drop', dnat: false, decidedBy: { table: 'filter', chain: 'KUBE-EXTERNAL-SERVICES', target: 'DROP' } } },
    { name: 'externalTrafficPolicy Local: Pod traffic to the LB IP short-circuits to the cluster chain', tables: overall, pkt: tcp('10.1.2.3', '1.2.3.4', 80), hook: 'PREROUTING' as const,
      want: { verdict: 'dnat', dst: '10.180.0.2' } },
    { name: 'loadBalancerSourceRanges: allowed source', tables: overall, pkt: tcp('203.0.113.7', '5.6.7.8', 80), hook: 'PREROUTING' as const,
      want: { verdict: 'dnat', dst: '10.180.0.3', serviceChains: ['KUBE-FW-NUKIZ6OKUXPJNT4C', 'KUBE-EXT-NUKIZ6OKUXPJNT4C', 'KUBE-SVC-NUKIZ6OKUXPJNT4C'] } },
    { name: 'loadBalancerSourceRanges: other source dropped by KUBE-PROXY-FIREWALL', tables: overall, pkt: tcp('8.8.8.8', '5.6.7.8', 80), hook: 'PREROUTING' as const,
      want: { verdict: 'drop', decidedBy: { table: 'filter', chain: 'KUBE-PROXY-FIREWALL', target: 'DROP' } } },
  ];
  it.each(cases)('$name', ({ tables, pkt, hook, want }) => {
    const got = traceRules(tables, pkt, { hook, localAddresses: [NODE_IP], rng: seedRng(7), now: 0, recent: {} });
    expect(got).toMatchObject(want);
  });

  it('spreads a ClusterIP over its 3 endpoints as the probability chain says', () => {
    const counts: Record<string, number> = {};
    const rng = seedRng(42);
    for (let i = 0; i < 6000; i++) {
      const t = traceRules(basic, tcp('10.244.2.9', '10.96.100.50', 80), { hook: 'PREROUTING', localAddresses: [], rng, now: i, recent: {} });
      counts[t.dst] = (counts[t.dst] ?? 0) + 1;
    }
    expect(Object.keys(counts).sort()).toEqual(['10.244.1.5', '10.244.1.6', '10.244.2.8']);
    for (const c of Object.values(counts)) expect(Math.abs(c - 2000)).toBeLessThan(200);
  });

  it('records the probability rules it walked with their draws', () => {
    const t = traceRules(basic, tcp('10.244.2.9', '10.96.100.50', 80), { hook: 'PREROUTING', localAddresses: [], rng: seedRng(1), now: 0, recent: {} });
    const svcSteps = t.steps.filter((s) => s.chain === 'KUBE-SVC-CDGGSHYLG3RE2FKL');
    expect(svcSteps[0]).toMatchObject({ index: 0, matched: false });
    expect(svcSteps[1]).toMatchObject({ index: 1, probability: '0.33333333349' });
  });

  it('names the chain each matched rule jumped to, and the DNAT rule that decided', () => {
    const t = traceRules(basic, tcp('10.244.2.9', '10.96.7.7', 80), { hook: 'PREROUTING', localAddresses: [], rng: seedRng(1), now: 0, recent: {} });
    const jumps = t.steps.filter((s) => s.matched && s.jump !== undefined).map((s) => [s.chain, s.jump]);
    expect(jumps.slice(0, 3)).toEqual([['PREROUTING', 'KUBE-SERVICES'], ['KUBE-SERVICES', t.serviceChains[0]], [t.serviceChains[0], t.sepChain]]);
    expect(t.steps.filter((s) => !s.matched).every((s) => s.jump === undefined)).toBe(true);
    expect(t.decidedBy).toMatchObject({ table: 'nat', chain: t.sepChain, target: 'DNAT', line: expect.stringContaining('-j DNAT --to-destination 10.244.1.9:80') });
  });

  it('-m recent pins a client to its endpoint until --seconds of idleness', () => {
    const recent: RecentLists = {};
    const go = (src: string, now: number, seed: number) =>
      traceRules(basic, tcp(src, '10.96.200.1', 80), { hook: 'PREROUTING', localAddresses: [], rng: seedRng(seed), now, recent });
    const first = go('10.244.2.9', 0, 1);
    for (let s = 2; s < 40; s++) {
      const t = go('10.244.2.9', s * 100, s);
      expect(t.dst).toBe(first.dst);
      expect(t.choice).toBe('affinity');
    }
    const after = Array.from({ length: 20 }, (_, i) => go('10.244.2.9', 3900 + 10801 * (i + 1), 100 + i));
    expect(after[0]!.choice).not.toBe('affinity');
    expect(new Set(after.map((t) => t.dst)).size).toBe(2);
  });
});
