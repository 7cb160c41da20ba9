// The playground's fixed cluster layout: addresses, ranges and controller settings as kind/kubeadm set
// them up. The API server's own defaults for the objects are in validate/defaults.ts.

import type { KubectlRun } from './types';

/** Namespaces every cluster starts with. */
export const BUILTIN_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];
export const DEFAULT_CLUSTER_DOMAIN = 'cluster.local';
export const DEFAULT_NODE_COUNT = 3;

/** kube-apiserver --service-cluster-ip-range default on kubeadm/kind. */
export const SERVICE_CIDR = '10.96.0.0/12';
/** The first address of the Service CIDR: default/kubernetes. */
export const KUBERNETES_SERVICE_IP = '10.96.0.1';
/** kubeadm's DNS Service IP: the tenth address of the Service CIDR. */
export const DNS_SERVICE_IP = '10.96.0.10';
/** kube-controller-manager --cluster-cidr on kind/kubeadm with flannel-style /24 per node. */
export const CLUSTER_POD_CIDR = '10.244.0.0/16';
/** kube-apiserver --service-node-port-range default. */
export const NODE_PORT_MIN = 30000;
export const NODE_PORT_MAX = 32767;
/** kube-apiserver secure port behind the kubernetes Service. */
export const APISERVER_PORT = 6443;
/** kubelet --max-pods default. */
export const MAX_PODS_PER_NODE = 110;
/**
 * LoadBalancer ingress IPs: the playground's pretend cloud hands them out from 172.18.255.200
 * upward, as kind users commonly configure MetalLB / cloud-provider-kind on the kind Docker network.
 */
export const LOAD_BALANCER_POOL_START = '172.18.255.200';
export const LOAD_BALANCER_POOL_SIZE = 50;
/** EndpointSlice controller --max-endpoints-per-slice default. */
export const MAX_ENDPOINTS_PER_SLICE = 100;
export const ENDPOINTSLICE_CONTROLLER = 'endpointslice-controller.k8s.io';

/** The playground's annotation that pins a workload's Pod IPs, in ordinal/replica order. */
export const POD_IPS_ANNOTATION = 'playground.k8s.io/pod-ips';

/** Node i (1-based): kind-style node IP on the 172.18.0.0/16 Docker network, pod CIDR 10.244.i.0/24. */
export function nodeName(i: number): string {
  return `node-${i}`;
}
export function nodeIP(i: number): string {
  return `172.18.0.${i + 1}`;
}
export function nodePodCIDR(i: number): string {
  return `10.244.${i}.0/24`;
}

/**
 * The seed's client, `kubectl run test --rm -it --image=busybox -- /bin/sh`: in nobody's YAML, so the playground
 * starts it (loadCluster's `run`).
 */
export const SEED_CLIENT: KubectlRun = { namespace: 'default', name: 'test', image: 'busybox' };
