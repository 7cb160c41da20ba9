// Clusters that reproduce the inputs of the real iptables-save captures of the shared reference
// (kube-proxy.md §9), for the proxy golden tests and the kernel test. Services are listed in the order the
// capture's KUBE-SERVICES chain shows them (kube-proxy's own order there is Go map order; ours is cluster order).
import type { Cluster, EndpointSlice, Pod, Service, ServicePort } from '../model/types';
import { KIND_CLUSTER, kindNodes, PROXIER_TEST } from './conventions';
import { testService as svc } from './objects';

const http = (port = 80, target = 8080, extra: Partial<ServicePort> = {}): ServicePort =>
  ({ name: 'http', protocol: 'TCP', port, targetPort: target, ...extra });

function slice(svcName: string, namespace: string, ips: string[], ports: EndpointSlice['ports'], podOf: (ip: string) => Pod | undefined): EndpointSlice {
  return {
    namespace, name: `${svcName}-abcde`, service: svcName, addressType: 'IPv4', managedBy: 'endpointslice-controller.k8s.io', ports,
    endpoints: ips.map((ip) => {
      const p = podOf(ip);
      return {
        addresses: [ip], conditions: { ready: true, serving: true, terminating: false },
        ...(p ? { nodeName: p.node, targetRef: { kind: 'Pod' as const, namespace: p.namespace, name: p.name } } : {}),
      };
    }),
  };
}

/** The input table of kube-proxy.md §9 for kube-proxy-scenario-basic.iptables-save.txt. */
export function scenarioBasicCluster(): Cluster {
  const podIPs: Array<[string, string, string, string]> = [
    ['default', 'web-a', 'node-1', '10.244.1.5'], ['default', 'web-b', 'node-1', '10.244.1.6'], ['default', 'web-c', 'node-2', '10.244.2.8'],
    ['default', 'nginx', 'node-1', '10.244.1.9'], ['kube-system', 'coredns-a', 'node-0', '10.244.0.2'], ['kube-system', 'coredns-b', 'node-0', '10.244.0.3'],
  ];
  const pods: Pod[] = podIPs.map(([namespace, name, node, ip]) => ({
    namespace, name, node, ip, labels: {}, phase: 'Running', ready: true, terminating: false, containerPorts: [], containers: [],
  }));
  const podOf = (ip: string): Pod | undefined => pods.find((p) => p.ip === ip);
  const services: Service[] = [
    svc({ namespace: 'default', name: 'nginx-service', clusterIP: '10.96.7.7', ports: [{ name: '', protocol: 'TCP', port: 80, targetPort: 80 }] }),
    svc({ namespace: 'default', name: 'sticky', clusterIP: '10.96.200.1', ports: [http()], sessionAffinity: 'ClientIP', sessionAffinityTimeoutSeconds: 10800 }),
    svc({ namespace: 'default', name: 'web-np', type: 'NodePort', clusterIP: '10.96.50.5', ports: [http(80, 8080, { nodePort: 30080 })], externalTrafficPolicy: 'Cluster' }),
    svc({ namespace: 'default', name: 'web', clusterIP: '10.96.100.50', ports: [http()] }),
    svc({ namespace: 'kube-system', name: 'kube-dns', clusterIP: '10.96.0.10',
      ports: [{ name: 'dns', protocol: 'UDP', port: 53, targetPort: 53 }, { name: 'dns-tcp', protocol: 'TCP', port: 53, targetPort: 53 }] }),
    svc({ namespace: 'default', name: 'empty', clusterIP: '10.96.0.99', ports: [http()] }),
    svc({ namespace: 'default', name: 'web-headless', clusterIP: 'None', ports: [http()] }),
  ];
  const p8080 = [{ name: 'http', protocol: 'TCP' as const, port: 8080 }];
  const endpointSlices: EndpointSlice[] = [
    slice('web', 'default', ['10.244.2.8', '10.244.1.5', '10.244.1.6'], p8080, podOf),
    slice('nginx-service', 'default', ['10.244.1.9'], [{ name: '', protocol: 'TCP', port: 80 }], podOf),
    slice('sticky', 'default', ['10.244.1.5', '10.244.2.8'], p8080, podOf),
    slice('empty', 'default', [], p8080, podOf),
    slice('web-headless', 'default', ['10.244.1.5', '10.244.1.6'], p8080, podOf),
    slice('kube-dns', 'kube-system', ['10.244.0.2', '10.244.0.3'], [{ name: 'dns', protocol: 'UDP', port: 53 }, { name: 'dns-tcp', protocol: 'TCP', port: 53 }], podOf),
    slice('web-np', 'default', ['10.244.1.5'], p8080, podOf),
  ];
  return {
    ...KIND_CLUSTER,
    nodes: kindNodes(0, 3),
    namespaces: ['default', 'kube-system'],
    pods, services, endpointSlices, workloads: [],
  };
}

