// IPVS mode's iptables rules: in IPVS mode kube-proxy still writes nat and filter rules, not per Service but over
// its ipsets — masquerade marks, the NodePort and load-balancer chains, and KUBE-IPVS-FILTER, which rejects new
// connections to a VIP port no Service has. Ported from kubernetes/kubernetes pkg/proxy/ipvs/proxier.go
// (iptablesJumpChain, iptablesChains, ipsetWithIptablesChain, writeIptablesRules, acceptIPVSTraffic,
// createAndLinkKubeChain), printed in the kernel's normal form as iptables-save prints it (kernel test:
// ipvs-iptables-kernel.test.ts loads it with the real ipset and iptables-nft-restore and reads it back).
import type { Cluster } from '../model/types';
import { Table } from './iptables';
import { ipvsIpsets, type Ipset } from './ipsets';

export interface IpvsIptablesOptions {
  node?: string;
  /** `-t nat` / `-t filter`: one table. Default: both (filter first, as iptables-save prints them). */
  table?: 'nat' | 'filter';
  /** --masquerade-all. Default false. */
  masqueradeAll?: boolean;
  /** `MASQUERADE --random-fully` when the iptables binary supports it (it does on current nodes). Default true. */
  randomFully?: boolean;
}

/** proxier.go: masqueradeMark `%#08x` of 1<<14, which iptables-save prints in its short form. */
const MARK = '0x4000';

// createAndLinkKubeChain: each jump is EnsureRule(Prepend), so in a built-in chain the later entry ends up first.
const JUMPS: ReadonlyArray<readonly ['nat' | 'filter', string, string, string]> = [
  ['nat', 'OUTPUT', 'KUBE-SERVICES', 'kubernetes service portals'],
  ['nat', 'PREROUTING', 'KUBE-SERVICES', 'kubernetes service portals'],
  ['nat', 'POSTROUTING', 'KUBE-POSTROUTING', 'kubernetes postrouting rules'],
  ['filter', 'FORWARD', 'KUBE-FORWARD', 'kubernetes forwarding rules'],
  ['filter', 'INPUT', 'KUBE-NODE-PORT', 'kubernetes health check rules'],
  ['filter', 'INPUT', 'KUBE-PROXY-FIREWALL', 'kube-proxy firewall rules'],
  ['filter', 'FORWARD', 'KUBE-PROXY-FIREWALL', 'kube-proxy firewall rules'],
  ['filter', 'INPUT', 'KUBE-IPVS-FILTER', 'kubernetes ipvs access filter'],
  ['filter', 'OUTPUT', 'KUBE-IPVS-OUT-FILTER', 'kubernetes ipvs access filter'],
];

// ipsetWithIptablesChain: [set, table, from chain, target, match, protocol]; written only for a non-empty set.
const SET_RULES: ReadonlyArray<readonly [string, 'nat' | 'filter', string, string, string, string]> = [
  ['KUBE-LOOP-BACK', 'nat', 'KUBE-POSTROUTING', 'MASQUERADE', 'dst,dst,src', ''],
  ['KUBE-LOAD-BALANCER', 'nat', 'KUBE-SERVICES', 'KUBE-LOAD-BALANCER', 'dst,dst', ''],
  ['KUBE-LOAD-BALANCER-LOCAL', 'nat', 'KUBE-LOAD-BALANCER', 'RETURN', 'dst,dst', ''],
  ['KUBE-NODE-PORT-LOCAL-TCP', 'nat', 'KUBE-NODE-PORT', 'RETURN', 'dst', 'tcp'],
  ['KUBE-NODE-PORT-TCP', 'nat', 'KUBE-NODE-PORT', 'KUBE-MARK-MASQ', 'dst', 'tcp'],
  ['KUBE-NODE-PORT-LOCAL-UDP', 'nat', 'KUBE-NODE-PORT', 'RETURN', 'dst', 'udp'],
  ['KUBE-NODE-PORT-UDP', 'nat', 'KUBE-NODE-PORT', 'KUBE-MARK-MASQ', 'dst', 'udp'],
  ['KUBE-NODE-PORT-LOCAL-SCTP-HASH', 'nat', 'KUBE-NODE-PORT', 'RETURN', 'dst,dst', 'sctp'],
  ['KUBE-NODE-PORT-SCTP-HASH', 'nat', 'KUBE-NODE-PORT', 'KUBE-MARK-MASQ', 'dst,dst', 'sctp'],
  ['KUBE-LOAD-BALANCER-FW', 'filter', 'KUBE-PROXY-FIREWALL', 'KUBE-SOURCE-RANGES-FIREWALL', 'dst,dst', ''],
  ['KUBE-LOAD-BALANCER-SOURCE-CIDR', 'filter', 'KUBE-SOURCE-RANGES-FIREWALL', 'RETURN', 'dst,dst,src', ''],
  ['KUBE-LOAD-BALANCER-SOURCE-IP', 'filter', 'KUBE-SOURCE-RANGES-FIREWALL', 'RETURN', 'dst,dst,src', ''],
];

