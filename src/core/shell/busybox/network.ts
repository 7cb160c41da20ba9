// busybox's ip (addr, route), ping and nc in the Pod the shell runs in, printing what busybox 1.35/1.36 prints
// (networking/libiproute/ipaddress.c, iproute.c; networking/ping.c; networking/nc.c). The Pod's network is what
// the CNI reference "bridge" plugin (isGateway, host-local IPAM over the node's podCIDR) sets up: eth0, the veth
// end created in the Pod, with the Pod IP on the node's /24, the kernel's subnet route and a default route via the
// node's gateway address, the podCIDR's first one. Checked against the real busybox in network.golden.test.ts.
import { resolveForApplication } from '../../dns/search';
import type { Cluster, Pod } from '../../model/types';
import { cidrContains, formatIPv4, parseCIDR, parseIPv4 } from '../../util/ip';
import { findPod } from '../../model/pod-ref';
import { sendRequest } from '../../traffic/send';
import { clusterNow, lookupPath, trackConnection, trackLookup } from '../tracked';
import type { Trace } from '../../traffic/types';
import { hostsFile } from '../pod-files';
import { Output, usage, type Program, type ProgramContext } from '../program';
import { serverReply } from '../servers';

/** Linux gives up a connect after the SYN and 6 retransmissions (net.ipv4.tcp_syn_retries=6): 1+2+…+64 s. */
const KERNEL_CONNECT_TIMEOUT = 127;

const octets = (ip: string): number[] => ip.split('.').map(Number);
const isIPv4 = (s: string): boolean => parseIPv4(s) !== undefined;
const hex2 = (n: number): string => n.toString(16).padStart(2, '0');

/**
 * eth0's MAC: 0a:58 and the IPv4 address, as CNI's ip.SetHWAddrByIP gave Pod interfaces (a fixed rule keeps the
 * simulation deterministic where a runtime would pick a random address).
 */
export const podMac = (ip: string): string => ['0a', '58', ...octets(ip).map(hex2)].join(':');

/** The IPv6 link-local address the kernel derives from the MAC (EUI-64, addr_gen_mode eui64), as `ip` prints it. */
function linkLocal(mac: string): string {
  const b = mac.split(':').map((x) => parseInt(x, 16));
  const words = [(b[0]! ^ 2) << 8 | b[1]!, b[2]! << 8 | 0xff, 0xfe << 8 | b[3]!, b[4]! << 8 | b[5]!];
  return `fe80::${words.map((w) => w.toString(16)).join(':')}`;
}

interface PodNet { ip: string; prefix: number; network: string; broadcast: string; gateway: string }

function podNet(cluster: Cluster, pod: Pod): PodNet {
  const cidr = cluster.nodes.find((n) => n.name === pod.node)?.podCIDR ?? `${pod.ip.split('.').slice(0, 3).join('.')}.0/24`;
  const c = parseCIDR(cidr);
  const prefix = c?.prefix ?? 24;
  const n = c?.base ?? 0;
  const size = 2 ** (32 - prefix);
  return { ip: pod.ip, prefix, network: formatIPv4(n), broadcast: formatIPv4(n + size - 1), gateway: formatIPv4(n + 1) };
}

/**
 * The host end of the Pod's veth, as eth0's `@ifN`: an index in the node's namespace. It depends on how many
 * interfaces the node made before; the playground numbers them by the Pod's place on its node.
 */
function peerIndex(cluster: Cluster, pod: Pod): number {
  const onNode = cluster.pods.filter((p) => p.node === pod.node && p.ip && !p.system);
  return 4 + Math.max(0, onNode.findIndex((p) => p.namespace === pod.namespace && p.name === pod.name));
}

function ipAddr(ctx: ProgramContext): string {
  const net = podNet(ctx.cluster, ctx.pod);
  const mac = podMac(net.ip);
  return [
    '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue qlen 1000',
    '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
    '    inet 127.0.0.1/8 scope host lo',
    '       valid_lft forever preferred_lft forever',
    '    inet6 ::1/128 scope host ',
    '       valid_lft forever preferred_lft forever',
    `2: eth0@if${peerIndex(ctx.cluster, ctx.pod)}: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue qlen 1000`,
    `    link/ether ${mac} brd ff:ff:ff:ff:ff:ff`,
    `    inet ${net.ip}/${net.prefix} brd ${net.broadcast} scope global eth0`,
    '       valid_lft forever preferred_lft forever',
    `    inet6 ${linkLocal(mac)}/64 scope link `,
    '       valid_lft forever preferred_lft forever',
    '',
  ].join('\n');
}

