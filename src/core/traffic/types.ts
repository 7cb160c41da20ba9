// Shapes of a simulated request and what persists between requests. Everything is plain data (it crosses the
// worker boundary). Explanations are codes and values; the UI words them.
import type { RngState } from '../util/rng';
import type { RecentLists, TraceStep } from '../proxy/trace';

export type HeadlessStrategy = 'first' | 'random' | 'round-robin';
export type ProxyMode = 'iptables' | 'ipvs';

export interface RequestOptions {
  /** Reuse an open connection to the same host:port (HTTP keep-alive, gRPC). Default false. */
  keepAlive?: boolean;
  /** Seconds an idle kept-alive connection stays open (Go net/http IdleConnTimeout is 90 s). Default 90. */
  keepAliveIdleSeconds?: number;
  /** How the client picks among several A records. Default 'first'. */
  headlessStrategy?: HeadlessStrategy;
  /** Cache DNS answers for their TTL, as a caching client (JVM, nscd, a sidecar) does. Default true. */
  dnsCache?: boolean;
  /** Simulated seconds between this request and the next. Default 1. */
  interval?: number;
  /** Which rules the client's node runs. Default 'iptables'. */
  proxyMode?: ProxyMode;
}

export interface SendRequest {
  /** `namespace/pod`, a bare Pod name (namespace default), `external` (a client outside the cluster, 203.0.113.10) or `external:<IPv4>`. */
  from: string;
  /** `http://web-service/`, `web-service:80`, `mysql-0.mysql-headless:3306`, `http://172.18.0.3:30080/`. */
  url: string;
  /** Start a fresh random stream; without it the stream continues from `state`. */
  seed?: number;
  state?: ClientState;
  options?: RequestOptions;
}

export interface DnsCacheEntry {
  addresses: string[];
  /** Seconds on the simulated clock when the entry expires. */
  expires: number;
  rcode: string;
  finalName: string;
  cname?: string;
  ttl: number;
}

export interface OpenConnection {
  /** Where the client connected (the VIP or Pod IP) and where conntrack sends it. */
  dst: string;
  dport: number;
  endpoint: string;
  endpointPort: number;
  pod?: string;
  node: string;
  opened: number;
  lastUsed: number;
  sport: number;
}

export interface ConntrackEntry {
  node: string;
  proto: 'tcp';
  /** ORIGINAL direction (what the client sent) and REPLY direction (what the endpoint answers to), as conntrack -L shows. */
  orig: { src: string; sport: number; dst: string; dport: number };
  reply: { src: string; sport: number; dst: string; dport: number };
  dnat: boolean;
  state: 'ESTABLISHED';
}

export interface ClientState {
  /** Simulated clock, seconds. The next request happens at this time. */
  now: number;
  /** Random stream, continued between requests. */
  rng?: RngState;
  /** key `client|name`. */
  dnsCache: Record<string, DnsCacheEntry>;
  /** Kept-alive connections, key `client|host:port`. */
  connections: Record<string, OpenConnection>;
  /** Conntrack entries of the open connections, same keys. Closed (fresh) connections are not kept. */
  conntrack: Record<string, ConntrackEntry>;
  /** xt_recent lists per node (sessionAffinity ClientIP). */
  recent: Record<string, RecentLists>;
  /** Next index per `client|name` for the round-robin headless strategy. */
  roundRobin: Record<string, number>;
  /** Next ephemeral source port. */
  nextPort: number;
  /** IPVS rr position per `node|PROTO|vip:port` (kernel state on that node). */
  ipvsNext: Record<string, number>;
  /** IPVS persistence templates per `node|PROTO|vip:port|clientIP` (ClientIP affinity in IPVS mode). */
  ipvsPersist: Record<string, { endpoint: string; last: number }>;
}

export type HopKind =
  | 'dns-cache-hit' | 'dns-query' | 'dns-answer' | 'client-pick' | 'connect' | 'dnat' | 'ipvs'
  | 'conntrack-hit' | 'forward' | 'deliver' | 'reject' | 'reset' | 'timeout' | 'snat' | 'leave-cluster';

export interface Hop {
  kind: HopKind;
  /** Graph ids: `pod:ns/name`, `svc:ns/name`, `node-rules:node-N`, `dns:kube-dns`, `coredns:ns/pod`, `external`. */
  from: string;
  to: string;
  detail: HopDetail;
}

/** Why a request ended as it did: codes for the UI. */
export type ReasonCode =
  | 'delivered'
  | 'no-endpoints-reject'
  | 'no-local-endpoints-drop'
  | 'port-not-exposed'
  | 'no-listener'
  | 'address-gone'
  | 'nxdomain'
  | 'externalname-cname'
  | 'dns-unreachable'
  | 'no-such-client'
  | 'bad-url'
  | 'vip-unreachable-from-outside'
  | 'dropped';

export interface HopDetail {
  [k: string]: unknown;
}

export interface Trace {
  hops: Hop[];
  outcome: 'delivered' | 'refused' | 'nxdomain' | 'timeout' | 'external' | 'invalid';
  /** `namespace/name` of the Pod that received the request. */
  pod?: string;
  reason: ReasonCode;
  /** What busybox wget prints for this outcome, verbatim (real program output). */
  programOutput?: string;
  /** The node whose kernel applied the rules. */
  node?: string;
}

export interface SendResult {
  trace: Trace;
  state: ClientState;
}

export interface RuleWalk {
  node: string;
  table: 'nat';
  hook: 'PREROUTING' | 'OUTPUT';
  steps: TraceStep[];
}
