// The parsed request and the engine's working set, shared by sendRequest, sendRequests and the node's kernel step.
import { cidrContains, ipToInt } from '../proxy/addr';
import type { Pod } from '../model/types';
import type { RngState } from '../util/rng';
import type { AppResolver } from './dns';
import type { ClientState, Hop, SendRequest } from './types';
import type { World } from './world';

/** An address for "a client outside the cluster" (TEST-NET-3, never a cluster address). */
export const EXTERNAL_CLIENT_IP = '203.0.113.10';

export interface ParsedUrl { host: string; port: number; scheme: string }

export function parseUrl(url: string): ParsedUrl | undefined {
  const m = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?([^/:?#\s]+)(?::(\d{1,5}))?(?:[/?#].*)?$/.exec(url.trim());
  if (!m) return undefined;
  const scheme = (m[1] ?? 'http').toLowerCase();
  const port = m[3] !== undefined ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  if (port < 1 || port > 65535) return undefined;
  return { host: m[2]!.toLowerCase(), port, scheme };
}

export const IPV4 = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
export interface Client { id: string; graphId: string; ip: string; node?: string; namespace: string; pod?: Pod }

/** Engine input shared by sendRequest and sendRequests. `hops` null: fast path, no trace. */
export interface Run {
  world: World;
  state: ClientState;
  rng: RngState;
  hops: Hop[] | null;
  resolver: AppResolver;
  /** The request parsed once (sendRequests sends the same request many times). */
  prepared?: Prepared;
}

export interface Prepared {
  req: SendRequest;
  client: Client | undefined;
  url: ParsedUrl | undefined;
  /** The host without a trailing dot (for addresses and messages). */
  host: string;
  /** The name as written, trailing dot included: an absolute name skips the search list. */
  name: string;
  isIP: boolean;
  connKey: string;
  cacheKey: string;
  /** The client's address as a number, and whether it is inside the pod CIDR (the fast path's domain). */
  srcInt: number;
  fromPod: boolean;
}

export function prepare(run: Run, req: SendRequest): Prepared {
  if (run.prepared?.req === req) return run.prepared;
  const c = client(run.world, req.from);
  const url = parseUrl(req.url);
  const host = url ? url.host.replace(/\.$/, '') : '';
  const p: Prepared = {
    req, client: c, url, host, name: url?.host ?? '', isIP: IPV4.test(host),
    connKey: `${c?.id ?? ''}|${url?.host ?? ''}:${url?.port ?? 0}`, cacheKey: `${c?.id ?? ''}|${host}`,
    srcInt: c ? ipToInt(c.ip) : -1, fromPod: c !== undefined && cidrContains(run.world.cluster.podCIDR, c.ip),
  };
  run.prepared = p;
  return p;
}

export const podId = (p: Pod): string => `pod:${p.namespace}/${p.name}`;
export const svcId = (ns: string, name: string): string => `svc:${ns}/${name}`;
export const rulesId = (node: string): string => `node-rules:${node}`;

export function client(w: World, from: string): Client | undefined {
  if (from === 'external') return { id: 'external', graphId: 'external', ip: EXTERNAL_CLIENT_IP, namespace: 'default' };
  // `external:198.51.100.7`: an outside client with that address (loadBalancerSourceRanges, affinity per client IP).
  if (from.startsWith('external:') && IPV4.test(from.slice(9))) return { id: from, graphId: 'external', ip: from.slice(9), namespace: 'default' };
  const key = from.includes('/') ? from : `default/${from}`;
  const pod = w.podByName.get(key);
  if (!pod || !pod.ip || !pod.node) return undefined;
  return { id: key, graphId: podId(pod), ip: pod.ip, node: pod.node, namespace: pod.namespace, pod };
}

/** Graph id of whatever owns an address. */
export function ownerId(w: World, ip: string): string {
  const s = w.serviceByIP.get(ip);
  if (s) return svcId(s.namespace, s.name);
  const p = w.podByIP.get(ip);
  if (p) return podId(p);
  const n = w.nodeByIP.get(ip);
  if (n) return rulesId(n.name);
  return 'external';
}
