import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { overallTestCluster, scenarioBasicCluster } from '../testing/proxy-clusters';
import { seedCluster } from '../testing/seed-cluster';
import { bigCluster } from '../testing/big-cluster';
import { iptablesSave } from './iptables';

const golden = (name: string): string => readFileSync(new URL(`../testdata/golden/proxy/${name}`, import.meta.url), 'utf8');

describe('iptablesSave', () => {
  it('equals the real iptables-save capture for the scenario-basic input, byte for byte', () => {
    expect(iptablesSave(scenarioBasicCluster(), { node: 'node-1' })).toBe(golden('kube-proxy-scenario-basic.iptables-save.txt'));
  });

  it('equals the real iptables-save of kube-proxy\'s TestOverallIPTablesRules payload, byte for byte', () => {
    expect(iptablesSave(overallTestCluster(), { node: 'test-node', randomFully: false })).toBe(golden('kube-proxy-TestOverallIPTablesRules.iptables-save.txt'));
  });

  // A snapshot of our own output that the real kernel printed back unchanged (kernel.test.ts repeats the round
  // trip); the independent evidence is the two upstream goldens above and proxier-packet-flows.test.ts.
  it("equals the seed's rules as the real kernel printed them back (web-service with 3 endpoints)", () => {
    expect(iptablesSave(seedCluster(), { node: 'node-2' })).toBe(golden('seed-node-2.iptables-save.txt'));
  });

  it('prints one table with `-t`: the nat and the filter part of the real capture, each on its own', () => {
    const whole = golden('kube-proxy-scenario-basic.iptables-save.txt');
    const natAt = whole.indexOf('*nat\n');
    const nat = iptablesSave(scenarioBasicCluster(), { node: 'node-1', table: 'nat' });
    const filter = iptablesSave(scenarioBasicCluster(), { node: 'node-1', table: 'filter' });
    expect(nat).toBe(whole.slice(natAt));
    expect(filter).toBe(whole.slice(0, natAt));
    expect(nat).not.toContain('*filter');
    expect(filter).not.toContain('*nat');
  });

  it('leaves comments off SEP and SVC→SEP rules past 1000 endpoints (proxier.go largeClusterMode)', () => {
    const text = iptablesSave(bigCluster(), { node: 'node-1' });
    const lines = text.split('\n');
    expect(lines.filter((l) => l.startsWith('-A KUBE-SEP-') && l.includes('--comment'))).toEqual([]);
    expect(lines.filter((l) => l.startsWith('-A KUBE-SVC-') && l.includes('-j KUBE-SEP-') && l.includes('--comment'))).toEqual([]);
    expect(lines).toContain('-A KUBE-SERVICES -d 10.96.1.62/32 -p tcp -m comment --comment "default/app-42:http cluster IP" -m tcp --dport 80 -j KUBE-SVC-' + lines.find((l) => l.includes('"default/app-42:http cluster IP" -m tcp --dport 80 -j KUBE-SVC-'))!.split('-j KUBE-SVC-')[1]);
    expect(iptablesSave(bigCluster(), { node: 'node-1', largeClusterMode: false })).toContain('-m comment --comment "default/app-42:http -> ');
  });

  it('internalTrafficPolicy Local: KUBE-SVL with this node\'s endpoints, or a filter DROP on a node without one', () => {
    const c = structuredClone(seedCluster());
    c.services.find((x) => x.name === 'web-service')!.internalTrafficPolicy = 'Local';
    const on = iptablesSave(c, { node: 'node-2' }).split('\n');
    expect(on).toContain('-A KUBE-SERVICES -d 10.96.100.50/32 -p tcp -m comment --comment "default/web-service cluster IP" -m tcp --dport 80 -j KUBE-SVL-SZGXCNNBZLC4E3DM');
    expect(on.filter((l) => l.startsWith('-A KUBE-SVL-SZGXCNNBZLC4E3DM'))).toEqual([
      '-A KUBE-SVL-SZGXCNNBZLC4E3DM ! -s 10.244.0.0/16 -d 10.96.100.50/32 -p tcp -m comment --comment "default/web-service cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ',
      '-A KUBE-SVL-SZGXCNNBZLC4E3DM -m comment --comment "default/web-service -> 10.244.2.4:80" -j KUBE-SEP-AL76HGWK3EBCE6PW',
    ]);
    expect(on.some((l) => l.includes('KUBE-SVC-SZGXCNNBZLC4E3DM'))).toBe(false);
    const none = structuredClone(c); // a new Cluster object: results are cached per (immutable) Cluster
    none.endpointSlices.find((x) => x.service === 'web-service')!.endpoints[1]!.conditions = { ready: false, serving: false, terminating: false };
    expect(iptablesSave(none, { node: 'node-2' }).split('\n')).toContain(
      '-A KUBE-SERVICES -d 10.96.100.50/32 -p tcp -m comment --comment "default/web-service has no local endpoints" -m tcp --dport 80 -j DROP');
  });

  it('writes nothing for a headless Service', () => {
    const text = iptablesSave(seedCluster());
    expect(text).not.toContain('mysql');
    expect(text).not.toContain('10.244.1.5');
  });
});
