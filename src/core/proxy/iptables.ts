// iptablesSave: what `iptables-save` prints on a node for the rules kube-proxy (iptables mode) wrote.
// The rule shapes follow kubernetes/kubernetes pkg/proxy/iptables/proxier.go syncProxyRules and
// writeServiceToEndpointRules; they are rendered directly in the kernel's normal form, the rewrite of the
// payload that iptables-save prints (checked against real
// iptables 1.8.9 output in testdata/golden/proxy and by kernel.test.ts).
import type { Cluster } from '../model/types';
import { savedProbability } from './chains';
import { cidrContains } from './addr';
import { categorizeEndpoints, proxyServicePorts, type ProxyServicePort } from './service-ports';

export interface IptablesSaveOptions {
  /** The node whose rules to print (matters for Local traffic policies). Default: the first node. */
  node?: string;
  /**
   * kube-proxy adds nfacct matches only when it could create the kernel counters (it can on current nodes).
   * Default true. Without them: the INVALID drop has no nfacct match and the localhost NodePort rule is not written.
   */
  nfacct?: boolean;
  /** `MASQUERADE --random-fully` when the iptables binary supports it (it does on current nodes). Default true. */
  randomFully?: boolean;
  /** --masquerade-all. Default false. */
  masqueradeAll?: boolean;
  /**
   * proxier.go largeClusterMode: with more than 1000 endpoints kube-proxy leaves the comments off the
   * KUBE-SEP and SVC→SEP rules. Default 'auto' (decided by the endpoint count, as kube-proxy does).
   */
  largeClusterMode?: boolean | 'auto';
  /**
   * `iptables-save -t nat` / `-t filter`: print only that table, as the real command does with `-t`. Default: both
   * tables (what plain `iptables-save` prints of kube-proxy's rules; the rule tracer reads this form).
   */
  table?: 'nat' | 'filter';
}

/** proxier.go: largeClusterEndpointsThreshold. */
export const LARGE_CLUSTER_ENDPOINTS_THRESHOLD = 1000;

const MARK = '0x4000';

// The jump rules kube-proxy installs outside its restore payload (proxier.go iptablesJumpChains), in the
// order iptables-save prints them after kube-proxy's prepends (kube-proxy.md §2.1, §9).
const FILTER_BUILTIN = [
  '-A INPUT -j KUBE-FIREWALL',
  '-A INPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL',
  '-A INPUT -m comment --comment "kubernetes health check service ports" -j KUBE-NODEPORTS',
  '-A INPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes externally-visible service portals" -j KUBE-EXTERNAL-SERVICES',
  '-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL',
  '-A FORWARD -m comment --comment "kubernetes forwarding rules" -j KUBE-FORWARD',
  '-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
  '-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes externally-visible service portals" -j KUBE-EXTERNAL-SERVICES',
  '-A OUTPUT -j KUBE-FIREWALL',
  '-A OUTPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL',
  '-A OUTPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
];
const NAT_BUILTIN = [
  '-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
  '-A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
  '-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING',
];

export class Table {
  private readonly rules = new Map<string, string[]>();
  constructor(private readonly builtins: string[], chains: string[]) {
    for (const c of [...builtins, ...chains]) this.rules.set(c, []);
  }
  chain(name: string): void {
    if (!this.rules.has(name)) this.rules.set(name, []);
  }
  add(chain: string, rest: string): void {
    let list = this.rules.get(chain);
    if (!list) { list = []; this.rules.set(chain, list); }
    list.push(rest === '' ? `-A ${chain}` : `-A ${chain} ${rest}`);
  }
  addLine(line: string): void {
    const chain = line.split(' ', 2)[1]!;
    this.rules.get(chain)!.push(line);
  }
  /** iptables-save layout: built-in chains with policy, user chains sorted bytewise, rules grouped by chain. */
  render(name: string, out: string[]): void {
    out.push(`*${name}`);
    const user = [...this.rules.keys()].filter((c) => !this.builtins.includes(c)).sort();
    for (const b of this.builtins) out.push(`:${b} ACCEPT [0:0]`);
    for (const c of user) out.push(`:${c} - [0:0]`);
    for (const c of [...this.builtins, ...user]) for (const r of this.rules.get(c)!) out.push(r);
    out.push('COMMIT');
  }
}

const host = (ip: string): string => (ip.includes('/') ? ip : `${ip}/32`);

