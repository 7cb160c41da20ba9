// Conventions for the hand-built test clusters in this folder (stated once, in the style of kube-proxy's
// proxier_test.go "Conventions for tests using NewFakeProxier"); every fixture below follows one of them.
//
// Our own fixtures (the seed's kind/kubeadm-style cluster: seed-cluster, dns-clusters, dns-capture-cluster,
// scenarioBasicCluster, bigCluster):
//
// Cluster domain:      cluster.local
// Pod IPs:             10.244.0.0/16; node-N's Pods in 10.244.N.0/24 (kube-system's CoreDNS too)
// Service ClusterIPs:  10.96.0.0/12; kubernetes 10.96.0.1, kube-dns 10.96.0.10
// Node IPs:            172.18.0.0/24, from 172.18.0.2 up in node order (kind's docker network)
// External clients:    203.0.113.0/24 (TEST-NET-3)
//
// Fixtures ported from kube-proxy's proxier_test.go (its own conventions, kept so its expected text stays
// verbatim: overallTestCluster and the upstream-proxier clusters):
//
// Pod IPs:             10.0.0.0/8 (endpoints in 10.180.0.0/16)
// Service ClusterIPs:  172.30.0.0/16
// Node IPs:            192.168.0.0/24
// Local Node IP:       192.168.0.2 (node test-node)
// Service ExternalIPs: 192.168.99.0/24
// LoadBalancer IPs:    1.2.3.4, 5.6.7.8, 9.10.11.12
// Non-cluster IPs:     203.0.113.0/24
// LB Source Range:     203.0.113.0/25
//
// The fixtures ported from CoreDNS's plugin/kubernetes tests (their own addresses, so their expected records
// stay verbatim):
//
// handler_test.go (corednsHandlerTestCluster):
// Cluster domain:      cluster.local; namespaces testns, podns, kube-system, unexposedns
// Service ClusterIPs:  10.0.0.0/24; kubedns 10.0.0.10
// Endpoint IPs:        172.0.0.0/24; the Pod podns/foo 10.240.0.1
// reverse_test.go (corednsReverseTestCluster):
// Service ClusterIPs:  192.168.1.0/24 (svc1 192.168.1.100)
// Endpoint IPs:        10.0.0.0/24
import type { Cluster, ClusterNode } from '../model/types';

/** The cluster-wide fields of our own fixtures. */
export const KIND_CLUSTER = {
  clusterDomain: 'cluster.local',
  dnsServiceIP: '10.96.0.10',
  podCIDR: '10.244.0.0/16',
  serviceCIDR: '10.96.0.0/12',
} as const satisfies Partial<Cluster>;

/**
 * `count` nodes of our own fixtures named from node-`first`: IPs from 172.18.0.2 up, node-N's Pods in 10.244.N.0/24.
 * @example
 * kindNodes(1, 3)[0]; // { name: 'node-1', ip: '172.18.0.2', podCIDR: '10.244.1.0/24' }
 */
export function kindNodes(first: number, count: number): ClusterNode[] {
  return Array.from({ length: count }, (_, i) => ({ name: `node-${first + i}`, ip: `172.18.0.${i + 2}`, podCIDR: `10.244.${first + i}.0/24` }));
}

/** kube-proxy proxier_test.go's addresses (NewFakeProxier, NewDetectLocalByCIDR("10.0.0.0/8")). */
export const PROXIER_TEST = {
  nodeName: 'test-node',
  nodeIP: '192.168.0.2',
  externalClient: '203.0.113.2',
  externalClientBlocked: '203.0.113.130',
  cluster: { clusterDomain: 'cluster.local', dnsServiceIP: '172.30.0.10', podCIDR: '10.0.0.0/8', serviceCIDR: '172.30.0.0/16' },
} as const;
