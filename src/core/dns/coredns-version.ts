// Which CoreDNS behaviour the simulation models, for the UI to state.
//
// Sources: coredns/coredns plugin/kubernetes (kubernetes.go findServices/findPods/endpointHostname,
// parse.go parseRequest, reverse.go serviceRecordForIP, handler.go ServeDNS), plugin/backend_lookup.go
// (A, SRV, PTR, SOA, BackendError), plugin/loadbalance (randomShuffle/roundRobin) as of v1.14.7; the
// Corefile is kubeadm's (kubernetes/kubernetes cmd/kubeadm/app/phases/addons/dns/manifests.go, ≥ 1.32):
//   kubernetes cluster.local in-addr.arpa ip6.arpa { pods insecure; fallthrough in-addr.arpa ip6.arpa; ttl 30 }
//   cache 30 { disable success cluster.local; disable denial cluster.local }   loadbalance
//
// Not modelled: what the upstream resolver (`forward . /etc/resolv.conf`) answers for names outside
// the cluster zones and for reverse names no Service holds (a reply marked `forwarded`, NXDOMAIN unless
// ResolveOptions.upstream says otherwise); SERVFAIL before the API is synced; IPv6 (the model is IPv4
// only); the `cache` countdown of kubeadm < 1.32; which CoreDNS replica kube-proxy picks (a hash here).

export interface CoreDnsModel {
  /** CoreDNS release whose plugin/kubernetes code was read for this model. */
  coredns: string;
  /** Where the Corefile comes from. */
  corefile: 'kubeadm';
  /** kubeadm release from which the cluster domain is excluded from `cache` (PR kubernetes/kubernetes#128359). */
  kubeadmCacheChange: string;
  /** TTL of cluster answers with the kubeadm Corefile. */
  ttl: number;
  /** The kubernetes plugin's own default TTL, when a Corefile has no `ttl` line. */
  pluginDefaultTtl: number;
  /** `pods insecure`: `a-b-c-d.ns.pod.<zone>` answers for any dashed IPv4, without checking a Pod exists. */
  pods: 'insecure';
  /** `loadbalance` shuffles A/AAAA records in every NOERROR reply; seeded here. */
  loadbalance: 'round_robin';
  /** Wildcard queries (`*.svc…`) were removed in CoreDNS 1.9.0: `*` is an ordinary label. */
  wildcards: false;
  /** `endpoint_pod_names` is off, so endpoints without a hostname are named by their dashed IP. */
  endpointPodNames: false;
  /** Points where versions differ, as codes for the UI. */
  differences: ReadonlyArray<'ttl-plugin-default-5' | 'cache-before-kubeadm-1.32-counts-down' | 'wildcards-before-1.9' | 'kube-dns-before-coredns'>;
}

/**
 * The CoreDNS behaviour the playground reproduces, for the UI to state.
 * @example COREDNS_MODEL.ttl // 30 (kubeadm's Corefile); COREDNS_MODEL.pluginDefaultTtl // 5
 */
export const COREDNS_MODEL: CoreDnsModel = {
  coredns: '1.14',
  corefile: 'kubeadm',
  kubeadmCacheChange: '1.32',
  ttl: 30,
  pluginDefaultTtl: 5,
  pods: 'insecure',
  loadbalance: 'round_robin',
  wildcards: false,
  endpointPodNames: false,
  differences: ['ttl-plugin-default-5', 'cache-before-kubeadm-1.32-counts-down', 'wildcards-before-1.9', 'kube-dns-before-coredns'],
};

/** SOA fields CoreDNS writes (plugin/backend_lookup.go SOA): refresh, retry, expire are constants. */
export const SOA_REFRESH = 7200;
export const SOA_RETRY = 1800;
export const SOA_EXPIRE = 86400;
/** A fixed serial: real CoreDNS uses the Unix time of the last change it saw; the captures use this one. */
export const DEFAULT_SOA_SERIAL = 1700000000;
/** kubernetes.go: `dns-version` TXT answer and its TTL. */
export const DNS_SCHEMA_VERSION = '1.1.0';
export const DNS_VERSION_TTL = 28800;
