// The cluster model: what loadCluster builds from manifests, and what DNS, kube-proxy and the
// traffic simulation read. Field names mirror the Kubernetes API where one exists.

import type { ContainerPort, Protocol, ServiceType } from '../types/api';
import type { Diagnostic, SourcePosition } from '../types/diagnostic';
import type { ClusterAction } from './actions';

export interface ClusterNode {
  name: string;
  /** Node InternalIP, e.g. 192.168.49.2. */
  ip: string;
  /** e.g. 10.244.1.0/24 */
  podCIDR: string;
}

export interface OwnerRef {
  kind: 'ReplicaSet' | 'StatefulSet' | 'Deployment';
  name: string;
  /** The workload the learner wrote (Deployment or StatefulSet), for grouping in the UI. */
  workload?: { kind: 'Deployment' | 'StatefulSet'; name: string };
}

export interface Pod {
  namespace: string;
  name: string;
  labels: Record<string, string>;
  /** Empty while Pending (no node could take it). */
  node: string;
  /** Empty while Pending. */
  ip: string;
  phase: 'Pending' | 'Running';
  /** The Ready condition. */
  ready: boolean;
  /** Being deleted (graceful termination); its endpoint is `terminating`. */
  terminating: boolean;
  /** A Pod on its way to Ready, one `lifecycleStep` action at a time (absent: settled as phase and ready say). */
  lifecycle?: PodLifecycle;
  /** While `lifecycle` is 'Scheduling': the address of the Pod it replaces, which it must not get. */
  avoidIP?: string;
  hostname?: string;
  subdomain?: string;
  owner?: OwnerRef;
  containerPorts: ContainerPort[];
  /** spec.containers: each container's name and image, in the spec's order (what crictl and kubectl list). */
  containers: PodContainer[];
  /** The first container's image. */
  image?: string;
  /** kube-system's CoreDNS Pods and other Pods the playground adds, not from the source. */
  system?: boolean;
  /** Where the object that made this Pod starts in the source (the Pod, or its workload). */
  source?: SourcePosition;
  /** StatefulSet Pods: the ordinal. */
  ordinal?: number;
  /** ReplicaSet Pods: which Pod of the ReplicaSet this is (0, 1, …; replacements get new numbers). */
  serial?: number;
  /** How many times a Pod of this name was re-created (StatefulSet replacements); picks a new IP. */
  incarnation?: number;
  /** The IP came from the manifest (status.podIP or the pod-ips annotation). */
  pinnedIP?: boolean;
  /** Started with `kubectl run` (the learner's client, as the seed starts it), not from the manifests. */
  kubectlRun?: KubectlRun;
  /** The cluster's clock (`clockSeconds`) when a controller or kubectl made this Pod; absent: made with the cluster. */
  createdAtSeconds?: number;
}

/** One of a Pod's containers, as its spec names it. */
export interface PodContainer {
  name: string;
  image: string;
}

/**
 * `kubectl run NAME --rm -it --image=IMAGE -- /bin/sh`: the seed's client. kubectl's run generator makes a bare
 * Pod labelled `run=NAME` with one container NAME, stdin and tty (kubectl/pkg/cmd/run/run.go); `--rm` deletes it
 * when the shell exits, so it is in nobody's YAML.
 */
export interface KubectlRun {
  namespace: string;
  name: string;
  image: string;
}

/**
 * The stages a new Pod passes through before it is Ready, as `kubectl get pods` shows them:
 * - 'Scheduling': Pending, created by its controller but not yet bound to a node (no IP);
 * - 'ContainerCreating': bound; the kubelet made the sandbox (it has its IP) and is pulling the image;
 * - 'Starting': Running, the readiness probe has not passed yet (READY 0/1).
 */
export type PodLifecycle = 'Scheduling' | 'ContainerCreating' | 'Starting';

/** What a workload stamps onto each Pod; kept so actions (scale, delete) can make new Pods. */
export interface PodTemplate {
  labels: Record<string, string>;
  containerPorts: ContainerPort[];
  containers: PodContainer[];
  image?: string;
  /** spec.template.spec.hostname / subdomain, for Deployments that set them. */
  hostname?: string;
  subdomain?: string;
}

export interface LabelSelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values: string[];
}

export interface ServicePort {
  /** '' when the port has no name. */
  name: string;
  protocol: Protocol;
  port: number;
  /** A number, or the name of a container port. */
  targetPort: number | string;
  nodePort?: number;
  appProtocol?: string;
}

