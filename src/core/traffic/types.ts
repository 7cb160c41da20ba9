// Shapes of a simulated request and what persists between requests. Everything is plain data (it crosses the
// worker boundary). Explanations are codes and values; the UI words them.
import type { RngState } from '../util/rng';
import type { DnsQueryType, DnsRecord, DnsWhy, Rcode } from '../dns/types';
import type { IpvsVirtualServer } from '../proxy/ipvs';
import type { NftStep } from '../proxy/nftables-trace';
import type { RecentLists, RuleTrace, TraceStep } from '../proxy/trace';
import type { AppResolution } from './dns';
import type { ClientKind } from './client-kind';

export type HeadlessStrategy = 'first' | 'random' | 'round-robin';
export type ProxyMode = 'iptables' | 'nftables' | 'ipvs';

export interface RequestOptions {
  /**
   * The program that sends (client-kind.ts): 'busybox-wget' has no DNS cache and no kept-alive connection
   * whatever the options below say; 'app' caches and keeps alive by default. Absent: the options as given.
   */
  client?: ClientKind;
  /** Reuse an open connection to the same host:port (HTTP keep-alive, gRPC). Default false. */
  keepAlive?: boolean;
  /** Seconds an idle kept-alive connection stays open (Go net/http IdleConnTimeout is 90 s). Default 90. */
  keepAliveIdleSeconds?: number;
  /** How the client picks among several A records. Default 'first'. */
  headlessStrategy?: HeadlessStrategy;
  /** Cache DNS answers for their TTL, as a caching client (JVM, nscd, a sidecar) does. Default true. */
  dnsCache?: boolean;
  /** Simulated seconds between this request and the next (the client's own clock; the cluster's advanceClock actions add to it). Default 1. */
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
  /** The client's own clock, seconds: the next request happens at this time plus the cluster's clockSeconds. */
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
  /** Connections IPVS scheduled, per virtual server and per real server (proxy/ipvs.ts ipvsConnKey): `ipvsadm --stats`. */
  ipvsConns: Record<string, number>;
}

/** Why a request ended as it did: codes for the UI. */
export type ReasonCode =
  | 'delivered'
  | 'no-endpoints-reject'
  | 'no-local-endpoints-drop'
  | 'no-local-real-server-reject'
  | 'port-not-exposed'
  | 'no-listener'
  | 'address-gone'
  | 'nxdomain'
  | 'externalname-cname'
  | 'dns-unreachable'
  | 'no-such-client'
  | 'bad-url'
  | 'vip-unreachable-from-outside'
  | 'cluster-ip-unallocated'
  | 'dropped';

/** What the node's kernel did with the packet after its rules: the tracer's verdict. */
export type RulesVerdict = RuleTrace['verdict'];

/**
 * What the rules on the node that handled the packet did: kube-proxy wrote them, the kernel applied them at
 * PREROUTING. `rules` are the steps the tracer walked (iptables mode), `nftRules` the rules of kube-proxy's nftables
 * table the packet met (nftables mode), `chains` the Service chains it entered.
 */
export interface RulesApplied {
  node: string;
  mode: ProxyMode;
  writtenBy: 'kube-proxy';
  appliedBy: 'kernel';
  hook: 'PREROUTING';
  rulesModel: 'kube-proxy-iptables-1.28+' | 'kube-proxy-nftables' | 'kube-proxy-ipvs';
  rules?: TraceStep[];
  nftRules?: NftStep[];
  chains?: string[];
}

/** The answer came from the client's own DNS cache, within its TTL. */
export interface DnsCacheHitDetail {
  name: string;
  addresses: string[];
  /** Seconds until the cached answer expires. */
  expiresIn: number;
  ttl: number;
  finalName: string;
}

/** A DNS query as stub resolvers send it: UDP to the kube-dns VIP, one name per search-list step. */
export interface DnsQueryBase {
  /** `10.96.0.10:53`. */
  server: string;
  /** Graph id of the kube-dns Service, when it exists. */
  service?: string;
  protocol: 'udp';
  node?: string;
}

/** The client node's rules sent the query to a CoreDNS Pod. */
export interface DnsQuerySent extends DnsQueryBase {
  queries: Array<{ name: string; type: DnsQueryType }>;
  dnat: { endpoint: string; pod?: string; choice?: 'affinity' | 'random' | 'last'; rules: TraceStep[] };
}

