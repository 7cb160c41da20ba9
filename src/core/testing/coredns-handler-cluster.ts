// The cluster of coredns/coredns plugin/kubernetes/handler_test.go (APIConnServeTest: svcIndex, epsIndex, PodIndex), the
// part an IPv4 cluster holds: svc6 (an IPv6 ClusterIP), the IPv6 endpoints of hdls1 and the IPv6 ClusterIP of
// svc-dual-stack are left out. Addresses are the test's own (./conventions.ts). Ask it with
// { ttl: 5 (the plugin's default, which the test keeps), soaSerial: 1499347823, shuffle: false }.
import type { Cluster, EndpointSlice } from '../model/types';
import { testPod, testService as svc } from './objects';

const slice = (namespace: string, service: string, endpoints: Array<{ ip: string; hostname?: string }>, ports: EndpointSlice['ports']): EndpointSlice => ({
  namespace, name: `${service}-slice1`, service, addressType: 'IPv4', managedBy: 'endpointslice-controller.k8s.io', ports,
  endpoints: endpoints.map((e) => ({ addresses: [e.ip], conditions: { ready: true, serving: true, terminating: false }, ...(e.hostname ? { hostname: e.hostname } : {}) })),
});

const http = { name: 'http', protocol: 'TCP' as const, port: 80, targetPort: 80 };

export function corednsHandlerTestCluster(): Cluster {
  return {
    clusterDomain: 'cluster.local',
    nodes: [{ name: 'test.node.foo.bar', ip: '192.168.0.2', podCIDR: '172.0.0.0/24' }],
    // podns and its Pod foo: the test's PodIndex (handler_pod_insecure_test.go asks about podns).
    namespaces: ['kube-system', 'podns', 'testns', 'unexposedns'],
    pods: [testPod({ namespace: 'podns', name: 'foo', ip: '10.240.0.1', node: 'test.node.foo.bar', labels: { 'app.kubernetes.io/name': 'foo', bar: 'baz' } })],
    services: [
      svc({ namespace: 'kube-system', name: 'kubedns', clusterIP: '10.0.0.10', ports: [{ name: 'dns', protocol: 'UDP', port: 53, targetPort: 53 }] }),
      svc({ namespace: 'testns', name: 'svc1', clusterIP: '10.0.0.1', ports: [http] }),
      svc({ namespace: 'testns', name: 'svcempty', clusterIP: '10.0.0.1', ports: [http] }),
      svc({ namespace: 'testns', name: 'hdls1', clusterIP: 'None' }),
      svc({ namespace: 'testns', name: 'external', type: 'ExternalName', clusterIP: '', externalName: 'ext.interwebs.test', ports: [http] }),
      svc({ namespace: 'testns', name: 'external-to-service', type: 'ExternalName', clusterIP: '', externalName: 'svc1.testns.svc.cluster.local.', ports: [http] }),
      svc({ namespace: 'testns', name: 'hdlsprtls', clusterIP: 'None' }),
      svc({ namespace: 'unexposedns', name: 'svc1', clusterIP: '10.0.0.2', ports: [http] }),
      svc({ namespace: 'testns', name: 'svc-dual-stack', clusterIP: '10.0.0.3', ports: [http] }),
    ],
    endpointSlices: [
      slice('kube-system', 'kubedns', [{ ip: '172.0.0.100' }], [{ name: 'dns', protocol: 'UDP', port: 53 }]),
      slice('testns', 'svc1', [{ ip: '172.0.0.1', hostname: 'ep1a' }], [{ name: 'http', protocol: 'TCP', port: 80 }]),
      slice('testns', 'svcempty', [], [{ name: 'http', protocol: 'TCP', port: 80 }]),
      slice('testns', 'hdls1', [{ ip: '172.0.0.2' }, { ip: '172.0.0.3' }, { ip: '172.0.0.4', hostname: 'dup-name' }, { ip: '172.0.0.5', hostname: 'dup-name' }],
        [{ name: 'http', protocol: 'TCP', port: 80 }]),
      // epsIndex's `Ports: {{Port: -1}}`: an EndpointSlice without ports.
      slice('testns', 'hdlsprtls', [{ ip: '172.0.0.20' }], []),
    ],
    workloads: [],
    dnsServiceIP: '10.0.0.10',
    podCIDR: '172.0.0.0/16',
    serviceCIDR: '10.0.0.0/24',
  };
}

/**
 * The cluster of coredns/coredns plugin/kubernetes/reverse_test.go (APIConnReverseTest), its IPv4 part: svc1
 * (192.168.1.100) with endpoints ep1a 10.0.0.100 — in two EndpointSlices, the test's "EndpointSlice skew" — and
 * double-ep 10.0.0.99, which svc2 selects too. svc2 has no Service object in the test (SvcIndex answers only svc1);
 * here it is a headless Service, since our endpoints belong to a Service.
 */
export function corednsReverseTestCluster(): Cluster {
  const httpSlice = (service: string, name: string, endpoints: Array<{ ip: string; hostname: string }>): EndpointSlice =>
    ({ ...slice('testns', service, endpoints, [{ name: 'http', protocol: 'TCP', port: 80 }]), name });
  return {
    clusterDomain: 'cluster.local',
    nodes: [{ name: 'test.node.foo.bar', ip: '192.168.0.2', podCIDR: '10.0.0.0/24' }],
    namespaces: ['testns'],
    pods: [],
    services: [
      svc({ namespace: 'testns', name: 'svc1', clusterIP: '192.168.1.100', ports: [http] }),
      svc({ namespace: 'testns', name: 'svc2', clusterIP: 'None', ports: [http] }),
    ],
    endpointSlices: [
      httpSlice('svc1', 'svc1-slice1', [{ ip: '10.0.0.100', hostname: 'ep1a' }, { ip: '10.0.0.99', hostname: 'double-ep' }]),
      httpSlice('svc1', 'svc1-ccccc', [{ ip: '10.0.0.100', hostname: 'ep1a' }]),
      httpSlice('svc2', 'svc2-slice1', [{ ip: '10.0.0.99', hostname: 'double-ep' }]),
    ],
    workloads: [],
    dnsServiceIP: '192.168.1.10',
    podCIDR: '10.0.0.0/16',
    serviceCIDR: '192.168.1.0/24',
  };
}
