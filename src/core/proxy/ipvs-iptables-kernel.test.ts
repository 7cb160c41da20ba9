// IPVS mode's iptables rules and ipsets, checked against the real programs: the sets are made with the real
// ipset (as kube-proxy's ipset.go creates them) and the rules loaded with iptables-nft-restore in a private network
// namespace; iptables-nft-save must print our text back unchanged, and `ipset list` must equal ours but for
// the kernel's volatile parts (testing/netns/volatile.ts).
import { describe, expect, it } from 'vitest';
import { loadIpsetsAndRules } from '../testing/netns/ipset-run';
import { normaliseIpsetList } from '../testing/netns/volatile';
import { seedCluster } from '../testing/seed-cluster';
import { scenarioBasicCluster } from '../testing/proxy-clusters';
import type { Cluster } from '../model/types';
import { formatIpsetList, type Ipset } from './ipsets';
import { ipvsIptables } from './ipvs-iptables';

/** ipset/ipset.go createSet and AddEntry, as `ipset restore` lines. */
function restoreLines(sets: Iterable<Ipset>): string {
  const out: string[] = [];
  for (const s of sets) {
    out.push(s.type === 'bitmap:port' ? `create ${s.name} bitmap:port range 0-65535` : `create ${s.name} ${s.type} family inet hashsize 1024 maxelem 65536`);
    for (const m of s.members) out.push(`add ${s.name} ${m}`);
  }
  return out.join('\n') + '\n';
}

describe.each<[string, () => Cluster, string]>([
  ['seed cluster', seedCluster, 'node-2'],
  ['scenario-basic cluster (NodePort, ClientIP affinity)', scenarioBasicCluster, 'node-1'],
])('IPVS mode on the real kernel: %s', (_name, make, node) => {
  const cluster = make();
  const ours = ipvsIptables(cluster, { node });
  const real = loadIpsetsAndRules({ ipsets: restoreLines(ours.sets.values()), rules: ours.text });

  it('iptables-nft-save prints our rules back unchanged', () => {
    expect(real.saved).toBe(ours.text);
  });

  it('ipset list prints our sets (kernel seeds, sizes and bucket order aside)', () => {
    expect(normaliseIpsetList(formatIpsetList(ours.sets.values(), ours.references))).toBe(normaliseIpsetList(real.ipsetList));
  });
});