export interface Service {
  namespace: string;
  name: string;
  type: ServiceType;
  /** The VIP, or 'None' for a headless Service, or '' for ExternalName. */
  clusterIP: string;
  headless: boolean;
  ports: ServicePort[];
  /** undefined: a selector-less Service (endpoints come from user EndpointSlices). */
  selector?: Record<string, string>;
  sessionAffinity: 'None' | 'ClientIP';
  /** Only with ClientIP; default 10800. */
  sessionAffinityTimeoutSeconds?: number;
  publishNotReadyAddresses: boolean;
  externalName?: string;
  externalTrafficPolicy?: 'Cluster' | 'Local';
  internalTrafficPolicy: 'Cluster' | 'Local';
  externalIPs: string[];
  loadBalancerIP?: string;
  /** Assigned for LoadBalancer Services by the playground's pretend cloud (status.loadBalancer.ingress). */
  loadBalancerIngressIP?: string;
  healthCheckNodePort?: number;
  /** spec.loadBalancerSourceRanges (kube-proxy writes a KUBE-FW-* chain for them). */
  loadBalancerSourceRanges?: string[];
  labels: Record<string, string>;
  system?: boolean;
  source?: SourcePosition;
}

export interface EndpointConditions {
  ready: boolean;
  serving: boolean;
  terminating: boolean;
}

export interface Endpoint {
  addresses: string[];
  conditions: EndpointConditions;
  hostname?: string;
  nodeName?: string;
  targetRef?: { kind: 'Pod'; namespace: string; name: string };
}

export interface EndpointPort {
  name: string;
  protocol: Protocol;
  /** The resolved target port number on the endpoints of this slice. */
  port: number;
}

export interface EndpointSlice {
  namespace: string;
  name: string;
  /** The kubernetes.io/service-name label. */
  service: string;
  addressType: 'IPv4';
  endpoints: Endpoint[];
  ports: EndpointPort[];
  /** 'endpointslice-controller.k8s.io' for derived slices; 'user' for slices from the source. */
  managedBy: string;
  source?: SourcePosition;
}

export interface Workload {
  kind: 'Deployment' | 'StatefulSet';
  namespace: string;
  name: string;
  replicas: number;
  selector: Record<string, string>;
  templateLabels: Record<string, string>;
  /** StatefulSet only. */
  serviceName?: string;
  source?: SourcePosition;
  /** Line and column of spec.replicas in the source, so a scale action can edit the text. */
  replicasPosition?: SourcePosition;
  /** spec.selector.matchExpressions (ANDed with `selector`, which holds matchLabels). */
  selectorExpressions?: LabelSelectorRequirement[];
  template?: PodTemplate;
  /** StatefulSet: OrderedReady (default) or Parallel. */
  podManagementPolicy?: 'OrderedReady' | 'Parallel';
  /** Deployment: the current ReplicaSet, `<deployment>-<pod-template-hash>`. */
  replicaSet?: string;
  podTemplateHash?: string;
  /** From the playground.k8s.io/pod-ips annotation: Pod IPs in replica/ordinal order. */
  pinnedPodIPs?: string[];
  /** Deployment: the serial the ReplicaSet gives its next new Pod. */
  nextPodSerial?: number;
  /** The `spec:` key when the manifest has no `replicas:`, so a scale edit can insert it. */
  specPosition?: SourcePosition;
}

/**
 * A Cluster is immutable data: actions return a new one. Objects inside may be shared (replicas of
 * a workload share their labels and container ports; endpoints share frozen condition objects), so
 * never change one in place.
 */
export interface Cluster {
  clusterDomain: string;
  nodes: ClusterNode[];
  namespaces: string[];
  pods: Pod[];
  services: Service[];
  endpointSlices: EndpointSlice[];
  workloads: Workload[];
  /** kube-dns Service VIP, 10.96.0.10. */
  dnsServiceIP: string;
  /** The cluster-wide pod CIDR kube-proxy's --cluster-cidr names, 10.244.0.0/16. */
  podCIDR: string;
  /** The Service CIDR, 10.96.0.0/12. */
  serviceCIDR: string;
  /**
   * Seconds the learner moved the simulated clock on (advanceClock actions). A request happens at its
   * client's own time plus this, so DNS TTLs, idle connections and affinity timeouts run out.
   */
  clockSeconds?: number;
}

export interface LoadOptions {
  clusterDomain?: string;
  /** Number of worker nodes, 1–250; default 3. */
  nodes?: number;
  /**
   * Pods started with `kubectl run` once the manifests are applied. One whose name a manifest Pod already has is
   * not started: that Pod is the client (a link whose YAML defines `test` means what it meant).
   */
  run?: readonly KubectlRun[];
  /** The learner's status changes, applied after `run`; the learner warnings describe the cluster they leave. */
  actions?: readonly ClusterAction[];
  /**
   * The Kubernetes minor the API server runs (`1.35`), for the warnings it sends (a deprecated kind). Absent: a
   * current one, past every deprecation the playground knows; every minor the playground offers is.
   */
  kubernetesVersion?: string;
}

export interface LoadResult {
  cluster: Cluster;
  diagnostics: Diagnostic[];
  /** What applying `actions` reported (a Pod that no longer exists, an invalid label), when there was any. */
  actionDiagnostics?: Diagnostic[];
}
