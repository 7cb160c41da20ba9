// A hand-built Cluster of the default scenario (src/scenarios/default.yaml) with the seed's addresses,
// for DNS and kube-proxy tests that must not depend on loadCluster. Tests that go through manifests
// use loadCluster instead.
import type { Cluster, EndpointSlice, Pod, Service } from '../model/types';
import { KIND_CLUSTER, kindNodes } from './conventions';
import { testEndpoint as endpoint, testPod as pod, testService as svc } from './objects';

export function seedCluster(): Cluster {
  const coredns = ['coredns-7db6d8ff4d-4x9tq', 'coredns-7db6d8ff4d-b2k8m'].map((name, i) =>
    pod({ namespace: 'kube-system', name, node: `node-${i + 1}`, ip: `10.244.${i + 1}.2`, labels: { 'k8s-app': 'kube-dns' },
      system: true, image: 'registry.k8s.io/coredns/coredns:v1.11.3',
      containerPorts: [
        { container: 'coredns', name: 'dns', containerPort: 53, protocol: 'UDP' },
        { container: 'coredns', name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
        { container: 'coredns', name: 'metrics', containerPort: 9153, protocol: 'TCP' },
      ] }));
  const nginx = [['nginx-5c7588df-2kx8j', 'node-1', '10.244.1.7'], ['nginx-5c7588df-q9fzw', 'node-2', '10.244.2.4'], ['nginx-5c7588df-wt6hb', 'node-3', '10.244.3.6']]
    .map(([name, node, ip]) => pod({ namespace: 'default', name: name!, node: node!, ip: ip!, labels: { app: 'nginx', 'pod-template-hash': '5c7588df' },
      image: 'nginx:latest', owner: { kind: 'ReplicaSet', name: 'nginx-5c7588df', workload: { kind: 'Deployment', name: 'nginx' } },
      containerPorts: [{ container: 'nginx', containerPort: 80, protocol: 'TCP' }] }));
  const mysql = [['mysql-0', 'node-1', '10.244.1.5'], ['mysql-1', 'node-2', '10.244.2.8'], ['mysql-2', 'node-3', '10.244.3.12']]
    .map(([name, node, ip]) => pod({ namespace: 'default', name: name!, node: node!, ip: ip!, labels: { app: 'mysql', 'apps.kubernetes.io/pod-index': name!.slice(-1), 'statefulset.kubernetes.io/pod-name': name! },
      hostname: name!, subdomain: 'mysql-headless', ordinal: Number(name!.slice(-1)), image: 'mysql:8.0', owner: { kind: 'StatefulSet', name: 'mysql', workload: { kind: 'StatefulSet', name: 'mysql' } },
      containerPorts: [{ container: 'mysql', containerPort: 3306, protocol: 'TCP' }] }));
  // kubectl run names the container for the Pod.
  const test = pod({ namespace: 'default', name: 'test', node: 'node-2', ip: '10.244.2.9', labels: { run: 'test' }, image: 'busybox', containers: [{ name: 'test', image: 'busybox' }] });

  const services: Service[] = [
    svc({ namespace: 'default', name: 'kubernetes', clusterIP: '10.96.0.1', ports: [{ name: 'https', protocol: 'TCP', port: 443, targetPort: 6443 }], labels: { component: 'apiserver', provider: 'kubernetes' }, system: true }),
    svc({ namespace: 'kube-system', name: 'kube-dns', clusterIP: '10.96.0.10', selector: { 'k8s-app': 'kube-dns' }, system: true,
      ports: [{ name: 'dns', protocol: 'UDP', port: 53, targetPort: 53 }, { name: 'dns-tcp', protocol: 'TCP', port: 53, targetPort: 53 }, { name: 'metrics', protocol: 'TCP', port: 9153, targetPort: 9153 }] }),
    svc({ namespace: 'default', name: 'web-service', clusterIP: '10.96.100.50', selector: { app: 'nginx' }, ports: [{ name: '', protocol: 'TCP', port: 80, targetPort: 80 }] }),
    svc({ namespace: 'default', name: 'mysql-headless', clusterIP: 'None', selector: { app: 'mysql' }, ports: [{ name: 'mysql', protocol: 'TCP', port: 3306, targetPort: 3306 }] }),
  ];
  const slice = (namespace: string, name: string, service: string, pods: Pod[], ports: EndpointSlice['ports'], managedBy = 'endpointslice-controller.k8s.io'): EndpointSlice =>
    ({ namespace, name, service, addressType: 'IPv4', endpoints: pods.map(endpoint), ports, managedBy });
  const endpointSlices: EndpointSlice[] = [
    { namespace: 'default', name: 'kubernetes', service: 'kubernetes', addressType: 'IPv4', managedBy: 'endpointslice-controller.k8s.io',
      endpoints: [{ addresses: ['172.18.0.2'], conditions: { ready: true, serving: true, terminating: false } }], ports: [{ name: 'https', protocol: 'TCP', port: 6443 }] },
    slice('kube-system', 'kube-dns-x7k2p', 'kube-dns', coredns, [{ name: 'dns', protocol: 'UDP', port: 53 }, { name: 'dns-tcp', protocol: 'TCP', port: 53 }, { name: 'metrics', protocol: 'TCP', port: 9153 }]),
    slice('default', 'web-service-8fz2m', 'web-service', nginx, [{ name: '', protocol: 'TCP', port: 80 }]),
    slice('default', 'mysql-headless-q4wlx', 'mysql-headless', mysql, [{ name: 'mysql', protocol: 'TCP', port: 3306 }]),
  ];
  return {
    ...KIND_CLUSTER,
    nodes: kindNodes(1, 3),
    namespaces: ['default', 'kube-node-lease', 'kube-public', 'kube-system'],
    pods: [...coredns, ...nginx, ...mysql, test],
    services,
    endpointSlices,
    workloads: [
      { kind: 'Deployment', namespace: 'default', name: 'nginx', replicas: 3, selector: { app: 'nginx' }, templateLabels: { app: 'nginx' } },
      { kind: 'StatefulSet', namespace: 'default', name: 'mysql', replicas: 3, selector: { app: 'mysql' }, templateLabels: { app: 'mysql' }, serviceName: 'mysql-headless' },
    ],
  };
}
