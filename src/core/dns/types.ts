// Shapes of the DNS simulation's answers. Records are zone-file-like values (coredns/coredns
// plugin/kubernetes/handler_test.go writes its expectations the same way).

export type DnsType = 'A' | 'AAAA' | 'SRV' | 'PTR' | 'CNAME' | 'TXT' | 'SOA' | 'NS';
export type DnsQueryType = 'A' | 'AAAA' | 'SRV' | 'PTR' | 'CNAME' | 'TXT';
export type Rcode = 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL';

export interface DnsRecord {
  /** FQDN with trailing dot, as the question spelled it for answers to it. */
  name: string;
  type: DnsType;
  ttl: number;
  /** A/AAAA: the address; SRV: `priority weight port target.`; PTR/CNAME: `target.`; TXT: the text;
   * SOA: `mname. rname. serial refresh retry expire minimum`. */
  data: string;
}

export interface DnsQuery {
  name: string;
  type: DnsQueryType;
  /** `namespace/name`: apply that Pod's resolv.conf (search list, ndots:5) like the C library does. */
  fromPod?: string;
  /** Like fromPod, for a Pod in this namespace. */
  fromNamespace?: string;
}

/** Why an answer is what it is: stable codes the UI translates (never sentences). */
export type DnsWhy =
  | 'clusterip-vip'
  | 'clusterip-no-endpoints-still-vip'
  | 'headless-ready-endpoints'
  | 'headless-not-ready-published'
  | 'headless-no-ready-endpoints'
  | 'endpoint-hostname'
  | 'endpoint-dashed-ip'
  | 'endpoint-name-on-clusterip'
  | 'no-such-endpoint'
  /** The label is the name of a Pod behind the Service, but its endpoint has no hostname: the Pod's
   * spec.hostname/spec.subdomain (a StatefulSet's serviceName) do not name this Service. Seed Q4. */
  | 'pod-hostname-not-for-this-service'
  | 'srv-clusterip'
  | 'srv-headless'
  | 'srv-no-such-port'
  | 'externalname-cname'
  | 'pod-insecure'
  | 'pod-name-not-an-ip'
  | 'ptr-service'
  | 'ptr-endpoint'
  | 'ptr-unknown-forwarded'
  | 'no-such-service'
  | 'no-such-namespace'
  | 'not-svc-or-pod'
  | 'too-many-labels'
  | 'apex-nodata'
  | 'type-nodata'
  | 'dns-version'
  | 'outside-cluster-forwarded';

export interface DnsAnswer {
  rcode: Rcode;
  answers: DnsRecord[];
  additionals: DnsRecord[];
  /** The SOA CoreDNS puts in the AUTHORITY section of NXDOMAIN and NODATA answers. */
  authority?: DnsRecord[];
  /** Authoritative answer flag: CoreDNS sets it on every cluster answer (handler.go, backend_lookup.go BackendError). */
  aa: boolean;
  /** Recursion available: CoreDNS's kubernetes plugin never sets it; a forwarded reply has it. */
  ra: boolean;
  /** The names asked, in order (one for an absolute name; several through a search list). */
  tried: string[];
  /** Why the answer is what it is. */
  why: DnsWhy;
  /** The object that answered, when one did: `Service/ns/name`, `Pod/ns/name`. */
  object?: string;
  /** The reply came from the `forward` plugin (a name outside the cluster zones): contents are not modelled. */
  forwarded?: boolean;
  /** Which CoreDNS Pod behind the kube-dns Service answered (deterministic from the seed). */
  server: { ip: string; port: number; pod?: string };
}

export interface ResolveOptions {
  /** Seed for `loadbalance`'s shuffle; the same seed gives the same order. Default 0. */
  seed?: number;
  /** SOA serial (real CoreDNS: Unix time of the last Kubernetes change). Default 1700000000. */
  soaSerial?: number;
  /** The `ttl` of the kubernetes plugin block. Default 30 (kubeadm); the plugin's own default is 5. */
  ttl?: number;
  /** Answers the pretend upstream (`forward . /etc/resolv.conf`) gives, by lower-case FQDN. */
  upstream?: Record<string, { A?: string[]; AAAA?: string[] }>;
  /** false: keep the kubernetes plugin's order (no `loadbalance`), as a server without it would. Default true. */
  shuffle?: boolean;
}

/** The final answer of a resolveDns call: one DNS reply plus the search-path trail. */
export type DnsResult = DnsAnswer;
