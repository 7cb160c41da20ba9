// What the sending client remembers at the simulated time of its next request: its cached DNS answers and its
// kept-alive connections (core ClientState), with how long each has left. Pure, for the clock's display.
import type { ClientState, Cluster } from '../../core';

/** Go net/http Transport's IdleConnTimeout, the core's default keepAliveIdleSeconds. */
export const KEEP_ALIVE_IDLE_SECONDS = 90;

export interface CachedAnswer { name: string; addresses: string[]; expiresIn: number }
export interface KeptConnection { target: string; pod: string; idle: number }

/** A node's sessionAffinity memory of this client: kube-proxy's `-m recent` lists (kernel state, not the client's). */
export interface AffinitySeen { node: string; ago: number }

export interface ClientMemory {
  /** Seconds on the simulated clock when the next request goes out. */
  now: number;
  answers: CachedAnswer[];
  connections: KeptConnection[];
  affinity: AffinitySeen[];
}

export function clientMemory(state: ClientState | undefined, cluster: Cluster | null, client: string): ClientMemory {
  const now = (state?.now ?? 0) + (cluster?.clockSeconds ?? 0);
  const prefix = `${client.includes('/') ? client : `default/${client}`}|`;
  const answers: CachedAnswer[] = [];
  const connections: KeptConnection[] = [];
  for (const [key, e] of Object.entries(state?.dnsCache ?? {})) {
    if (key.startsWith(prefix)) answers.push({ name: key.slice(prefix.length), addresses: e.addresses, expiresIn: e.expires - now });
  }
  for (const [key, c] of Object.entries(state?.connections ?? {})) {
    if (key.startsWith(prefix)) connections.push({ target: key.slice(prefix.length), pod: c.pod ?? c.endpoint, idle: now - c.lastUsed });
  }
  const ip = cluster?.pods.find((p) => `${p.namespace}/${p.name}` === prefix.slice(0, -1))?.ip;
  const affinity: AffinitySeen[] = [];
  for (const [node, lists] of Object.entries(state?.recent ?? {})) {
    let last: number | undefined;
    for (const list of Object.values(lists)) {
      const seen = ip ? list[ip] : undefined;
      if (seen !== undefined && (last === undefined || seen > last)) last = seen;
    }
    if (last !== undefined) affinity.push({ node, ago: now - last });
  }
  return { now, answers, connections, affinity };
}

/** `3:00:31` for 10831 s: the clock as a learner reads it. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
