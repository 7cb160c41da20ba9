// What every cluster has before the learner's manifests: the nodes, CoreDNS in kube-system with the
// kube-dns Service at 10.96.0.10, and the default/kubernetes Service at 10.96.0.1 (kubeadm / kind).

import { APISERVER_PORT, DNS_SERVICE_IP, KUBERNETES_SERVICE_IP, nodeIP, nodeName, nodePodCIDR } from './defaults';
import type { ClusterNode, EndpointSlice, PodTemplate, Service, Workload } from './types';

export function makeNodes(count: number): ClusterNode[] {
  const nodes: ClusterNode[] = [];
  for (let i = 1; i <= count; i++) nodes.push({ name: nodeName(i), ip: nodeIP(i), podCIDR: nodePodCIDR(i) });
  return nodes;
}

const COREDNS_LABELS = { 'k8s-app': 'kube-dns' };

/** kubeadm's CoreDNS Deployment (2 replicas), as a workload the builder expands like any other. */
export function corednsWorkload(): Workload {
  const image = 'registry.k8s.io/coredns/coredns:v1.11.3';
  const template: PodTemplate = {
    labels: { ...COREDNS_LABELS },
    image,
    containers: [{ name: 'coredns', image }],
    containerPorts: [
      { container: 'coredns', name: 'dns', containerPort: 53, protocol: 'UDP' },
      { container: 'coredns', name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
      { container: 'coredns', name: 'metrics', containerPort: 9153, protocol: 'TCP' },
    ],
  };
  return {
    kind: 'Deployment',
    namespace: 'kube-system',
    name: 'coredns',
    replicas: 2,
    selector: { ...COREDNS_LABELS },
    templateLabels: { ...COREDNS_LABELS },
    template,
  };
}

/** kubeadm's kube-dns Service. */
export function kubeDnsService(): Service {
  return {
    namespace: 'kube-system',
    name: 'kube-dns',
    type: 'ClusterIP',
    clusterIP: DNS_SERVICE_IP,
    headless: false,
    ports: [
      { name: 'dns', protocol: 'UDP', port: 53, targetPort: 53 },
      { name: 'dns-tcp', protocol: 'TCP', port: 53, targetPort: 53 },
      { name: 'metrics', protocol: 'TCP', port: 9153, targetPort: 9153 },
    ],
    selector: { ...COREDNS_LABELS },
    sessionAffinity: 'None',
    publishNotReadyAddresses: false,
    internalTrafficPolicy: 'Cluster',
    externalIPs: [],
    labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' },
    system: true,
  };
}

/** The API server's own Service: selector-less, endpoints maintained by the API server itself. */
export function kubernetesService(): Service {
  return {
    namespace: 'default',
    name: 'kubernetes',
    type: 'ClusterIP',
    clusterIP: KUBERNETES_SERVICE_IP,
    headless: false,
    ports: [{ name: 'https', protocol: 'TCP', port: 443, targetPort: APISERVER_PORT }],
    sessionAffinity: 'None',
    publishNotReadyAddresses: false,
    internalTrafficPolicy: 'Cluster',
    externalIPs: [],
    labels: { component: 'apiserver', provider: 'kubernetes' },
    system: true,
  };
}

/**
 * The `kubernetes` EndpointSlice the API server writes (pkg/controlplane/reconcilers): named after
 * the Service, no generated suffix, the control-plane node's address on 6443. It carries no
 * endpointslice.kubernetes.io/managed-by label, so managedBy is ''.
 */
export function kubernetesSlice(apiserverIP: string): EndpointSlice {
  return {
    namespace: 'default',
    name: 'kubernetes',
    service: 'kubernetes',
    addressType: 'IPv4',
    endpoints: [{ addresses: [apiserverIP], conditions: { ready: true, serving: true, terminating: false } }],
    ports: [{ name: 'https', protocol: 'TCP', port: APISERVER_PORT }],
    managedBy: '',
  };
}
