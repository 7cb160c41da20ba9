// nftablesRuleset: what `nft list ruleset` prints on a node for kube-proxy's `table ip kube-proxy` (nftables mode).
// The objects and rules are kube-proxy's (nftables-model.ts, after pkg/proxy/nftables/proxier.go); the text is the
// kernel's normal form as nft 1.0.6 (Debian bookworm) lists it, checked against the real program in
// testdata/golden/proxy and by nftables-kernel.test.ts: objects in creation order (sets and maps first, then
// chains), set elements sorted as nft's mergesort.c sorts them, kube-proxy's input rewritten the way nft prints it
// (`mark set mark or 0x4000` → `meta mark set meta mark | 0x00004000`, one-element anonymous sets unwrapped).
import { ipToInt } from './addr';
import { nftablesModel, type NftablesOptions, type NftElement, type NftRule, type NftRuleset, type NftVerdict } from './nftables-model';

export type { NftablesOptions } from './nftables-model';

const MARK = '0x00004000';

/** The fixed rules a packet's walk names (nftables-trace.ts), as nft lists them. */
export const NFT_RULES = {
  firewallJump: 'ct state new jump firewall-check',
  firewallCheck: 'ip daddr . meta l4proto . th dport vmap @firewall-ips',
  servicesJump: 'jump services',
  serviceIPs: 'ip daddr . meta l4proto . th dport vmap @service-ips',
  serviceNodePorts: 'ip daddr @nodeport-ips meta l4proto . th dport vmap @service-nodeports',
  nodePortEndpointsJump: 'ct state new jump nodeport-endpoints-check',
  nodePortEndpointsCheck: 'ip daddr @nodeport-ips meta l4proto . th dport vmap @no-endpoint-nodeports',
  serviceEndpointsJump: 'ct state new jump service-endpoints-check',
  serviceEndpointsCheck: 'ip daddr . meta l4proto . th dport vmap @no-endpoint-services',
  clusterIPsJump: 'ct state new jump cluster-ips-check',
  clusterIPsReject: 'ip daddr @cluster-ips reject comment "Reject traffic to invalid ports of ClusterIPs"',
  reject: 'reject',
  masquerade: 'masquerade fully-random',
} as const;

/** `ip daddr { <service CIDR> } drop comment …` as nft lists it. */
export const unallocatedDropRule = (serviceCIDR: string): string => `ip daddr ${anonymousSet([serviceCIDR])} drop comment "Drop traffic to unallocated ClusterIPs"`;

/** kube-proxy's fixed chains (setupNFTables), in the order its transaction creates them, with their rules. */
function fixedChains(rs: NftRuleset): Array<{ name: string; head?: string; rules: string[] }> {
  const nodePorts = rs.nodePortIPs.length > 0;
  return [
    // nftablesBaseChains: filter chains before DNAT (priority dstnat-10) and at filter priority, then nat.
    { name: 'filter-prerouting-pre-dnat', head: 'type filter hook prerouting priority dstnat - 10; policy accept;', rules: [NFT_RULES.firewallJump] },
    { name: 'filter-output-pre-dnat', head: 'type filter hook output priority -110; policy accept;', rules: [NFT_RULES.firewallJump] },
    { name: 'filter-input', head: 'type filter hook input priority filter; policy accept;',
      rules: [NFT_RULES.nodePortEndpointsJump, NFT_RULES.serviceEndpointsJump] },
    { name: 'filter-forward', head: 'type filter hook forward priority filter; policy accept;',
      rules: [NFT_RULES.serviceEndpointsJump, NFT_RULES.clusterIPsJump] },
    { name: 'filter-output', head: 'type filter hook output priority filter; policy accept;',
      rules: ['ct state new jump service-endpoints-check', 'ct state new jump cluster-ips-check'] },
    { name: 'nat-prerouting', head: 'type nat hook prerouting priority dstnat; policy accept;', rules: [NFT_RULES.servicesJump] },
    { name: 'nat-output', head: 'type nat hook output priority -100; policy accept;', rules: [NFT_RULES.servicesJump] },
    { name: 'nat-postrouting', head: 'type nat hook postrouting priority srcnat; policy accept;', rules: ['jump masquerading'] },
    // nftablesJumpChains' targets, then the other top-level chains.
    { name: 'nodeport-endpoints-check', rules: [nodePorts
      ? NFT_RULES.nodePortEndpointsCheck
      : 'ip daddr != 127.0.0.0/8 meta l4proto . th dport vmap @no-endpoint-nodeports'] },
    { name: 'service-endpoints-check', rules: [NFT_RULES.serviceEndpointsCheck] },
    { name: 'firewall-check', rules: [NFT_RULES.firewallCheck] },
    { name: 'services', rules: [NFT_RULES.serviceIPs, nodePorts
      ? NFT_RULES.serviceNodePorts
      : 'fib daddr type local ip daddr != 127.0.0.0/8 meta l4proto . th dport vmap @service-nodeports'] },
    { name: 'masquerading', rules: [`meta mark & ${MARK} == 0x00000000 return`, `meta mark set meta mark ^ ${MARK}`, NFT_RULES.masquerade] },
    { name: 'cluster-ips-check', rules: [
      NFT_RULES.clusterIPsReject,
      unallocatedDropRule(rs.serviceCIDR),
    ] },
    { name: 'mark-for-masquerade', rules: [`meta mark set meta mark | ${MARK}`] },
    { name: 'reject-chain', head: 'comment "helper for @no-endpoint-services / @no-endpoint-nodeports"', rules: [NFT_RULES.reject] },
  ];
}

