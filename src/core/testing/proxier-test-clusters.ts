// The Services and EndpointSlices of kube-proxy's packet-flow tests (kubernetes/kubernetes
// pkg/proxy/iptables/proxier_test.go), translated from their makeTestService / makeTestEndpointSlice calls.
// Addresses are the test's own (./conventions.ts, "ported from kube-proxy's proxier_test.go"). Where our model
// holds less than the test (one LoadBalancer ingress IP per Service), the comment says what was left out.
import type { Cluster, Endpoint, EndpointSlice, Service, ServicePort } from '../model/types';
import type { Protocol } from '../types/api';
import { PROXIER_TEST } from './conventions';
import { testService } from './objects';

/** NewFakeProxier's local addresses (testNodeIPs, IPv4): the node IP, testNodeIPAlt and testExternalIP. */
export const PROXIER_TEST_NODE_IPS = [PROXIER_TEST.nodeIP, '192.168.1.2', '192.168.99.11'];

const port = (name: string, p: number, extra: Partial<ServicePort> = {}): ServicePort =>
  ({ name, protocol: 'TCP', port: p, targetPort: p, ...extra });

/** makeTestEndpointSlice: `nodeName` undefined is an endpoint of another node (the test leaves NodeName nil). */
function slice(namespace: string, service: string, endpoints: Array<{ ip: string; nodeName?: string }>,
  ports: Array<{ name: string; port: number; protocol?: Protocol }>): EndpointSlice {
  return {
    namespace, name: `${service}-1`, service, addressType: 'IPv4', managedBy: 'endpointslice-controller.k8s.io',
    ports: ports.map((p) => ({ name: p.name, protocol: p.protocol ?? 'TCP', port: p.port })),
    endpoints: endpoints.map((e): Endpoint => ({ addresses: [e.ip], conditions: { ready: true, serving: true, terminating: false },
      ...(e.nodeName ? { nodeName: e.nodeName } : {}) })),
  };
}

function fakeProxierCluster(services: Service[], endpointSlices: EndpointSlice[]): Cluster {
  return {
    ...PROXIER_TEST.cluster,
    nodes: [{ name: PROXIER_TEST.nodeName, ip: PROXIER_TEST.nodeIP, podCIDR: '10.0.0.0/24' }],
    namespaces: [...new Set(services.map((s) => s.namespace))].sort(),
    pods: [], services, endpointSlices, workloads: [],
  };
}

const here = PROXIER_TEST.nodeName;

/** TestNoEndpointsReject: a LoadBalancer Service (external IP, NodePort, LB IP) with no endpoints. */
export function noEndpointsRejectCluster(): Cluster {
  return fakeProxierCluster([
    testService({ namespace: 'ns1', name: 'svc1', type: 'LoadBalancer', clusterIP: '172.30.0.41', externalIPs: ['192.168.99.11'],
      ports: [port('p80', 80, { nodePort: 3001 })], loadBalancerIngressIP: '1.2.3.4', externalTrafficPolicy: 'Cluster' }),
  ], []);
}

/** TestClusterIPGeneral: one endpoint; two endpoints over five ports (TargetPort, TCP/UDP/SCTP on port 53). */
export function clusterIPGeneralCluster(): Cluster {
  return fakeProxierCluster([
    testService({ namespace: 'ns1', name: 'svc1', clusterIP: '172.30.0.41', ports: [port('http', 80)] }),
    testService({ namespace: 'ns2', name: 'svc2', clusterIP: '172.30.0.42', ports: [
      port('http', 80), port('https', 443, { targetPort: 8443 }), port('dns-udp', 53, { protocol: 'UDP' }),
      port('dns-tcp', 53, { targetPort: 5353 }), port('dns-sctp', 53, { protocol: 'SCTP' }),
    ] }),
  ], [
    slice('ns1', 'svc1', [{ ip: '10.180.0.1', nodeName: here }], [{ name: 'http', port: 80 }]),
    slice('ns2', 'svc2', [{ ip: '10.180.0.1', nodeName: here }, { ip: '10.180.2.1', nodeName: 'node2' }], [
      { name: 'http', port: 80 }, { name: 'https', port: 8443 }, { name: 'dns-udp', port: 53, protocol: 'UDP' },
      { name: 'dns-tcp', port: 5353 }, { name: 'dns-sctp', port: 53, protocol: 'SCTP' },
    ]),
  ]);
}

