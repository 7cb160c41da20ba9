// IPVS mode's iptables rules against kube-proxy's own expectations: pkg/proxy/ipvs/proxier_test.go TestNodePort,
// case "node port UDP" (expectedIPSets, expectedIptablesChains). The fake iptables there lists each chain's rules as
// (jump, match-set, source) whatever the table, so ours are read the same way. The exact text is checked against
// the real iptables-nft and ipset in ipvs-iptables-kernel.test.ts.
import { describe, expect, it } from 'vitest';
import { ipvsNodePortUDPCluster } from '../testing/proxier-test-clusters';
import { PROXIER_TEST } from '../testing/conventions';
import { ipvsIptables } from './ipvs-iptables';

interface Rule { JumpChain: string; MatchSet: string; SourceAddress?: string }

/** Our rules of `chain` in both tables (filter first, then nat, as iptables-save prints them), as the fake lists them. */
function chainRules(text: string, chain: string): Rule[] {
  return text.split('\n').filter((l) => l.startsWith(`-A ${chain} `)).map((l) => {
    // The fake records a plain `-s` (the loopback RETURN); a negated one (the local detector's) it leaves out.
    const src = /[^!] -s (\S+) /.exec(l)?.[1];
    return { JumpChain: / -j (\S+)/.exec(l)![1]!, MatchSet: / --match-set (\S+) /.exec(l)?.[1] ?? '', ...(src ? { SourceAddress: src } : {}) };
  });
}

describe('proxier_test.go TestNodePort "node port UDP", in IPVS mode', () => {
  const r = ipvsIptables(ipvsNodePortUDPCluster(), { node: PROXIER_TEST.nodeName });

  it('fills the ipsets the test expects', () => {
    expect(r.sets.get('KUBE-NODE-PORT-UDP')!.members).toEqual(['3001']);
    expect(r.sets.get('KUBE-CLUSTER-IP')!.members).toEqual(['10.20.30.41,udp:80']);
    expect(r.sets.get('KUBE-LOOP-BACK')!.members).toEqual([]);
  });

  it('writes the chains the test expects', () => {
    // expectedIptablesChains: KUBE-NODE-PORT (nat's masquerade mark for the UDP set; filter's health-check accept).
    expect(chainRules(r.text, 'KUBE-NODE-PORT')).toEqual([
      { JumpChain: 'ACCEPT', MatchSet: 'KUBE-HEALTH-CHECK-NODE-PORT' },
      { JumpChain: 'KUBE-MARK-MASQ', MatchSet: 'KUBE-NODE-PORT-UDP' },
    ]);
    expect(chainRules(r.text, 'KUBE-SERVICES')).toEqual([
      { JumpChain: 'RETURN', MatchSet: '', SourceAddress: '127.0.0.0/8' },
      { JumpChain: 'KUBE-MARK-MASQ', MatchSet: 'KUBE-CLUSTER-IP' },
      { JumpChain: 'KUBE-NODE-PORT', MatchSet: '' },
      { JumpChain: 'ACCEPT', MatchSet: 'KUBE-CLUSTER-IP' },
    ]);
  });
});