/** nft prints a one-element anonymous set as the bare element, a longer one as `{ a, b }` (sorted by value). */
function anonymousSet(items: string[]): string {
  if (items.length === 1) return host(items[0]!);
  const sorted = [...items].sort((a, b) => ipToInt(a.split('/')[0]!) - ipToInt(b.split('/')[0]!));
  return `{ ${sorted.map(host).join(', ')} }`;
}
/** nft prints a /32 as the bare address. */
const host = (cidr: string): string => (cidr.endsWith('/32') ? cidr.slice(0, -3) : cidr);

export const verdictText = (v: NftVerdict): string => (v === 'drop' ? 'drop' : `goto ${v.goto}`);

/** One rule of a per-Service chain as `nft list` prints it. */
export function ruleText(r: NftRule): string {
  switch (r.k) {
    case 'masq-off-cluster':
      return r.podCIDR !== undefined
        ? `ip daddr ${r.vip} ip saddr != ${r.podCIDR} jump mark-for-masquerade`
        : `ip daddr ${r.vip} ${r.proto} dport ${r.port} jump mark-for-masquerade`;
    case 'affinity': return `ip saddr @${r.set} goto ${r.target}`;
    case 'numgen': return `numgen random mod ${r.targets.length} vmap { ${r.targets.map((t, i) => `${i} : goto ${t}`).join(', ')} }`;
    case 'hairpin': return `ip saddr ${r.ip} jump mark-for-masquerade`;
    case 'update': return `update @${r.set} { ip saddr }`;
    case 'dnat': return `meta l4proto ${r.proto} dnat to ${r.ip}:${r.port}`;
    case 'masq': return 'jump mark-for-masquerade';
    case 'goto': return `goto ${r.target}`;
    case 'pod-short-circuit': return `ip saddr ${r.podCIDR} goto ${r.target} comment "short-circuit pod traffic"`;
    case 'local-masq': return 'fib saddr type local jump mark-for-masquerade comment "masquerade local traffic"';
    case 'local-short-circuit': return `fib saddr type local goto ${r.target} comment "short-circuit local traffic"`;
    case 'source-ranges': return `ip saddr != ${anonymousSet(r.sources)} drop`;
  }
}

const PROTO_NUMBER: Record<string, number> = { tcp: 6, udp: 17, sctp: 132 };

/**
 * nft's mergesort.c orders a concatenation's elements by the key bytes (address, then the 1-byte protocol, then
 * the 2-byte port, each in network order) read back as one host-endian (little-endian) integer: the last byte is
 * the most significant. Returns those bytes most significant first, for a plain comparison.
 */
function concatSortKey(e: NftElement): number[] {
  const bytes: number[] = [];
  if (e.ip !== undefined) { const n = ipToInt(e.ip); bytes.push(n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255); }
  bytes.push(PROTO_NUMBER[e.proto]!, e.port >> 8, e.port & 255);
  return bytes.reverse();
}
function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

export function elementText(e: NftElement): string {
  const key = e.ip !== undefined ? `${e.ip} . ${e.proto} . ${e.port}` : `${e.proto} . ${e.port}`;
  return `${key}${e.comment !== undefined ? ` comment "${e.comment}"` : ''} : ${verdictText(e.verdict)}`;
}

// nft's calculate_delim: addresses two to a line, concatenations one to a line; continuation lines are indented
// with three tabs and five spaces.
const NEWLINE = ',\n\t\t\t     ';

function mapBlock(name: string, type: string, comment: string, elements: Iterable<NftElement>, out: string[]): void {
  const sorted = [...elements].map((e) => ({ e, k: concatSortKey(e) })).sort((a, b) => compareKeys(a.k, b.k));
  out.push(`\tmap ${name} {\n\t\ttype ${type}\n\t\tcomment "${comment}"\n`);
  if (sorted.length > 0) out.push(`\t\telements = { ${sorted.map((x) => elementText(x.e)).join(NEWLINE)} }\n`);
  out.push('\t}\n');
}

