import { describe, expect, it } from 'vitest';
import { iptablesSave, isHop, sendRequest } from '../../core';
import { seedCluster } from '../../core/testing';
import { chainsInTrace, iptablesLineClass } from './chains';

const cluster = seedCluster();

describe('the chains the last request went through, on the iptables-save tab', () => {
  const { trace } = sendRequest(cluster, { from: 'default/test', url: 'http://web-service/', seed: 1, options: { dnsCache: false } });
  const dnat = trace.hops.find(isHop('dnat'))!.detail;
  const used = chainsInTrace(trace);
  const lines = iptablesSave(cluster, { node: 'node-2' }).split('\n');
  const svcChain = dnat.chains![0]!;

  it('are the chains the packet entered: KUBE-SERVICES, the Service chain and the chosen endpoint chain only', () => {
    expect(used).toContain('KUBE-SERVICES');
    expect(used).toContain(svcChain);
    expect(used).toContain(dnat.sepChain);
    const seps = lines.filter((l) => l.startsWith(`-A ${svcChain} `) && l.includes('-j KUBE-SEP-')).map((l) => /-j (\S+)/.exec(l)![1]!);
    expect(seps.length).toBe(3);
    expect(seps.filter((s) => used.has(s))).toEqual([dnat.sepChain]);
    expect([...used].every((c) => c.startsWith('KUBE-'))).toBe(true);
  });

  it('mark the rule that jumped to the chosen endpoint more strongly than the rest of its chain', () => {
    const jumped = lines.find((l) => l.startsWith(`-A ${svcChain} `) && l.includes(`-j ${dnat.sepChain}`))!;
    const other = lines.find((l) => l.startsWith(`-A ${svcChain} `) && l.includes('-j KUBE-SEP-') && !l.includes(`-j ${dnat.sepChain}`))!;
    expect(iptablesLineClass(jumped, used)).toBe('used used-jump');
    expect(iptablesLineClass(other, used)).toBe('used');
    expect(iptablesLineClass('-A KUBE-SERVICES -d 10.96.0.1/32 -p tcp -j KUBE-SVC-NPX46M4PTMTKRN6Y', chainsInTrace(null))).toBeUndefined();
  });
});