function ipRoute(ctx: ProgramContext): string {
  const net = podNet(ctx.cluster, ctx.pod);
  return `default via ${net.gateway} dev eth0 \n${net.network}/${net.prefix} dev eth0 scope link  src ${net.ip} \n`;
}

// ip.c / ipaddress.c / iproute.c: the object may be abbreviated (`ip a`, `ip r`), `show`/`list`/`ls` is the
// default command; other objects and commands change the Pod's network, which an unprivileged Pod may not.
const ADDR = ['a', 'ad', 'add', 'addr', 'addre', 'addres', 'address'];
const ROUTE = ['r', 'ro', 'rou', 'rout', 'route'];
const SHOW = ['show', 'list', 'lst', 'sh', 'ls', 'l', 's'];
export const ip: Program = (ctx, args) => {
  const [object, command, ...rest] = args;
  const o = new Output();
  if (object === undefined || (command !== undefined && !SHOW.includes(command)) || rest.length) return usage('ip', 1);
  if (ADDR.includes(object)) o.out(ipAddr(ctx));
  else if (ROUTE.includes(object)) o.out(ipRoute(ctx));
  else return usage('ip', 1);
  return o.done(0);
};

/** What a name or address is to a program in the Pod: /etc/hosts first, then the C library's DNS search. */
function resolveHost(ctx: ProgramContext, host: string): string | undefined {
  if (isIPv4(host)) return host;
  for (const line of hostsFile(ctx.cluster, ctx.pod).split('\n')) {
    const [addr, ...names] = line.split(/\s+/);
    if (addr && isIPv4(addr) && names.includes(host)) return addr;
  }
  const res = resolveForApplication(ctx.cluster, host, ctx.pod);
  // The libc resolver's sockets, one per name of the search list it tried, stay in the node's conntrack table.
  const names = [...new Set(res.tried.map((t) => t.name))];
  const path = names[0] === undefined ? undefined : lookupPath(ctx.cluster, names[0]);
  if (path) trackLookup(ctx.cluster, ctx.session, path, names.length, clusterNow(ctx.cluster, ctx.session));
  return res.addresses.find(isIPv4);
}

/** What answers an ICMP echo to `ip` from the Pod, and the TTL the reply arrives with; undefined: nothing. */
type Echo = { ttl: number } | undefined;
function echoReply(ctx: ProgramContext, ip: string): Echo {
  const mode = ctx.session.proxyMode ?? 'iptables';
  if (ip === ctx.pod.ip || ip.startsWith('127.')) return { ttl: 64 };
  const target = ctx.cluster.pods.find((p) => p.ip === ip && p.phase === 'Running' && !p.terminating);
  // Same node: the bridge switches it (no router on the way). Another node: the Pod's node and the target's
  // node each route it once, and decrement the TTL the target's kernel set (64).
  if (target) return { ttl: target.node === ctx.pod.node ? 64 : 62 };
  if (ctx.cluster.nodes.some((n) => n.ip === ip || podNet(ctx.cluster, ctx.pod).gateway === ip)) return { ttl: 64 };
  const service = ctx.cluster.services.some((s) => s.clusterIP === ip);
  if (!service) return undefined;
  // A ClusterIP is no interface's address. iptables: kube-proxy's rules match only TCP, UDP and SCTP, so the echo
  // is routed on untouched and nobody answers. IPVS: the VIP is bound to kube-ipvs0, so the node's own kernel
  // answers. nftables: no service-ips element matches ICMP and cluster-ips-check rejects the packet; busybox ping
  // reads only echo replies from its socket, so it sees nothing either.
  return mode === 'ipvs' ? { ttl: 64 } : undefined;
}

export function inClusterRanges(cluster: Cluster, ip: string): boolean {
  const n = parseIPv4(ip);
  return n !== undefined && [cluster.serviceCIDR, cluster.podCIDR].some((c) => {
    const cidr = parseCIDR(c);
    return cidr !== undefined && cidrContains(cidr, n);
  });
}

/** busybox ping's default -W: "Seconds to wait for the first response (default 10)". */
const PING_WAIT = 10;
/** Without -c, ping runs until Ctrl+C; the shell stops it after this many echoes, as if the learner had. */
const PING_INTERRUPT_AFTER = 4;