function ipSetBlock(name: string, comment: string, ips: Iterable<string>, out: string[]): void {
  const sorted = [...ips].sort((a, b) => ipToInt(a) - ipToInt(b));
  out.push(`\tset ${name} {\n\t\ttype ipv4_addr\n\t\tcomment "${comment}"\n`);
  if (sorted.length > 0) {
    let line = '';
    for (let i = 0; i < sorted.length; i++) line += (i === 0 ? '' : i % 2 === 0 ? NEWLINE : ', ') + sorted[i];
    out.push(`\t\telements = { ${line} }\n`);
  }
  out.push('\t}\n');
}

/** nft's time_print: `3h`, `1m30s`, `1d2h`. */
export function nftDuration(seconds: number): string {
  const d = Math.floor(seconds / 86400);
  const h = Math.floor((seconds % 86400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const out = `${d ? `${d}d` : ''}${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}`;
  return out === '' ? '0s' : out;
}

/** Print a table model as `nft list ruleset` does. */
export function formatNftRuleset(rs: NftRuleset): string {
  const blocks: string[][] = [];
  const block = (): string[] => { const b: string[] = []; blocks.push(b); return b; };
  // Sets and maps in creation order: setupNFTables' own, then the per-endpoint affinity sets.
  ipSetBlock('cluster-ips', 'Active ClusterIPs', rs.clusterIPs, block());
  if (rs.nodePortIPs.length > 0) ipSetBlock('nodeport-ips', 'IPs that accept NodePort traffic', rs.nodePortIPs, block());
  const ipType = 'ipv4_addr . inet_proto . inet_service : verdict';
  const portType = 'inet_proto . inet_service : verdict';
  mapBlock('no-endpoint-services', ipType, 'vmap to drop or reject packets to services with no endpoints', rs.noEndpointServices.values(), block());
  mapBlock('no-endpoint-nodeports', portType, 'vmap to drop or reject packets to service nodeports with no endpoints', rs.noEndpointNodePorts.values(), block());
  mapBlock('firewall-ips', ipType, 'destinations that are subject to LoadBalancerSourceRanges', rs.firewallIPs.values(), block());
  mapBlock('service-ips', ipType, 'ClusterIP, ExternalIP and LoadBalancer IP traffic', rs.serviceIPs.values(), block());
  mapBlock('service-nodeports', portType, 'NodePort traffic', rs.serviceNodePorts.values(), block());
  for (const s of rs.affinitySets.values()) {
    // The kernel gives a dynamic set without a size the default 65535, and nft lists it.
    block().push(`\tset ${s.name} {\n\t\ttype ipv4_addr\n\t\tsize 65535\n\t\tflags dynamic,timeout\n\t\ttimeout ${nftDuration(s.timeoutSeconds)}\n\t}\n`);
  }
  for (const c of fixedChains(rs)) {
    const b = block();
    b.push(`\tchain ${c.name} {\n`);
    if (c.head) b.push(`\t\t${c.head}\n`);
    for (const r of c.rules) b.push(`\t\t${r}\n`);
    b.push('\t}\n');
  }
  for (const c of rs.chains.values()) {
    const b = block();
    b.push(`\tchain ${c.name} {\n`);
    for (const r of c.rules) b.push(`\t\t${ruleText(r)}\n`);
    b.push('\t}\n');
  }
  return `table ip kube-proxy {\n\tcomment "rules for kube-proxy"\n${blocks.map((b) => b.join('')).join('\n')}}\n`;
}

/**
 * What `nft list ruleset` prints on a node for kube-proxy in nftables mode (its `table ip kube-proxy`).
 *
 * @example
 * nftablesRuleset(cluster, { node: 'node-2' })
 * // "table ip kube-proxy {\n\tcomment \"rules for kube-proxy\"\n\tset cluster-ips {\n…
 * //  \tchain service-ULMVA6XW-ns1/svc1/tcp/p80 {\n\t\tip daddr 172.30.0.41 ip saddr != 10.0.0.0/8 jump mark-for-masquerade\n
 * //  \t\tnumgen random mod 1 vmap { 0 : goto endpoint-5OJB2KTY-ns1/svc1/tcp/p80__10.180.0.1/80 }\n\t}\n…}\n"
 */
export function nftablesRuleset(cluster: Parameters<typeof nftablesModel>[0], opts: NftablesOptions = {}): string {
  return formatNftRuleset(nftablesModel(cluster, opts));
}