/** The client node's rules did not send the query anywhere (no CoreDNS endpoint): it is lost. */
export interface DnsQueryLost extends DnsQueryBase {
  queries: AppResolution['tried'];
  rules: TraceStep[];
  verdict: RulesVerdict;
}

export type DnsQueryDetail = DnsQuerySent | DnsQueryLost;

/** CoreDNS's answer (the kubernetes plugin's records, in the order `loadbalance` gave them). */
export interface DnsAnswered {
  rcode: Rcode;
  tried: AppResolution['tried'];
  finalName: string;
  why: DnsWhy;
  /** The object that answered, `Service/default/web-service`, `Pod/default/mysql-0`. */
  object?: string;
  records: DnsRecord[];
  addresses: string[];
  ttl: number;
  shuffled: boolean;
  cached: boolean;
}

/** A client outside the cluster asks the world's DNS, which knows no cluster names. */
export interface DnsNotPublic {
  name: string;
  rcode: 'NXDOMAIN';
  why: 'cluster-names-not-public';
}

export type DnsAnswerDetail = DnsAnswered | DnsNotPublic;

/** Several A records (a headless Service): the client itself picks one, as its library does. */
export interface ClientPickDetail {
  strategy: HeadlessStrategy;
  /** Common clients that pick this way (codes the UI words). */
  clients: string[];
  addresses: string[];
  index: number;
  chosen: string;
}

/** The client opens a TCP connection: the first packet, before any rule rewrites it. */
export interface ConnectDetail {
  src: string;
  sport: number;
  dst: string;
  dport: number;
  protocol: 'tcp';
  /** The node whose kernel the packet enters first. */
  node: string;
  /**
   * Graph id of what owns `dst`: a Service (its virtual IP: the rules on `node` were written from it, the packet
   * never goes to it), a Pod, a node's rules (its address), or `external`.
   */
  addressOwner: string;
}

/** Rules rewrote the destination to an endpoint: iptables DNAT (`dnat`) or an IPVS virtual server (`ipvs`). */
export interface DnatDetail extends RulesApplied {
  /** `10.244.1.7:80`. */
  endpoint: string;
  /** `namespace/name` of the endpoint's Pod. */
  pod?: string;
  /** KUBE-SEP-… (iptables) or endpoint-… (nftables): the chain that DNATed. */
  sepChain?: string;
  choice?: 'affinity' | 'random' | 'last';
  /** nftables mode: `numgen random mod N`'s N and the index it drew. */
  numgen?: { mod: number; value: number };
  masquerade: boolean;
  virtualServer?: {
    protocol: IpvsVirtualServer['protocol'];
    address: string;
    port: number;
    scheduler: IpvsVirtualServer['scheduler'];
    persistent?: number;
    realServers: string[];
  };
}

/** A kept-alive connection: conntrack already knows where it goes, no rule is evaluated. */
export interface ConntrackHitDetail {
  node: string;
  entry?: ConntrackEntry;
  reused: true;
}

/**
 * A packet to another node's IP (its NodePort): the client's node has no rule for that address, so it routes
 * the packet on unchanged; the rules on the node that owns the address handle it (the next hop).
 */
export interface ForwardDetail {
  dst: string;
  dport: number;
  /** The node whose rules let the packet pass (the client's). */
  fromNode: string;
  /** The node that owns `dst` and applies its rules next. */
  toNode: string;
  /** The rules walked on `fromNode` (none matched the packet). */
  rules: TraceStep[];
}

/** A fresh connection reaches the Pod. */
export interface DeliveredDetail {
  dst: string;
  dport: number;
  podNode: string;
  /** The node whose rules handled the packet. */
  node: string;
  crossNode: boolean;
  dnat: boolean;
  /** The source address the Pod sees (the node's, when masqueraded). */
  source: string;
  snat?: string;
  ready: boolean;
  /** The Pod declares no container ports: anything is assumed to listen. */
  assumedListening: boolean;
  keepAlive?: undefined;
}

/** A request over a kept-alive connection reaches the Pod conntrack pinned it to. */
export interface DeliveredKeptAliveDetail {
  dst: string;
  dport: number;
  /** The Pod's node. */
  node: string;
  crossNode: boolean;
  keepAlive: true;
}

