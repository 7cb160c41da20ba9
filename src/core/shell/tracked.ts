// The flows a shell's programs make, as the nodes' connection tracking keeps them: what `conntrack -L` on a node
// lists. busybox wget and nc close their connection when done, so the entry sits in TIME_WAIT for the kernel's
// nf_conntrack_tcp_timeout_time_wait (120 s) after the last packet; a connection still open would be
// ESTABLISHED for kube-proxy's --conntrack-tcp-timeout-established (24 h, the sysctl it sets on start).
// A DNS lookup is a UDP flow from the resolver's socket to the kube-dns VIP: nf_conntrack_proto_udp.c keeps it
// for nf_conntrack_udp_timeout (30 s) after its last packet, answered or not; only a flow still busy both ways
// after 2 s becomes a stream (120 s, [ASSURED]), which a lookup, over within milliseconds, never is. A libc
// resolver (getaddrinfo) opens a new socket for each name of the search list it tries, so each is a flow of its
// own; busybox nslookup asks every question from one socket, one flow (both seen with the real programs).
import { queryCoreDns } from '../dns/coredns';
import { findPod } from '../model/pod-ref';
import type { Cluster, Pod } from '../model/types';
import type { Trace } from '../traffic/types';
import { fnv1a } from '../util/hash';
import type { ShellSession, TrackedConnection } from './types';

/** Seconds each TCP state lasts after the last packet (nf_conntrack_proto_tcp.c tcp_timeouts; kube-proxy's conntrack config). */
export const CONNTRACK_TIMEOUT: Record<Extract<TrackedConnection, { protocol: 'tcp' }>['state'], number> = { TIME_WAIT: 120, ESTABLISHED: 86400 };
/** nf_conntrack_udp_timeout: a UDP flow that is not (yet) a stream. */
export const UDP_TIMEOUT = 30;

/** Seconds left before the kernel drops `c`, at cluster time `now` (conntrack -L's third column); ≤ 0: gone. */
export const secondsLeft = (c: TrackedConnection, now: number): number =>
  (c.protocol === 'tcp' ? CONNTRACK_TIMEOUT[c.state] : UDP_TIMEOUT) - (now - c.at);

// The kernel binds a resolver's socket to a random port of ip_local_port_range (32768–60999); here a hash of the
// client, the time and how many flows came before, so a replayed session gets the same ports.
const FIRST_PORT = 32768;
const PORTS = 60999 - FIRST_PORT + 1;
const resolverPort = (client: string, at: number, n: number): number => FIRST_PORT + (fnv1a(`${client}|${at}|${n}`) % PORTS);

/** Keeps the entries still alive at `at` and adds `entries` after them. */
function record(session: ShellSession, entries: TrackedConnection[], at: number): void {
  const live = (session.tracked ?? []).filter((c) => secondsLeft(c, at) > 0);
  session.tracked = [...live, ...entries];
}

/** Where a lookup's questions went: `dst` as the client addressed it, `server` the CoreDNS Pod that took them. */
export interface LookupPath { dst: string; server: Pod }

/**
 * Where a lookup of `name` sent to `server` (the kube-dns VIP, or a CoreDNS Pod's own address) went, or undefined
 * when no CoreDNS Pod took it. The CoreDNS Pod is the one the simulated CoreDNS says answers the name.
 */
export function lookupPath(cluster: Cluster, name: string, server: string = cluster.dnsServiceIP): LookupPath | undefined {
  const direct = cluster.pods.find((p) => p.system && p.ip === server && p.phase === 'Running');
  if (direct) return { dst: server, server: direct };
  if (server !== cluster.dnsServiceIP) return undefined;
  const pod = queryCoreDns(cluster, name, 'A').server.pod;
  const taken = pod === undefined ? undefined : findPod(cluster, pod);
  return taken && { dst: server, server: taken };
}

/**
 * Records the UDP flows of a DNS lookup the shell's Pod made: `sockets` of them (one per search-list name a libc
 * resolver tried; one for busybox nslookup), each DNATed on the client's node when `dst` is the VIP.
 */
export function trackLookup(cluster: Cluster, session: ShellSession, path: LookupPath, sockets: number, at: number): void {
  const client = session.pod ? findPod(cluster, session.pod) : undefined;
  if (!client?.ip) return;
  const base = session.tracked?.length ?? 0;
  const entries: TrackedConnection[] = [];
  for (let i = 0; i < sockets; i++) {
    const sport = resolverPort(client.ip, at, base + i);
    entries.push({
      protocol: 'udp', node: client.node, at,
      orig: { src: client.ip, sport, dst: path.dst, dport: 53 },
      reply: { src: path.server.ip, sport: 53, dst: client.ip, dport: sport },
      ...(path.server.node !== client.node ? { podNode: path.server.node } : {}),
    });
  }
  record(session, entries, at);
}

/**
 * Records what a request made: its DNS lookup's flows when it asked the kube-dns VIP and a CoreDNS Pod took the
 * questions, and the connection when it was delivered (a closed one: TIME_WAIT). `at` is the request's cluster
 * time (the cluster's clockSeconds plus the shell's clock).
 */
export function trackConnection(cluster: Cluster, session: ShellSession, trace: Trace, at: number): void {
  let connect: TrackedConnection['orig'] | undefined;
  let entry: TrackedConnection | undefined;
  for (const h of trace.hops) {
    if (h.kind === 'dns-query' && 'dnat' in h.detail && h.detail.dnat.pod !== undefined) {
      const server = findPod(cluster, h.detail.dnat.pod);
      const names = new Set(h.detail.queries.map((q) => q.name)).size;
      if (server) trackLookup(cluster, session, { dst: h.detail.server.replace(/:\d+$/, ''), server }, names, at);
    }
    if (h.kind === 'connect') connect = { src: h.detail.src, sport: h.detail.sport, dst: h.detail.dst, dport: h.detail.dport };
    if (h.kind === 'deliver' && h.detail.keepAlive === undefined && connect && trace.outcome === 'delivered') {
      const d = h.detail;
      const src = d.snat ?? connect.src;
      entry = {
        protocol: 'tcp', node: d.node, orig: connect, reply: { src: d.dst, sport: d.dport, dst: src, dport: connect.sport },
        ...(d.crossNode ? { podNode: d.podNode } : {}), state: 'TIME_WAIT', at,
      };
    }
  }
  record(session, entry ? [entry] : [], at);
}

/** The cluster time a shell's next request happens at. */
export const clusterNow = (cluster: Cluster, session: ShellSession): number => (cluster.clockSeconds ?? 0) + session.client.now;