export interface IpvsIptables {
  /** iptables-save text of the table(s) asked for. */
  text: string;
  /** The node's ipsets, which the rules match. */
  sets: Map<string, Ipset>;
  /** Rules in both tables that match each set (ipset list's `References`). */
  references: Map<string, number>;
}

/**
 * kube-proxy's iptables rules in IPVS mode on one node, and the ipsets they match.
 * @example
 * ipvsIptables(cluster, { node: 'node-1', table: 'nat' }).text
 * // '*nat\n…\n-A KUBE-SERVICES ! -s 10.244.0.0/16 -m comment --comment "Kubernetes service cluster ip + port for masquerade purpose"
 * //  -m set --match-set KUBE-CLUSTER-IP dst,dst -j KUBE-MARK-MASQ\n…COMMIT\n'
 */
export function ipvsIptables(cluster: Cluster, opts: IpvsIptablesOptions = {}): IpvsIptables {
  const node = opts.node ?? cluster.nodes[0]?.name;
  const { sets, noNodeAccess } = ipvsIpsets(cluster, node);
  const nonEmpty = (name: string): boolean => (sets.get(name)?.members.length ?? 0) > 0;
  const comment = (name: string): string => `-m comment --comment "${sets.get(name)!.comment}"`;
  const references = new Map<string, number>();
  /** `-m set --match-set SET FLAGS`, counted: each rule that matches a set is one of its references. */
  const matchSet = (set: string, flags: string): string => {
    references.set(set, (references.get(set) ?? 0) + 1);
    return `-m set --match-set ${set} ${flags}`;
  };
  const nat = new Table(['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'], ['KUBE-LOAD-BALANCER', 'KUBE-MARK-MASQ', 'KUBE-NODE-PORT', 'KUBE-POSTROUTING', 'KUBE-SERVICES']);
  const filter = new Table(['INPUT', 'FORWARD', 'OUTPUT'],
    ['KUBE-FORWARD', 'KUBE-IPVS-FILTER', 'KUBE-IPVS-OUT-FILTER', 'KUBE-NODE-PORT', 'KUBE-PROXY-FIREWALL', 'KUBE-SOURCE-RANGES-FIREWALL']);
  const tables = { nat, filter };

  // The jumps from the built-in chains, prepended one by one: the last prepended is printed first.
  for (const [table, from, to, text] of [...JUMPS].reverse()) tables[table].add(from, `-m comment --comment "${text}" -j ${to}`);

  nat.add('KUBE-SERVICES', '-s 127.0.0.0/8 -j RETURN');
  for (const [set, table, from, to, match, proto] of SET_RULES) {
    if (nonEmpty(set)) tables[table].add(from, `${proto ? `-p ${proto} ` : ''}${comment(set)} ${matchSet(set, match)} -j ${to}`);
  }
  if (nonEmpty('KUBE-CLUSTER-IP')) {
    // The cluster-CIDR local detector: traffic to a ClusterIP from outside the Pod network is masqueraded.
    const src = opts.masqueradeAll ? '' : `! -s ${cluster.podCIDR} `;
    nat.add('KUBE-SERVICES', `${src}${comment('KUBE-CLUSTER-IP')} ${matchSet('KUBE-CLUSTER-IP', 'dst,dst')} -j KUBE-MARK-MASQ`);
  }
  const externalIPRules = (set: string) => {
    nat.add('KUBE-SERVICES', `${comment(set)} ${matchSet(set, 'dst,dst')} -m physdev ! --physdev-is-in -m addrtype ! --src-type LOCAL -j ACCEPT`);
    nat.add('KUBE-SERVICES', `${comment(set)} ${matchSet(set, 'dst,dst')} -m addrtype --dst-type LOCAL -j ACCEPT`);
  };
  if (nonEmpty('KUBE-EXTERNAL-IP')) {
    nat.add('KUBE-SERVICES', `${comment('KUBE-EXTERNAL-IP')} ${matchSet('KUBE-EXTERNAL-IP', 'dst,dst')} -j KUBE-MARK-MASQ`);
    externalIPRules('KUBE-EXTERNAL-IP');
  }
  if (nonEmpty('KUBE-EXTERNAL-IP-LOCAL')) externalIPRules('KUBE-EXTERNAL-IP-LOCAL');
  nat.add('KUBE-SERVICES', '-m addrtype --dst-type LOCAL -j KUBE-NODE-PORT');
  nat.add('KUBE-LOAD-BALANCER', '-j KUBE-MARK-MASQ');
  filter.add('KUBE-SOURCE-RANGES-FIREWALL', '-j DROP');
  for (const e of noNodeAccess) {
    filter.add('KUBE-IPVS-OUT-FILTER', `-s ${e.ip}/32 -m ipvs --vaddr ${e.ip}/32 --vproto ${e.protocol} --vport ${e.port} -j DROP`);
  }
  // acceptIPVSTraffic: the last rules of KUBE-SERVICES accept whatever is bound for a virtual server.
  for (const set of ['KUBE-CLUSTER-IP', 'KUBE-LOAD-BALANCER']) if (nonEmpty(set)) nat.add('KUBE-SERVICES', `${matchSet(set, 'dst,dst')} -j ACCEPT`);
  filter.add('KUBE-FORWARD', `-m comment --comment "kubernetes forwarding rules" -m mark --mark ${MARK}/${MARK} -j ACCEPT`);
  filter.add('KUBE-FORWARD', '-m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT');
  filter.add('KUBE-NODE-PORT', `${comment('KUBE-HEALTH-CHECK-NODE-PORT')} ${matchSet('KUBE-HEALTH-CHECK-NODE-PORT', 'dst')} -j ACCEPT`);
  for (const [set, match] of [['KUBE-LOAD-BALANCER', 'dst,dst'], ['KUBE-CLUSTER-IP', 'dst,dst'], ['KUBE-EXTERNAL-IP', 'dst,dst'], ['KUBE-EXTERNAL-IP-LOCAL', 'dst,dst'], ['KUBE-HEALTH-CHECK-NODE-PORT', 'dst']] as const) {
    filter.add('KUBE-IPVS-FILTER', `${matchSet(set, match)} -j RETURN`);
  }
  filter.add('KUBE-IPVS-FILTER', `-m conntrack --ctstate NEW ${matchSet('KUBE-IPVS-IPS', 'dst')} -j REJECT --reject-with icmp-port-unreachable`);
  nat.add('KUBE-POSTROUTING', `-m mark ! --mark ${MARK}/${MARK} -j RETURN`);
  // `--xor-mark M` and `--or-mark M` as the kernel keeps them: `--set-xmark 0x0/M` and `--set-xmark M/M`.
  nat.add('KUBE-POSTROUTING', `-j MARK --set-xmark 0x0/${MARK}`);
  nat.add('KUBE-POSTROUTING', `-m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE${opts.randomFully ?? true ? ' --random-fully' : ''}`);
  nat.add('KUBE-MARK-MASQ', `-j MARK --set-xmark ${MARK}/${MARK}`);

  const out: string[] = [];
  if (opts.table !== 'nat') filter.render('filter', out);
  if (opts.table !== 'filter') nat.render('nat', out);
  return { text: out.join('\n') + '\n', sets, references };
}
