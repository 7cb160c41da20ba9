import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { overallTestCluster, scenarioBasicCluster } from '../testing/netns-fixtures';
import { seedCluster } from '../testing/seed-cluster';
import { bigCluster } from '../../../scripts/bench-traffic';
import { iptablesSave } from './iptables';

const golden = (name: string): string => readFileSync(new URL(`../testdata/golden/proxy/${name}`, import.meta.url), 'utf8');

describe('iptablesSave', () => {
  it('equals the real iptables-save capture for the scenario-basic input, byte for byte', () => {
    expect(iptablesSave(scenarioBasicCluster(), { node: 'node-1' })).toBe(golden('kube-proxy-scenario-basic.iptables-save.txt'));
  });

  it('equals the real iptables-save of kube-proxy\'s TestOverallIPTablesRules payload, byte for byte', () => {
    expect(iptablesSave(overallTestCluster(), { node: 'test-node', randomFully: false })).toBe(golden('kube-proxy-TestOverallIPTablesRules.iptables-save.txt'));
  });

  it("equals the real-kernel round trip of the seed's rules (web-service with 3 endpoints)", () => {
    expect(iptablesSave(seedCluster(), { node: 'node-2' })).toBe(golden('seed-node-2.iptables-save.txt'));
  });

  it('leaves comments off SEP and SVC→SEP rules past 1000 endpoints (proxier.go largeClusterMode)', () => {
    const text = iptablesSave(bigCluster(), { node: 'node-1' });
    const lines = text.split('\n');
    expect(lines.filter((l) => l.startsWith('-A KUBE-SEP-') && l.includes('--comment'))).toEqual([]);
    expect(lines.filter((l) => l.startsWith('-A KUBE-SVC-') && l.includes('-j KUBE-SEP-') && l.includes('--comment'))).toEqual([]);
    expect(lines).toContain('-A KUBE-SERVICES -d 10.96.1.62/32 -p tcp -m comment --comment "default/app-42:http cluster IP" -m tcp --dport 80 -j KUBE-SVC-' + lines.find((l) => l.includes('"default/app-42:http cluster IP" -m tcp --dport 80 -j KUBE-SVC-'))!.split('-j KUBE-SVC-')[1]);
    expect(iptablesSave(bigCluster(), { node: 'node-1', largeClusterMode: false })).toContain('-m comment --comment "default/app-42:http -> ');
  });

  it('writes nothing for a headless Service', () => {
    const text = iptablesSave(seedCluster());
    expect(text).not.toContain('mysql');
    expect(text).not.toContain('10.244.1.5');
  });
});
