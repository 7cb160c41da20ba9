// `conntrack -L` on a node: the flows the playground's shells made through that node, in conntrack-tools 1.4.7's
// default format (checked against the real program in conntrack.golden.test.ts): protocol name in 8 columns, its
// number, the seconds left, the TCP state (UDP has none), the ORIGINAL then REPLY tuple (a flow no answer came back
// to would have [UNREPLIED] between them; every lookup here is answered), [ASSURED] (a TCP connection seen both ways; a UDP flow only once it is a stream, which a
// DNS lookup never becomes), mark and use. The summary line goes to stderr. The kernel lists entries in hash order;
// ours come in the order they were made.
import type { TrackedConnection } from '../types';
import { secondsLeft } from '../tracked';

export const CONNTRACK_VERSION = 'conntrack v1.4.7 (conntrack-tools)';

type Tuple = TrackedConnection['orig'];
const tuple = (t: Tuple): string => `src=${t.src} dst=${t.dst} sport=${t.sport} dport=${t.dport}`;

export type ConntrackRow = Pick<TrackedConnection, 'orig' | 'reply'> & { flow: TrackedConnection; left: number };

/**
 * The rows `node`'s table holds at cluster time `now`: the node whose rules handled a connection keeps it with
 * its DNAT (orig to the VIP, reply from the endpoint); the endpoint's node, when the packet crossed to it, keeps it
 * as it arrived there (already translated).
 */
export function conntrackRows(connections: readonly TrackedConnection[], node: string, now: number): ConntrackRow[] {
  const rows: ConntrackRow[] = [];
  for (const c of connections) {
    // The kernel shows the seconds left rounded down, and a moment has always passed since the last packet.
    const left = secondsLeft(c, now) - 1;
    if (left < 0) continue;
    if (c.node === node) rows.push({ orig: c.orig, reply: c.reply, flow: c, left });
    else if (c.podNode === node) {
      rows.push({ orig: { src: c.reply.dst, sport: c.reply.dport, dst: c.reply.src, dport: c.reply.sport }, reply: c.reply, flow: c, left });
    }
  }
  return rows;
}

/** conntrack_print (conntrack-tools src/conntrack.c, libnetfilter_conntrack snprintf default). */
export function formatConntrackRow(r: ConntrackRow): string {
  const f = r.flow;
  if (f.protocol === 'tcp') return `${'tcp'.padEnd(8)} 6 ${r.left} ${f.state} ${tuple(r.orig)} ${tuple(r.reply)} [ASSURED] mark=0 use=1\n`;
  return `${'udp'.padEnd(8)} 17 ${r.left} ${tuple(r.orig)} ${tuple(r.reply)} mark=0 use=1\n`;
}

export const conntrackSummary = (n: number): string => `${CONNTRACK_VERSION}: ${n} flow entries have been shown.\n`;