/**
 * The `iptables-save` text of the nat and filter tables on one node, as kube-proxy in iptables mode leaves them;
 * with `table`, only that table, as `iptables-save -t nat` (or `-t filter`) prints it.
 *
 * @example
 * iptablesSave(cluster, { node: 'node-2' })
 * // "*filter\n:INPUT ACCEPT [0:0]\n…\n-A KUBE-SVC-… -m comment --comment \"default/web-service -> 10.244.1.7:80\"
 * //  -m statistic --mode random --probability 0.33333333349 -j KUBE-SEP-…\n…COMMIT\n"
 */
export function iptablesSave(cluster: Cluster, opts: IptablesSaveOptions = {}): string {
  const node = opts.node ?? cluster.nodes[0]?.name;
  const nfacct = opts.nfacct ?? true;
  const randomFully = opts.randomFully ?? true;
  const ports = proxyServicePorts(cluster);
  const nodeIP = cluster.nodes.find((n) => n.name === node)?.ip;
  let large = opts.largeClusterMode ?? 'auto';
  if (large === 'auto') {
    let total = 0;
    for (const sp of ports) total += sp.endpoints.length;
    large = total > LARGE_CLUSTER_ENDPOINTS_THRESHOLD;
  }
  // proxier.go appendServiceCommentLocked: no comment on SEP and SVC→SEP rules in large-cluster mode.
  const comment = (text: string): string => (large ? '' : `-m comment --comment "${text}" `);
  const podCIDR = cluster.podCIDR;

  const filter = new Table(['INPUT', 'FORWARD', 'OUTPUT'],
    ['KUBE-EXTERNAL-SERVICES', 'KUBE-FIREWALL', 'KUBE-FORWARD', 'KUBE-NODEPORTS', 'KUBE-PROXY-FIREWALL', 'KUBE-SERVICES']);
  const nat = new Table(['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'], ['KUBE-MARK-MASQ', 'KUBE-NODEPORTS', 'KUBE-POSTROUTING', 'KUBE-SERVICES']);
  for (const l of FILTER_BUILTIN) filter.addLine(l);
  for (const l of NAT_BUILTIN) nat.addLine(l);

  filter.add('KUBE-FIREWALL', '! -s 127.0.0.0/8 -d 127.0.0.0/8 -m comment --comment "block incoming localnet connections" -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP');
  filter.add('KUBE-FORWARD', nfacct
    ? '-m conntrack --ctstate INVALID -m nfacct --nfacct-name  ct_state_invalid_dropped_pkts -j DROP'
    : '-m conntrack --ctstate INVALID -j DROP');
  filter.add('KUBE-FORWARD', `-m comment --comment "kubernetes forwarding rules" -m mark --mark ${MARK}/${MARK} -j ACCEPT`);
  filter.add('KUBE-FORWARD', '-m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT');

  nat.add('KUBE-MARK-MASQ', `-j MARK --set-xmark ${MARK}/${MARK}`);
  nat.add('KUBE-POSTROUTING', `-m mark ! --mark ${MARK}/${MARK} -j RETURN`);
  nat.add('KUBE-POSTROUTING', `-j MARK --set-xmark ${MARK}/0x0`);
  nat.add('KUBE-POSTROUTING', `-m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE${randomFully ? ' --random-fully' : ''}`);

  for (const sp of ports) writeServicePort(sp, node, { nat, filter, comment, podCIDR, nfacct, masqueradeAll: opts.masqueradeAll ?? false, nodeIP });

  nat.add('KUBE-SERVICES', '-m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS');

  const out: string[] = [];
  if (opts.table !== 'nat') filter.render('filter', out);
  if (opts.table !== 'filter') nat.render('nat', out);
  return out.join('\n') + '\n';
}

interface Writer {
  nat: Table;
  filter: Table;
  comment: (text: string) => string;
  podCIDR: string;
  nfacct: boolean;
  masqueradeAll: boolean;
  nodeIP: string | undefined;
}

