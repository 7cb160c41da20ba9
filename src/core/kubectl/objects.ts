// The objects of one resource type kubectl lists: their namespace, name, labels, in the API server's order
// (by namespace, then name: etcd's key order).
import type { Cluster, EndpointSlice, Pod, Service, Workload } from '../model/types';
import type { ResourceType } from './resources';

/** A Deployment's current ReplicaSet, as the model keeps it on the Deployment. */
export interface ReplicaSetObject { namespace: string; name: string; deployment: Workload; labels: Record<string, string> }

export type KubeObject =
  | { type: 'pods'; namespace: string; name: string; labels: Record<string, string>; pod: Pod }
  | { type: 'services'; namespace: string; name: string; labels: Record<string, string>; service: Service }
  | { type: 'endpointslices'; namespace: string; name: string; labels: Record<string, string>; slice: EndpointSlice }
  | { type: 'deployments' | 'statefulsets'; namespace: string; name: string; labels: Record<string, string>; workload: Workload }
  | { type: 'replicasets'; namespace: string; name: string; labels: Record<string, string>; replicaSet: ReplicaSetObject };

const order = (a: KubeObject, b: KubeObject): number =>
  a.namespace < b.namespace ? -1 : a.namespace > b.namespace ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/** The labels the EndpointSlice controller puts on its slices (endpointslice reconciler setEndpointSliceLabels). */
function sliceLabels(s: EndpointSlice): Record<string, string> {
  return { 'endpointslice.kubernetes.io/managed-by': s.managedBy, 'kubernetes.io/service-name': s.service };
}

/** Every object of `type` in the cluster, in the API server's order. */
export function objectsOf(cluster: Cluster, type: ResourceType): KubeObject[] {
  let list: KubeObject[];
  switch (type) {
    case 'pods':
      list = cluster.pods.map((pod) => ({ type, namespace: pod.namespace, name: pod.name, labels: pod.labels, pod }));
      break;
    case 'services':
      list = cluster.services.map((service) => ({ type, namespace: service.namespace, name: service.name, labels: service.labels, service }));
      break;
    case 'endpointslices':
      list = cluster.endpointSlices.map((slice) => ({ type, namespace: slice.namespace, name: slice.name, labels: sliceLabels(slice), slice }));
      break;
    case 'deployments':
    case 'statefulsets': {
      const kind = type === 'deployments' ? 'Deployment' : 'StatefulSet';
      list = cluster.workloads.filter((w) => w.kind === kind)
        .map((workload) => ({ type, namespace: workload.namespace, name: workload.name, labels: workload.templateLabels, workload }));
      break;
    }
    case 'replicasets':
      list = cluster.workloads.filter((w) => w.kind === 'Deployment').map((w) => {
        const labels: Record<string, string> = { ...(w.template?.labels ?? w.templateLabels) };
        if (w.podTemplateHash !== undefined) labels['pod-template-hash'] = w.podTemplateHash;
        const replicaSet: ReplicaSetObject = { namespace: w.namespace, name: w.replicaSet ?? w.name, deployment: w, labels };
        return { type, namespace: w.namespace, name: replicaSet.name, labels, replicaSet };
      });
      break;
  }
  return list.sort(order);
}

/** The Pods a workload owns that are not being deleted (controller_utils.go FilterActivePods). */
export function activePods(cluster: Cluster, w: Workload): Pod[] {
  return cluster.pods.filter((p) => p.namespace === w.namespace && p.owner?.workload?.kind === w.kind && p.owner.workload.name === w.name && !p.terminating);
}

/** The Pod's first container's name: kubectl's default container for exec. */
export function containerName(pod: Pick<Pod, 'containers' | 'name'>): string {
  return pod.containers[0]?.name ?? pod.name;
}