/**
 * The Services and endpoints of kubernetes/kubernetes pkg/proxy/iptables/proxier_test.go TestOverallIPTablesRules
 * (kube-proxy.md Appendix A), whose payload the real iptables printed as kube-proxy-TestOverallIPTablesRules.iptables-save.txt.
 * Run it with { podCIDR 10.0.0.0/8 (the test's NewDetectLocalByCIDR), randomFully: false }.
 */
export function overallTestCluster(): Cluster {
  const p80 = (extra: Partial<ServicePort> = {}): ServicePort => ({ name: 'p80', protocol: 'TCP', port: 80, targetPort: 80, ...extra });
  const ep80 = [{ name: 'p80', protocol: 'TCP' as const, port: 80 }];
  const sl = (ns: string, name: string, ips: string[]): EndpointSlice => ({
    namespace: ns, name: `${name}-1`, service: name, addressType: 'IPv4', managedBy: 'endpointslice-controller.k8s.io', ports: ep80,
    endpoints: ips.map((ip) => ({ addresses: [ip], conditions: { ready: true, serving: true, terminating: false }, nodeName: 'other-node' })),
  });
  const services: Service[] = [
    svc({ namespace: 'ns1', name: 'svc1', clusterIP: '172.30.0.41', ports: [p80()] }),
    svc({ namespace: 'ns2', name: 'svc2', type: 'LoadBalancer', clusterIP: '172.30.0.42', ports: [p80({ nodePort: 3001 })],
      externalIPs: ['192.168.99.22'], loadBalancerIngressIP: '1.2.3.4', externalTrafficPolicy: 'Local', healthCheckNodePort: 30000 }),
    svc({ namespace: 'ns3', name: 'svc3', type: 'NodePort', clusterIP: '172.30.0.43', ports: [p80({ nodePort: 3003 })], externalTrafficPolicy: 'Cluster' }),
    svc({ namespace: 'ns4', name: 'svc4', clusterIP: '172.30.0.44', ports: [p80()], externalIPs: ['192.168.99.33'] }),
    svc({ namespace: 'ns5', name: 'svc5', type: 'LoadBalancer', clusterIP: '172.30.0.45', ports: [p80({ nodePort: 3002 })], loadBalancerIngressIP: '5.6.7.8',
      loadBalancerSourceRanges: ['203.0.113.0/25'], sessionAffinity: 'ClientIP', sessionAffinityTimeoutSeconds: 10800, externalTrafficPolicy: 'Cluster' }),
    svc({ namespace: 'ns6', name: 'svc6', clusterIP: '172.30.0.46', ports: [p80()] }),
  ];
  return {
    ...PROXIER_TEST.cluster,
    nodes: [{ name: PROXIER_TEST.nodeName, ip: PROXIER_TEST.nodeIP, podCIDR: '10.0.0.0/24' }],
    namespaces: ['ns1', 'ns2', 'ns3', 'ns4', 'ns5', 'ns6'],
    // One Pod per endpoint address (the test's endpoints have no Pods; the rules do not depend on them).
    pods: [1, 2, 3, 4, 5].map((i): Pod => ({ namespace: 'default', name: `ep-${i}`, node: 'test-node', ip: `10.180.0.${i}`, labels: {}, phase: 'Running',
      ready: true, terminating: false, containerPorts: [], containers: [] })),
    services,
    endpointSlices: [sl('ns1', 'svc1', ['10.180.0.1']), sl('ns2', 'svc2', ['10.180.0.2']), sl('ns3', 'svc3', ['10.180.0.3']),
      sl('ns4', 'svc4', ['10.180.0.4', '10.180.0.5']), sl('ns5', 'svc5', ['10.180.0.3'])],
    workloads: [],
  };
}