/** TestLoadBalancer with its first ingress IP only (1.2.3.4; the test's second, 5.6.7.8, is left out). */
export function loadBalancerCluster(): Cluster {
  return fakeProxierCluster([
    testService({ namespace: 'ns1', name: 'svc1', type: 'LoadBalancer', clusterIP: '172.30.0.41', ports: [port('p80', 80, { nodePort: 3001 })],
      loadBalancerIngressIP: '1.2.3.4', loadBalancerSourceRanges: ['192.168.0.0/24', '203.0.113.0/25'], externalTrafficPolicy: 'Cluster' }),
  ], [slice('ns1', 'svc1', [{ ip: '10.180.0.1' }], [{ name: 'p80', port: 80 }])]);
}

/** TestNodePorts, case "ipv4, localhost-nodeports enabled" (nodePortAddresses nil). */
export function nodePortsCluster(): Cluster {
  return fakeProxierCluster([
    testService({ namespace: 'ns1', name: 'svc1', type: 'NodePort', clusterIP: '172.30.0.41', ports: [port('p80', 80, { nodePort: 3001 })],
      externalTrafficPolicy: 'Cluster' }),
  ], [slice('ns1', 'svc1', [{ ip: '10.180.0.1' }, { ip: '10.180.2.1', nodeName: here }], [{ name: 'p80', port: 80 }])]);
}

/** TestExternalTrafficPolicyLocal / TestExternalTrafficPolicyCluster: a LoadBalancer with an external IP, one local endpoint. */
export function externalTrafficPolicyCluster(policy: 'Local' | 'Cluster'): Cluster {
  return fakeProxierCluster([
    testService({ namespace: 'ns1', name: 'svc1', type: 'LoadBalancer', clusterIP: '172.30.0.41', externalIPs: ['192.168.99.11'],
      ports: [port('p80', 80, { nodePort: 3001 })], loadBalancerIngressIP: '1.2.3.4', externalTrafficPolicy: policy,
      ...(policy === 'Local' ? { healthCheckNodePort: 30000 } : {}) }),
  ], [slice('ns1', 'svc1', [{ ip: '10.180.0.1' }, { ip: '10.180.2.1', nodeName: here }], [{ name: 'p80', port: 80 }])]);
}

/** TestInternalTrafficPolicy: svc1 (172.30.1.1:80, unnamed port) over endpoints on the given nodes; `[]` is "endpoints deleted". */
export function internalTrafficPolicyCluster(policy: 'Cluster' | 'Local', endpoints: Array<{ ip: string; nodeName: string }>): Cluster {
  return fakeProxierCluster([
    testService({ namespace: 'ns1', name: 'svc1', clusterIP: '172.30.1.1', selector: { foo: 'bar' }, ports: [port('', 80)], internalTrafficPolicy: policy }),
  ], endpoints.length > 0 ? [slice('ns1', 'svc1', endpoints, [{ name: '', port: 80 }])] : []);
}

export interface TestEndpoint { ip: string; nodeName: string; ready: boolean; serving: boolean; terminating: boolean }

/**
 * TestTerminatingEndpointsTrafficPolicyLocal / ...Cluster: a LoadBalancer svc1 (172.30.1.1:80, LB 1.2.3.4, no
 * NodePort) over endpoints with explicit conditions; `[]` is "after endpoints deleted".
 */
export function terminatingEndpointsCluster(policy: 'Local' | 'Cluster', endpoints: TestEndpoint[]): Cluster {
  const svc = testService({ namespace: 'ns1', name: 'svc1', type: 'LoadBalancer', clusterIP: '172.30.1.1', ports: [port('', 80)],
    loadBalancerIngressIP: '1.2.3.4', externalTrafficPolicy: policy, healthCheckNodePort: 30000 });
  const eps: EndpointSlice[] = endpoints.length === 0 ? [] : [{
    ...slice('ns1', 'svc1', [], [{ name: '', port: 80 }]),
    endpoints: endpoints.map((e) => ({ addresses: [e.ip], nodeName: e.nodeName, conditions: { ready: e.ready, serving: e.serving, terminating: e.terminating } })),
  }];
  return fakeProxierCluster([svc], eps);
}

/**
 * TestInternalExternalMasquerade: three LoadBalancers, each with a local and a remote endpoint — svc1 plain
 * (1.2.3.4:80, NodePort 3001), svc2 externalTrafficPolicy Local (5.6.7.8, 3002), svc3 internalTrafficPolicy
 * Local (9.10.11.12, 3003).
 */
