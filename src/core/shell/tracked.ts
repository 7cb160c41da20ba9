// The connections a shell's programs open, as the nodes' connection tracking keeps them: what `conntrack -L` on a
// node lists. busybox wget and nc close their connection when done, so the entry sits in TIME_WAIT for the
// kernel's nf_conntrack_tcp_timeout_time_wait (120 s) after the last packet; a connection still open would be
// ESTABLISHED for kube-proxy's --conntrack-tcp-timeout-established (24 h, the sysctl it sets on start).
import type { Cluster } from '../model/types';
import type { Trace } from '../traffic/types';
import type { ShellSession, TrackedConnection } from './types';

/** Seconds each state lasts after the last packet (nf_conntrack_proto_tcp.c tcp_timeouts; kube-proxy's conntrack config). */
export const CONNTRACK_TIMEOUT: Record<TrackedConnection['state'], number> = { TIME_WAIT: 120, ESTABLISHED: 86400 };

/** Seconds left before the kernel drops `c`, at cluster time `now` (conntrack -L's third column); ≤ 0: gone. */
export const secondsLeft = (c: TrackedConnection, now: number): number => CONNTRACK_TIMEOUT[c.state] - (now - c.at);

/**
 * Records the connection a delivered request made (a closed one: TIME_WAIT), dropping entries that ran out.
 * `at` is the request's cluster time (the cluster's clockSeconds plus the shell's clock).
 */
export function trackConnection(session: ShellSession, trace: Trace, at: number): void {
  if (trace.outcome !== 'delivered') return;
  let connect: TrackedConnection['orig'] | undefined;
  let entry: TrackedConnection | undefined;
  for (const h of trace.hops) {
    if (h.kind === 'connect') connect = { src: h.detail.src, sport: h.detail.sport, dst: h.detail.dst, dport: h.detail.dport };
    if (h.kind === 'deliver' && h.detail.keepAlive === undefined && connect) {
      const d = h.detail;
      const src = d.snat ?? connect.src;
      entry = {
        node: d.node, orig: connect, reply: { src: d.dst, sport: d.dport, dst: src, dport: connect.sport },
        ...(d.crossNode ? { podNode: d.podNode } : {}), state: 'TIME_WAIT', at,
      };
    }
  }
  const live = (session.tracked ?? []).filter((c) => secondsLeft(c, at) > 0);
  session.tracked = entry ? [...live, entry] : live;
}

/** The cluster time a shell's next request happens at. */
export const clusterNow = (cluster: Cluster, session: ShellSession): number => (cluster.clockSeconds ?? 0) + session.client.now;