/** One pass of syncProxyRules' loop body for a service port (proxier.go). */
function writeServicePort(sp: ProxyServicePort, node: string | undefined, w: Writer): void {
  const { nat, filter } = w;
  const { name, protocol: p } = sp;
  const vip = sp.service.clusterIP;
  const port = sp.port.port;
  const eps = categorizeEndpoints(sp, node);
  const usesClusterChain = eps.cluster.length > 0 && (!sp.internalPolicyLocal || sp.externallyAccessible);
  const usesLocalChain = eps.local.length > 0 && (sp.internalPolicyLocal || (sp.externalPolicyLocal && sp.externallyAccessible));
  const hasEndpoints = eps.hasAny;
  const internalChain = sp.internalPolicyLocal ? sp.svlChain : sp.svcChain;
  const hasInternal = hasEndpoints && (!sp.internalPolicyLocal || eps.local.length > 0);
  const externalPolicyChain = sp.externalPolicyLocal ? sp.svlChain : sp.svcChain;
  const hasExternal = hasEndpoints && (!sp.externalPolicyLocal || eps.local.length > 0);
  const usesExtChain = hasEndpoints && sp.externallyAccessible;
  const sourceRanges = sp.service.loadBalancerSourceRanges ?? [];
  const usesFwChain = hasEndpoints && sp.loadBalancerIPs.length > 0 && sourceRanges.length > 0;
  const lbChain = usesFwChain ? sp.fwChain : sp.extChain;

  let internalTarget = '';
  let internalComment = '';
  let externalTarget = '';
  let externalComment = '';
  if (!hasEndpoints) {
    internalTarget = externalTarget = 'REJECT --reject-with icmp-port-unreachable';
    internalComment = externalComment = `${name} has no endpoints`;
  } else {
    if (!hasInternal) { internalTarget = 'DROP'; internalComment = `${name} has no local endpoints`; }
    if (!hasExternal) { externalTarget = 'DROP'; externalComment = `${name} has no local endpoints`; }
  }
  const dport = `-m ${p} --dport`;

  // Capture the clusterIP.
  if (hasInternal) nat.add('KUBE-SERVICES', `-d ${host(vip)} -p ${p} -m comment --comment "${name} cluster IP" ${dport} ${port} -j ${internalChain}`);
  else filter.add('KUBE-SERVICES', `-d ${host(vip)} -p ${p} -m comment --comment "${internalComment}" ${dport} ${port} -j ${internalTarget}`);

  // Capture externalIPs.
  for (const ip of sp.service.externalIPs) {
    if (hasEndpoints) nat.add('KUBE-SERVICES', `-d ${host(ip)} -p ${p} -m comment --comment "${name} external IP" ${dport} ${port} -j ${sp.extChain}`);
    if (!hasExternal) filter.add('KUBE-EXTERNAL-SERVICES', `-d ${host(ip)} -p ${p} -m comment --comment "${externalComment}" ${dport} ${port} -j ${externalTarget}`);
  }
  // Capture load-balancer ingress.
  for (const ip of sp.loadBalancerIPs) {
    if (hasEndpoints) nat.add('KUBE-SERVICES', `-d ${host(ip)} -p ${p} -m comment --comment "${name} loadbalancer IP" ${dport} ${port} -j ${lbChain}`);
    if (usesFwChain) filter.add('KUBE-PROXY-FIREWALL', `-d ${host(ip)} -p ${p} -m comment --comment "${name} traffic not accepted by ${sp.fwChain}" ${dport} ${port} -j DROP`);
  }
  if (!hasExternal) {
    for (const ip of sp.loadBalancerIPs) filter.add('KUBE-EXTERNAL-SERVICES', `-d ${host(ip)} -p ${p} -m comment --comment "${externalComment}" ${dport} ${port} -j ${externalTarget}`);
  }
  // Capture nodeports.
  if (sp.nodePort !== 0) {
    if (hasEndpoints) {
      // The 127.0.0.0/8 rule only counts localhost NodePort traffic in its nfacct counter, so kube-proxy writes it
      // only when the counter exists (inferred from proxier.go; observed with counters in the captures).
      if (w.nfacct) nat.add('KUBE-NODEPORTS', `-d 127.0.0.0/8 -p ${p} -m comment --comment "${name}" ${dport} ${sp.nodePort} -m nfacct --nfacct-name  localhost_nps_accepted_pkts -j ${sp.extChain}`);
      nat.add('KUBE-NODEPORTS', `-p ${p} -m comment --comment "${name}" ${dport} ${sp.nodePort} -j ${sp.extChain}`);
    }
    if (!hasExternal) filter.add('KUBE-EXTERNAL-SERVICES', `-p ${p} -m comment --comment "${externalComment}" -m addrtype --dst-type LOCAL ${dport} ${sp.nodePort} -j ${externalTarget}`);
  }
  // Capture healthCheckNodePorts.
  if (sp.service.healthCheckNodePort && sp.externalPolicyLocal && sp.service.type === 'LoadBalancer') {
    filter.add('KUBE-NODEPORTS', `-p tcp -m comment --comment "${name} health check node port" -m tcp --dport ${sp.service.healthCheckNodePort} -j ACCEPT`);
  }

  // Internal traffic: masquerade off-cluster sources (proxier.go: localDetector.IfNotLocal()).
  if (hasInternal) {
    const src = w.masqueradeAll ? '' : `! -s ${w.podCIDR} `;
    nat.add(internalChain, `${src}-d ${host(vip)} -p ${p} -m comment --comment "${name} cluster IP" ${dport} ${port} -j KUBE-MARK-MASQ`);
  }

  // External traffic chain.
  if (usesExtChain) {
    nat.chain(sp.extChain);
    if (!sp.externalPolicyLocal) {
      nat.add(sp.extChain, `-m comment --comment "masquerade traffic for ${name} external destinations" -j KUBE-MARK-MASQ`);
    } else {
      nat.add(sp.extChain, `-s ${w.podCIDR} -m comment --comment "pod traffic for ${name} external destinations" -j ${sp.svcChain}`);
      nat.add(sp.extChain, `-m comment --comment "masquerade LOCAL traffic for ${name} external destinations" -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ`);
      nat.add(sp.extChain, `-m comment --comment "route LOCAL traffic for ${name} external destinations" -m addrtype --src-type LOCAL -j ${sp.svcChain}`);
    }
    if (hasExternal) nat.add(sp.extChain, `-j ${externalPolicyChain}`);
  }

  // Firewall chain for loadBalancerSourceRanges; what falls off its end is dropped by KUBE-PROXY-FIREWALL.
  if (usesFwChain) {
    nat.chain(sp.fwChain);
    const nodeIP = w.nodeIP;
    let allowFromNode = false;
    for (const cidr of sourceRanges) {
      nat.add(sp.fwChain, `-s ${host(cidr)} -m comment --comment "${name} loadbalancer IP" -j ${sp.extChain}`);
      if (nodeIP && cidrContains(cidr, nodeIP)) allowFromNode = true;
    }
    if (allowFromNode) {
      for (const ip of sp.loadBalancerIPs) nat.add(sp.fwChain, `-s ${host(ip)} -m comment --comment "${name} loadbalancer IP" -j ${sp.extChain}`);
    }
    nat.add(sp.fwChain, `-m comment --comment "other traffic to ${name} will be dropped by KUBE-PROXY-FIREWALL"`);
  }

  if (usesClusterChain) writeServiceToEndpointRules(sp, sp.svcChain, eps.cluster, w);
  if (usesLocalChain) writeServiceToEndpointRules(sp, sp.svlChain, eps.local, w);

  // Per-endpoint chains.
  const affinity = sp.service.sessionAffinity === 'ClientIP';
  for (const ep of eps.reachable) {
    nat.add(ep.sepChain, `-s ${host(ep.ip)} ${w.comment(name)}-j KUBE-MARK-MASQ`);
    const recent = affinity ? `-m recent --set --name ${ep.sepChain} --mask 255.255.255.255 --rsource ` : '';
    nat.add(ep.sepChain, `-p ${p} ${w.comment(name)}${recent}-m ${p} -j DNAT --to-destination ${ep.endpoint}`);
  }
}

/** proxier.go writeServiceToEndpointRules: affinity checks first, then the chain of probabilities. */
function writeServiceToEndpointRules(sp: ProxyServicePort, chain: string, endpoints: ProxyServicePort['endpoints'], w: Writer): void {
  const { nat } = w;
  nat.chain(chain);
  if (sp.service.sessionAffinity === 'ClientIP') {
    const seconds = sp.service.sessionAffinityTimeoutSeconds ?? 10800;
    for (const ep of endpoints) {
      nat.add(chain, `${w.comment(`${sp.name} -> ${ep.endpoint}`)}-m recent --rcheck --seconds ${seconds} --reap --name ${ep.sepChain} --mask 255.255.255.255 --rsource -j ${ep.sepChain}`);
    }
  }
  const n = endpoints.length;
  endpoints.forEach((ep, i) => {
    const stat = i < n - 1 ? `-m statistic --mode random --probability ${savedProbability(n - i)} ` : '';
    nat.add(chain, `${w.comment(`${sp.name} -> ${ep.endpoint}`)}${stat}-j ${ep.sepChain}`);
  });
}
