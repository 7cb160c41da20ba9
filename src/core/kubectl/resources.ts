// The resource types `kubectl get` and friends accept, by every name the API server's discovery gives them
// (plural, singular, short names, `plural.group`), and how kubectl prints their kind in `kind.group/name`.
export type ResourceType = 'pods' | 'services' | 'endpointslices' | 'deployments' | 'statefulsets' | 'replicasets';

export interface ResourceInfo {
  type: ResourceType;
  /** `pod`, `deployment.apps`: the prefix of `-o name` and of rows when several types are printed. */
  kindGroup: string;
  /** The resource as API errors name it: `pods`, `deployments.apps`. */
  groupResource: string;
}

export const RESOURCES: Readonly<Record<ResourceType, ResourceInfo>> = {
  pods: { type: 'pods', kindGroup: 'pod', groupResource: 'pods' },
  services: { type: 'services', kindGroup: 'service', groupResource: 'services' },
  endpointslices: { type: 'endpointslices', kindGroup: 'endpointslice.discovery.k8s.io', groupResource: 'endpointslices.discovery.k8s.io' },
  deployments: { type: 'deployments', kindGroup: 'deployment.apps', groupResource: 'deployments.apps' },
  statefulsets: { type: 'statefulsets', kindGroup: 'statefulset.apps', groupResource: 'statefulsets.apps' },
  replicasets: { type: 'replicasets', kindGroup: 'replicaset.apps', groupResource: 'replicasets.apps' },
};

const ALIASES: Readonly<Record<string, ResourceType>> = {
  pods: 'pods', pod: 'pods', po: 'pods',
  services: 'services', service: 'services', svc: 'services',
  endpointslices: 'endpointslices', endpointslice: 'endpointslices', 'endpointslices.discovery.k8s.io': 'endpointslices',
  deployments: 'deployments', deployment: 'deployments', deploy: 'deployments', 'deployments.apps': 'deployments',
  statefulsets: 'statefulsets', statefulset: 'statefulsets', sts: 'statefulsets', 'statefulsets.apps': 'statefulsets',
  replicasets: 'replicasets', replicaset: 'replicasets', rs: 'replicasets', 'replicasets.apps': 'replicasets',
};

/**
 * The `all` category (what `kubectl api-resources --categories=all` lists) among the types the playground has,
 * in discovery's order: pods, services, then the apps group's deployments, replicasets, statefulsets.
 */
export const ALL_CATEGORY: readonly ResourceType[] = ['pods', 'services', 'deployments', 'replicasets', 'statefulsets'];

/** A type name as typed (case-insensitive, like kubectl's RESTMapper); undefined: the server has no such type. */
export function resourceType(name: string): ResourceType | undefined {
  const key = name.toLowerCase();
  return Object.prototype.hasOwnProperty.call(ALIASES, key) ? ALIASES[key] : undefined;
}