export function internalExternalMasqueradeCluster(): Cluster {
  const lb = (ns: string, name: string, ip: string, lbIP: string, nodePort: number, healthCheckNodePort: number, extra: Partial<Service> = {}): Service =>
    testService({ namespace: ns, name, type: 'LoadBalancer', clusterIP: ip, ports: [port('p80', 80, { nodePort })], loadBalancerIngressIP: lbIP,
      externalTrafficPolicy: 'Cluster', healthCheckNodePort, ...extra });
  return fakeProxierCluster([
    lb('ns1', 'svc1', '172.30.0.41', '1.2.3.4', 3001, 30001),
    lb('ns2', 'svc2', '172.30.0.42', '5.6.7.8', 3002, 30002, { externalTrafficPolicy: 'Local' }),
    lb('ns3', 'svc3', '172.30.0.43', '9.10.11.12', 3003, 30003, { internalTrafficPolicy: 'Local' }),
  ], [1, 2, 3].map((i) => slice(`ns${i}`, `svc${i}`, [{ ip: `10.180.0.${i}`, nodeName: here }, { ip: `10.180.1.${i}`, nodeName: 'remote' }], [{ name: 'p80', port: 80 }])));
}

/**
 * kubernetes/kubernetes pkg/proxy/nftables/proxier_test.go TestOverallNFTablesRules: six Services (ClusterIP;
 * LoadBalancer with Local policy, an external IP and a non-local endpoint; NodePort; NodePort-typed with an external
 * IP and no node port; LoadBalancer with source ranges and ClientIP affinity; ClusterIP without endpoints). Endpoints
 * without a NodeName in the test are another node's. The test's `" 203.0.113.0/25"` is trimmed, as kube-proxy trims it.
 */
export function overallNFTablesTestCluster(): Cluster {
  const p80 = (extra: Partial<ServicePort> = {}): ServicePort => port('p80', 80, extra);
  const ep80 = [{ name: 'p80', port: 80 }];
  return fakeProxierCluster([
    testService({ namespace: 'ns1', name: 'svc1', clusterIP: '172.30.0.41', ports: [p80()] }),
    testService({ namespace: 'ns2', name: 'svc2', type: 'LoadBalancer', clusterIP: '172.30.0.42', ports: [p80({ nodePort: 3001 })],
      externalIPs: ['192.168.99.22'], loadBalancerIngressIP: '1.2.3.4', externalTrafficPolicy: 'Local', healthCheckNodePort: 30000 }),
    testService({ namespace: 'ns3', name: 'svc3', type: 'NodePort', clusterIP: '172.30.0.43', ports: [p80({ nodePort: 3003 })], externalTrafficPolicy: 'Cluster' }),
    testService({ namespace: 'ns4', name: 'svc4', type: 'NodePort', clusterIP: '172.30.0.44', externalIPs: ['192.168.99.33'], ports: [p80()],
      externalTrafficPolicy: 'Cluster' }),
    testService({ namespace: 'ns5', name: 'svc5', type: 'LoadBalancer', clusterIP: '172.30.0.45', ports: [p80({ nodePort: 3002 })],
      loadBalancerIngressIP: '5.6.7.8', healthCheckNodePort: 30000, loadBalancerSourceRanges: ['203.0.113.0/25'], externalTrafficPolicy: 'Cluster',
      sessionAffinity: 'ClientIP', sessionAffinityTimeoutSeconds: 10800 }),
    testService({ namespace: 'ns6', name: 'svc6', clusterIP: '172.30.0.46', ports: [p80()] }),
  ], [
    slice('ns1', 'svc1', [{ ip: '10.180.0.1' }], ep80),
    slice('ns2', 'svc2', [{ ip: '10.180.0.2' }], ep80),
    slice('ns3', 'svc3', [{ ip: '10.180.0.3' }], ep80),
    slice('ns4', 'svc4', [{ ip: '10.180.0.4' }, { ip: '10.180.0.5', nodeName: here }], ep80),
    slice('ns5', 'svc5', [{ ip: '10.180.0.3' }], ep80),
  ]);
}

/**
 * kubernetes/kubernetes pkg/proxy/ipvs/proxier_test.go TestNodePort, case "node port UDP": a NodePort Service on UDP
 * with one endpoint of another node; the IPVS tests' node IP is 100.101.102.103.
 */
export function ipvsNodePortUDPCluster(): Cluster {
  return {
    ...fakeProxierCluster([
      testService({ namespace: 'ns1', name: 'svc1', type: 'NodePort', clusterIP: '10.20.30.41',
        ports: [{ name: 'p80', protocol: 'UDP', port: 80, targetPort: 80, nodePort: 3001 }], externalTrafficPolicy: 'Cluster' }),
    ], [slice('ns1', 'svc1', [{ ip: '10.180.0.1' }], [{ name: 'p80', port: 80, protocol: 'UDP' }])]),
    nodes: [{ name: PROXIER_TEST.nodeName, ip: '100.101.102.103', podCIDR: '10.0.0.0/24' }],
  };
}
