// A hand-built cluster the size of `npm run bench`'s: for largeClusterMode and the kernel's round trip of a
// big ruleset, and for the traffic benchmark. Addresses follow ./conventions.ts.
import type { Cluster, EndpointSlice, Pod, Service } from '../model/types';
import { KIND_CLUSTER, kindNodes } from './conventions';
import { testService } from './objects';

/** 10 nodes, 200 ClusterIP Services of 10 ready Pods each (2,000 Pods), kube-dns with 2 CoreDNS Pods, a client. */
export function bigCluster(): Cluster {
  const nodes = kindNodes(1, 10);
  const pods: Pod[] = [];
  const services: Service[] = [];
  const endpointSlices: EndpointSlice[] = [];
  const mk = (namespace: string, name: string, n: number, labels: Record<string, string>, port: number): Pod => {
    const node = nodes[n % nodes.length]!;
    const host = Math.floor(n / nodes.length) + 2;
    return { namespace, name, labels, node: node.name, ip: `10.244.${n % nodes.length + 1}.${host}`, phase: 'Running', ready: true, terminating: false,
      containerPorts: [{ container: 'app', containerPort: port, protocol: 'TCP' }], containers: [{ name: 'app', image: 'app' }] };
  };
  let n = 0;
  const dns = [0, 1].map((i) => mk('kube-system', `coredns-${i}`, n++, { 'k8s-app': 'kube-dns' }, 53));
  pods.push(...dns);
  services.push(testService({ namespace: 'kube-system', name: 'kube-dns', clusterIP: KIND_CLUSTER.dnsServiceIP, selector: { 'k8s-app': 'kube-dns' },
    ports: [{ name: 'dns', protocol: 'UDP', port: 53, targetPort: 53 }, { name: 'dns-tcp', protocol: 'TCP', port: 53, targetPort: 53 }] }));
  const slice = (ns: string, svc: string, ps: Pod[], ports: EndpointSlice['ports']): EndpointSlice => ({
    namespace: ns, name: `${svc}-x`, service: svc, addressType: 'IPv4', managedBy: 'endpointslice-controller.k8s.io', ports,
    endpoints: ps.map((p) => ({ addresses: [p.ip], conditions: { ready: true, serving: true, terminating: false }, nodeName: p.node, targetRef: { kind: 'Pod' as const, namespace: p.namespace, name: p.name } })),
  });
  endpointSlices.push(slice('kube-system', 'kube-dns', dns, [{ name: 'dns', protocol: 'UDP', port: 53 }, { name: 'dns-tcp', protocol: 'TCP', port: 53 }]));
  for (let s = 0; s < 200; s++) {
    const app = `app-${s}`;
    const ps = Array.from({ length: 10 }, (_, i) => mk('default', `${app}-${i}`, n++, { app }, 8080));
    pods.push(...ps);
    services.push(testService({ namespace: 'default', name: app, clusterIP: `10.96.${1 + Math.floor(s / 200)}.${(s % 200) + 20}`, selector: { app },
      ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 8080 }] }));
    endpointSlices.push(slice('default', app, ps, [{ name: 'http', protocol: 'TCP', port: 8080 }]));
  }
  pods.push(mk('default', 'client', n++, { run: 'client' }, 80));
  return { ...KIND_CLUSTER, nodes, namespaces: ['default', 'kube-system'], pods, services, endpointSlices, workloads: [] };
}
