// What a request would meet before it is sent: whether the client Pod exists, whether the target parses, what
// the name is (a Service, one Pod) and which ports a connection to it can reach. The send bar says it beside the
// Send button, and says it again after a refused or timed-out request, so a wrong port is never a silent failure.
import type { Cluster, Pod, Service } from '../model/types';
import { clusterResolver } from './dns';
import { IPV4, parseUrl } from './run';
import { worldOf } from './world';

/** The object a target names and the TCP ports a connection to it can reach. */
export interface TargetPorts {
  kind: 'service' | 'pod';
  namespace: string;
  name: string;
  /** A headless Service: its name gives the Pods' own addresses, so the Pods' ports are what a client reaches. */
  headless: boolean;
  /**
   * The ports that answer: a ClusterIP Service's `port`s; for a headless Service or a Pod, the container ports the
   * Pods declare (what they listen on). Sorted, without repeats. Empty: nothing declared (assumed to listen).
   */
  ports: number[];
  /** A headless Service's own `port`s, when they differ from what its Pods declare. */
  servicePorts?: number[];
}

export type RequestCheck =
  /** The client Pod does not exist (deleted, or a link names one the YAML lacks), or has no address yet. */
  | { status: 'no-client'; client: string; pending: boolean }
  | { status: 'no-target' }
  | { status: 'bad-url' }
  /** The name resolves to nothing from the client (the request ends in NXDOMAIN: `wget: bad address`). */
  | { status: 'unknown-name'; host: string }
  /** Nothing answers on `port`: a ClusterIP Service without that port times out, a Pod without it refuses. */
  | { status: 'wrong-port'; port: number; target: TargetPorts }
  | { status: 'ok'; port: number; target?: TargetPorts };

const sortedUnique = (ports: number[]): number[] => [...new Set(ports)].sort((a, b) => a - b);
const tcpServicePorts = (s: Service): number[] => sortedUnique(s.ports.filter((p) => p.protocol === 'TCP').map((p) => p.port));
const tcpPodPorts = (pods: readonly Pod[]): number[] =>
  sortedUnique(pods.flatMap((p) => p.containerPorts.filter((c) => c.protocol === 'TCP').map((c) => c.containerPort)));

function serviceTarget(s: Service, behind: readonly Pod[]): TargetPorts {
  const base = { kind: 'service' as const, namespace: s.namespace, name: s.name, headless: s.headless };
  if (!s.headless) return { ...base, ports: tcpServicePorts(s) };
  const declared = behind.length > 0 ? tcpPodPorts(behind) : [];
  const own = tcpServicePorts(s);
  // No Pod declares a port (or none is behind it yet): the Service's own ports are the best word for it.
  const ports = declared.length > 0 ? declared : own;
  const sameAsOwn = own.length === ports.length && own.every((p, i) => p === ports[i]);
  return sameAsOwn || own.length === 0 ? { ...base, ports } : { ...base, ports, servicePorts: own };
}

const podTarget = (p: Pod): TargetPorts => ({ kind: 'pod', namespace: p.namespace, name: p.name, headless: false, ports: tcpPodPorts([p]) });

/** Which object `host` names from the client, and the Pods behind the answer. */
function targetOf(cluster: Cluster, host: string, clientId: string): TargetPorts | 'unknown' | undefined {
  const w = worldOf(cluster);
  const bare = host.replace(/\.$/, '');
  if (IPV4.test(bare)) {
    const s = w.serviceByVIP.get(bare);
    if (s) return serviceTarget(s, []);
    const p = w.podByIP.get(bare);
    return p ? podTarget(p) : undefined;
  }
  const r = clusterResolver.resolve(cluster, host, clientId);
  if (!r.ok || r.addresses.length === 0) return r.cname !== undefined ? undefined : 'unknown';
  const [kind, namespace, name] = (r.object ?? '').split('/');
  if (kind === 'Pod') {
    const p = w.podByName.get(`${namespace}/${name}`);
    return p ? podTarget(p) : undefined;
  }
  if (kind === 'Service') {
    const s = cluster.services.find((x) => x.namespace === namespace && x.name === name);
    const behind = r.addresses.map((ip) => w.podByIP.get(ip)).filter((p): p is Pod => p !== undefined);
    return s ? serviceTarget(s, behind) : undefined;
  }
  return undefined;
}

/**
 * What a request from `from` to `url` would meet, worked out without sending it.
 * @example
 * checkRequest(cluster, { from: 'default/test', url: 'mysql-headless' });
 * // { status: 'wrong-port', port: 80, target: { kind: 'service', name: 'mysql-headless', headless: true, ports: [3306], … } }
 */
export function checkRequest(cluster: Cluster, req: { from: string; url: string }): RequestCheck {
  const key = req.from.includes('/') ? req.from : `default/${req.from}`;
  const client = worldOf(cluster).podByName.get(key);
  if (!client || !client.ip || client.terminating) return { status: 'no-client', client: key, pending: client !== undefined && !client.terminating };
  if (req.url.trim() === '') return { status: 'no-target' };
  const url = parseUrl(req.url);
  if (!url) return { status: 'bad-url' };
  const target = targetOf(cluster, url.host, key);
  if (target === 'unknown') return { status: 'unknown-name', host: url.host.replace(/\.$/, '') };
  if (target && target.ports.length > 0 && !target.ports.includes(url.port)) return { status: 'wrong-port', port: url.port, target };
  return target ? { status: 'ok', port: url.port, target } : { status: 'ok', port: url.port };
}
