// Decoded, defaulted manifests: what validation checks and build turns into the Cluster. Internal to
// core; the public shapes are in model/types.ts and types/.

import type { PositionIndex } from '../manifest/positions';
import type { ContainerPort, Protocol, ServiceType } from '../types/api';

/** Where an object sits in the source: its document's position index and its path prefix there. */
export interface ObjectSource {
  positions: PositionIndex;
  /** '' for a document's root object, `items[3]` for an item of a `kind: List`. */
  base: string;
  /** Document index, for stable ordering. */
  doc: number;
}

export interface ObjectMeta {
  name: string;
  namespace: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

export interface ServicePortIn {
  name: string;
  protocol: Protocol;
  port: number;
  targetPort: number | string;
  nodePort: number;
  appProtocol?: string;
}

export interface ServiceIn {
  kind: 'Service';
  meta: ObjectMeta;
  type: ServiceType;
  /** What the manifest asked for: '' (allocate), 'None', or an address. */
  clusterIP: string;
  ports: ServicePortIn[];
  selector?: Record<string, string>;
  sessionAffinity: 'None' | 'ClientIP';
  sessionAffinityTimeoutSeconds?: number;
  /** sessionAffinityConfig was given (validation forbids it with None). */
  hasSessionAffinityConfig: boolean;
  publishNotReadyAddresses: boolean;
  externalName: string;
  externalTrafficPolicy?: 'Cluster' | 'Local';
  internalTrafficPolicy: 'Cluster' | 'Local';
  externalIPs: string[];
  loadBalancerIP?: string;
  source: ObjectSource;
}

export interface ContainerIn {
  name: string;
  image: string;
  ports: ContainerPort[];
  /** What the image's entrypoint sees, for the learner warnings about images that refuse to start. */
  startup: ContainerStartup;
}

/** A container's command line and environment, as far as a manifest says. */
export interface ContainerStartup {
  /** Names of env variables given a value: a non-empty `value`, or `valueFrom` (whose value is not seen here). */
  env: string[];
  /** envFrom is given: more variables come from a ConfigMap or Secret the playground does not see. */
  envFrom: boolean;
  /** `command` is given: it replaces the image's entrypoint. */
  command: boolean;
  /** `args[0]`, which replaces the image's command (the entrypoint's first argument). */
  firstArg?: string;
}

export interface PodSpecIn {
  containers: ContainerIn[];
  hostname?: string;
  subdomain?: string;
  restartPolicy: string;
  nodeName?: string;
}

export interface PodIn {
  kind: 'Pod';
  meta: ObjectMeta;
  spec: PodSpecIn;
  status: { podIP?: string; ready?: boolean };
  /** metadata.deletionTimestamp was set (a `kubectl get -o yaml` of a Pod being deleted). */
  terminating: boolean;
  source: ObjectSource;
}

export interface SelectorRequirement {
  key: string;
  operator: string;
  values: string[];
}

export interface LabelSelectorIn {
  matchLabels: Record<string, string>;
  matchExpressions: SelectorRequirement[];
  /** The fields were present (Go prints absent ones as nil), for the empty-selector message. */
  given?: { matchLabels: boolean; matchExpressions: boolean };
}

export interface PodTemplateIn {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  spec: PodSpecIn;
}

export interface WorkloadIn {
  kind: 'Deployment' | 'StatefulSet';
  meta: ObjectMeta;
  replicas: number;
  /** undefined when the manifest has no selector (an error). */
  selector?: LabelSelectorIn;
  template: PodTemplateIn;
  serviceName?: string;
  podManagementPolicy?: string;
  source: ObjectSource;
}

export interface EndpointSliceIn {
  kind: 'EndpointSlice';
  meta: ObjectMeta;
  addressType: string;
  endpoints: {
    addresses: string[];
    conditions: { ready?: boolean; serving?: boolean; terminating?: boolean };
    hostname?: string;
    nodeName?: string;
    targetRef?: { kind: string; namespace: string; name: string };
  }[];
  ports: { name: string; protocol: Protocol; port?: number }[];
  source: ObjectSource;
}

export interface EndpointAddressIn {
  ip: string;
  hostname?: string;
  nodeName?: string;
  targetRef?: { kind: string; namespace: string; name: string };
}

/** v1 Endpoints (deprecated in 1.33): the addresses of a Service without a selector, in subsets. */
export interface EndpointsIn {
  kind: 'Endpoints';
  meta: ObjectMeta;
  subsets: {
    addresses: EndpointAddressIn[];
    notReadyAddresses: EndpointAddressIn[];
    ports: { name: string; port: number; protocol: Protocol; appProtocol?: string }[];
  }[];
  source: ObjectSource;
}

export interface NamespaceIn {
  kind: 'Namespace';
  meta: ObjectMeta;
  source: ObjectSource;
}

export type ObjectIn = ServiceIn | PodIn | WorkloadIn | EndpointSliceIn | EndpointsIn | NamespaceIn;