export type DeliverDetail = DeliveredDetail | DeliveredKeptAliveDetail;

/** The rules REJECT the packet (filter table): ICMP port unreachable, the client sees connection refused. */
export interface RejectDetail extends RulesApplied {
  reason: Extract<ReasonCode, 'no-endpoints-reject' | 'no-local-real-server-reject' | 'port-not-exposed'>;
  /** The REJECT rule as iptables-save prints it, or the nftables map element that sent it to reject (absent in IPVS mode). */
  decidedBy?: string;
  table: 'filter';
  icmp: 'port-unreachable';
}

/** A kept-alive connection cannot be used any more; the client opens a new one. */
export interface ConnectionResetDetail {
  reason: 'endpoint-gone' | 'idle-closed';
  connection: OpenConnection;
}

/** Nothing listens on a node's address and port: the node's kernel answers with a TCP reset. */
export interface NodeResetDetail extends RulesApplied {
  reason: 'no-listener';
  dst: string;
  dport: number;
}

/** The Pod does not listen on the port: its kernel answers with a TCP reset. */
export interface PodResetDetail {
  reason: 'no-listener';
  dst: string;
  dport: number;
  /** The container ports the Pod declares. */
  declared: number[];
}

export type ResetDetail = ConnectionResetDetail | NodeResetDetail | PodResetDetail;

/** No CoreDNS endpoint is reachable: the query gets no answer. */
export interface DnsTimeoutDetail {
  reason: 'dns-unreachable';
}

/** From outside the cluster, a Service's virtual IP belongs to no node: nothing answers. */
export interface OutsideTimeoutDetail {
  reason: 'vip-unreachable-from-outside';
  dst: string;
  dport: number;
}

/** The node's rules dropped the packet. */
export interface DroppedDetail extends RulesApplied {
  reason: Extract<ReasonCode, 'no-local-endpoints-drop' | 'cluster-ip-unallocated' | 'dropped'>;
  /** The DROP rule as iptables-save prints it, or the nftables rule or map element that dropped it. */
  decidedBy?: string;
}

/** No rule for this port of the Service's virtual IP: the packet is routed on unchanged and nobody answers. */
export interface PortNotExposedDetail extends RulesApplied {
  reason: 'port-not-exposed';
  dport: number;
  exposed: Array<{ port: number; protocol: string }>;
}

/** No Pod has the address any more (a stale DNS answer or connection): the packet goes nowhere. */
export interface AddressGoneDetail extends RulesApplied {
  reason: 'address-gone';
  dst: string;
  dport: number;
}

export type TimeoutDetail = DnsTimeoutDetail | OutsideTimeoutDetail | DroppedDetail | PortNotExposedDetail | AddressGoneDetail;

/** ExternalName: the answer is a CNAME to a name outside the cluster. */
export interface CnameLeaveDetail {
  cname: string;
  reason: 'externalname-cname';
}

/** The destination is outside the cluster's networks. */
export interface AddressLeaveDetail {
  dst: string;
  dport: number;
  reason?: undefined;
}

export type LeaveClusterDetail = CnameLeaveDetail | AddressLeaveDetail;

/** Each hop kind and its detail. */
export interface HopDetails {
  'dns-cache-hit': DnsCacheHitDetail;
  'dns-query': DnsQueryDetail;
  'dns-answer': DnsAnswerDetail;
  'client-pick': ClientPickDetail;
  connect: ConnectDetail;
  dnat: DnatDetail;
  ipvs: DnatDetail;
  'conntrack-hit': ConntrackHitDetail;
  forward: ForwardDetail;
  deliver: DeliverDetail;
  reject: RejectDetail;
  reset: ResetDetail;
  timeout: TimeoutDetail;
  'leave-cluster': LeaveClusterDetail;
}

export type HopKind = keyof HopDetails;

/** One step of a request: `kind` says which, and `detail` has that kind's shape. */
export type Hop<K extends HopKind = HopKind> = {
  [P in K]: {
    kind: P;
    /**
     * Where the packet is when the hop starts and ends, as graph ids: `pod:ns/name`, `node-rules:node-N`,
     * `coredns:ns/pod`, `external`. Never a Service: a virtual IP is a destination the rules rewrite, not a place.
     */
    from: string;
    to: string;
    detail: HopDetails[P];
  };
}[K];

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
