// ClientState: created empty, copied before a request changes it (callers keep their old state).
import type { ClientState } from './types';

/** The first ephemeral port Linux hands out (net.ipv4.ip_local_port_range starts at 32768). */
export const FIRST_EPHEMERAL_PORT = 32768;

export function initialClientState(): ClientState {
  return { now: 0, dnsCache: {}, connections: {}, conntrack: {}, recent: {}, roundRobin: {}, nextPort: FIRST_EPHEMERAL_PORT, ipvsNext: {}, ipvsPersist: {}, ipvsConns: {} };
}

export function cloneClientState(s: ClientState): ClientState {
  const recent: ClientState['recent'] = {};
  for (const [node, lists] of Object.entries(s.recent)) {
    const copy: Record<string, Record<string, number>> = {};
    for (const [name, list] of Object.entries(lists)) copy[name] = { ...list };
    recent[node] = copy;
  }
  return {
    now: s.now,
    ...(s.rng ? { rng: { ...s.rng } } : {}),
    dnsCache: { ...s.dnsCache },
    connections: { ...s.connections },
    conntrack: { ...s.conntrack },
    recent,
    roundRobin: { ...s.roundRobin },
    nextPort: s.nextPort,
    ipvsNext: { ...s.ipvsNext },
    ipvsPersist: { ...s.ipvsPersist },
    ipvsConns: { ...s.ipvsConns },
  };
}
