import { describe, expect, it } from 'vitest';
import { cloneRng, seedRng } from '../util/rng';
import { scenarioBasicCluster } from '../testing/proxy-clusters';
import { seedCluster } from '../testing/seed-cluster';
import { compileRules, lookupCompiled, pickCompiled } from './compile';
import { iptablesSave } from './iptables';
import { parseIptablesSave } from './parse';
import { traceRules, type RecentLists } from './trace';

// The fast path must pick exactly what the tracer picks when walking the iptables-save text with the same draws.
const cases = [
  { name: 'seed web-service (3 endpoints)', cluster: seedCluster(), node: 'node-2', dst: '10.96.100.50', dport: 80, proto: 'tcp' as const },
  { name: 'seed kube-dns UDP', cluster: seedCluster(), node: 'node-2', dst: '10.96.0.10', dport: 53, proto: 'udp' as const },
  { name: 'scenario sticky (ClientIP affinity)', cluster: scenarioBasicCluster(), node: 'node-1', dst: '10.96.200.1', dport: 80, proto: 'tcp' as const },
  { name: 'scenario web (3 endpoints)', cluster: scenarioBasicCluster(), node: 'node-1', dst: '10.96.100.50', dport: 80, proto: 'tcp' as const },
];

describe('compiled rules agree with the tracer', () => {
  it.each(cases)('$name', ({ cluster, node, dst, dport, proto }) => {
    const tables = parseIptablesSave(iptablesSave(cluster, { node }));
    const compiled = compileRules(tables, cluster.podCIDR);
    const t = lookupCompiled(compiled, dst, proto, dport);
    expect(t?.kind).toBe('svc');
    if (t?.kind !== 'svc') return;
    const recentA: RecentLists = {};
    const recentB: RecentLists = {};
    const rngA = seedRng(99);
    const rngB = cloneRng(rngA);
    const clients = ['10.244.2.9', '10.244.2.10', '10.244.3.3'];
    for (let i = 0; i < 3000; i++) {
      const src = clients[i % clients.length]!;
      const now = i * 7;
      const traced = traceRules(tables, { src, dst, proto, dport }, { hook: 'PREROUTING', localAddresses: [], rng: rngA, now, recent: recentA });
      const fast = pickCompiled(t, src, rngB, now, recentB);
      const ep = t.endpoints[fast.ep]!;
      expect(`${ep.ip}:${ep.port}`).toBe(`${traced.dst}:${traced.dport}`);
      expect(fast.choice).toBe(traced.choice);
    }
    expect(rngB).toEqual(rngA);
    expect(recentB).toEqual(recentA);
  });

  it('compiles a REJECT for a Service without endpoints', () => {
    const c = scenarioBasicCluster();
    const compiled = compileRules(parseIptablesSave(iptablesSave(c, { node: 'node-1' })), c.podCIDR);
    expect(lookupCompiled(compiled, '10.96.0.99', 'tcp', 80)?.kind).toBe('reject');
    expect(lookupCompiled(compiled, '10.96.100.50', 'tcp', 81)).toBeUndefined();
  });
});