// ping.c (FEATURE_FANCY_PING): -c CNT, -W SEC, -w SEC, -q; 56 data bytes, one echo a second.
export const ping: Program = (ctx, args) => {
  const o = new Output();
  let count: number | undefined;
  let wait = PING_WAIT;
  let quiet = false;
  let host: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (flag: string) => (a === flag ? args[++i] : a.slice(flag.length));
    if (a === '-q') quiet = true;
    else if (a.startsWith('-c')) count = Number(value('-c'));
    else if (a.startsWith('-W')) wait = Number(value('-W'));
    else if (a.startsWith('-w')) { const d = Number(value('-w')); count ??= Number.isFinite(d) ? Math.max(1, Math.floor(d)) : NaN; }
    else if (a.startsWith('-') || host !== undefined) return usage('ping', 1);
    else host = a;
  }
  if (host === undefined || (count !== undefined && !(Number.isInteger(count) && count > 0)) || !Number.isFinite(wait)) return usage('ping', 1);
  const ip = resolveHost(ctx, host);
  if (!ip) { o.err(`ping: bad address '${host}'\n`); return o.done(1); }
  const interrupted = count === undefined;
  const n = count ?? PING_INTERRUPT_AFTER;
  const echo = echoReply(ctx, ip);
  o.out(`PING ${host} (${ip}): 56 data bytes\n`);
  const received = echo ? n : 0;
  if (echo && !quiet) for (let s = 0; s < n; s++) o.out(`64 bytes from ${ip}: seq=${s} ttl=${echo.ttl} time=0.080 ms\n`);
  ctx.session.client.now += received ? n - 1 : n - 1 + wait;
  const loss = Math.round(((n - received) * 100) / n);
  o.out(`\n--- ${host} ping statistics ---\n${n} packets transmitted, ${received} packets received, ${loss}% packet loss\n`);
  if (received) o.out('round-trip min/avg/max = 0.080/0.080/0.080 ms\n');
  return o.done(received ? 0 : 1, interrupted ? { notes: [{ code: 'stopped-after', command: 'ping' }] } : {});
};

// nc.c (the small nc, NC_SERVER and NC_EXTRA: -w): connect to HOST PORT, then copy stdin to the socket and the
// socket to stdout. What a server says back after connecting is modelled only for the seed's MySQL greeting.
export const nc: Program = (ctx, args) => {
  const o = new Output();
  let timeout: number | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-w') timeout = Number(args[++i]);
    else if (a.startsWith('-w')) timeout = Number(a.slice(2));
    else if (a.startsWith('-') && a !== '-') return usage('nc', 1);
    else rest.push(a);
  }
  const [host, port] = rest;
  if (host === undefined || port === undefined || rest.length > 2 || (timeout !== undefined && !Number.isFinite(timeout))) return usage('nc', 1);
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) { o.err(`nc: bad port '${port}'\n`); return o.done(1); }
  const ip = resolveHost(ctx, host);
  if (!ip) { o.err(`nc: bad address '${host}'\n`); return o.done(1); }
  const at = clusterNow(ctx.cluster, ctx.session);
  const { trace, state } = sendRequest(ctx.cluster, {
    from: ctx.session.pod!, url: `http://${ip}:${port}/`, state: ctx.session.client,
    options: { dnsCache: false, keepAlive: false, interval: 0, ...(ctx.session.proxyMode ? { proxyMode: ctx.session.proxyMode } : {}) },
  });
  ctx.session.client = state;
  trackConnection(ctx.cluster, ctx.session, trace, at);
  const traces: Trace[] = [trace];
  // An address of the cluster's own ranges that nothing holds (an unallocated ClusterIP, a Pod IP no Pod has)
  // leaves by the node's default route, and nothing answers it: a connect that times out.
  const outcome = trace.outcome === 'external' && inClusterRanges(ctx.cluster, ip) ? 'timeout' : trace.outcome;
  switch (outcome) {
    case 'refused':
      o.err(`nc: can't connect to remote host (${ip}): Connection refused\n`);
      return o.done(1, { traces });
    case 'timeout':
      if (timeout !== undefined && timeout < KERNEL_CONNECT_TIMEOUT) {
        ctx.session.client.now += timeout;
        o.err('nc: timed out\n');
      } else {
        ctx.session.client.now += KERNEL_CONNECT_TIMEOUT;
        o.err(`nc: can't connect to remote host (${ip}): Connection timed out\n`);
      }
      return o.done(1, { traces });
    case 'delivered': {
      const pod = trace.pod ? findPod(ctx.cluster, trace.pod) : undefined;
      const reply = pod ? serverReply(pod, '/') : { kind: 'unknown' as const };
      return o.done(0, { traces, notes: [{ code: reply.kind === 'mysql-greeting' ? 'connected-mysql' : 'response-not-modelled', command: 'nc' }] });
    }
    default:
      return o.done(1, { traces, notes: [{ code: trace.outcome === 'external' ? 'left-cluster' : 'no-such-pod', command: 'nc' }] });
  }
};
