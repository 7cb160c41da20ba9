// `crictl ps` on a node: the running containers of the Pods scheduled there, one row per container of the Pod's
// spec, as cri-tools prints them (cmd/crictl/container.go OutputContainers: CONTAINER, IMAGE, CREATED, STATE, NAME,
// ATTEMPT, POD ID, POD, NAMESPACE through display.go's tabwriter — minwidth 20, padding 3, spaces; ids cut to 13
// characters by getTruncatedID; the image is the kubelet's image id, sha256 cut the same way; CREATED is go-units
// HumanDuration + " ago"; NAME is the container's name from the spec, ATTEMPT its restart count). Ids are hashes of
// the Pod, its incarnation and the container's name (a runtime makes random ones), so a Pod made again gets new
// ones. Nothing here restarts a container in place — a deleted Pod is a new Pod with new containers — so ATTEMPT is
// 0. The Pods are taken as created when the cluster was loaded (clock 0), so crictl's newest-first order
// (containerByCreated) leaves them in the cluster's order.
import type { Cluster } from '../../model/types';
import { fnv1a } from '../../util/hash';

const hexId = (seed: string): string => [0, 1].map((i) => fnv1a(`${seed}/${i}`).toString(16).padStart(8, '0')).join('').slice(0, 13);

/** go-units HumanDuration (duration.go), as crictl uses it. */
export function humanDuration(seconds: number): string {
  const s = Math.floor(seconds);
  if (s < 1) return 'Less than a second';
  if (s === 1) return '1 second';
  if (s < 60) return `${s} seconds`;
  const minutes = Math.floor(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.floor(seconds / 3600 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(seconds / 3600 / 24 / 365)} years`;
}

/** Go's text/tabwriter with crictl's settings: each column as wide as its widest cell plus 3, at least 20. */
export function tabwrite(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows) r.slice(0, -1).forEach((c, i) => { widths[i] = Math.max(widths[i] ?? 0, c.length + 3, 20); });
  return rows.map((r) => r.map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i]!) : c)).join('') + '\n').join('');
}

/** `crictl ps` on `node` at `age` seconds after the Pods were created. */
export function formatCrictlPs(cluster: Cluster, node: string, age: number): string {
  const rows = [['CONTAINER', 'IMAGE', 'CREATED', 'STATE', 'NAME', 'ATTEMPT', 'POD ID', 'POD', 'NAMESPACE']];
  for (const pod of cluster.pods) {
    if (pod.node !== node || pod.phase !== 'Running' || pod.lifecycle === 'ContainerCreating') continue;
    const key = `${pod.namespace}/${pod.name}/${pod.incarnation ?? 0}`;
    for (const c of pod.containers) {
      rows.push([hexId(`container/${key}/${c.name}`), hexId(`image/${c.image}`), `${humanDuration(age)} ago`, 'Running', c.name, '0', hexId(`sandbox/${key}`), pod.name, pod.namespace]);
    }
  }
  return tabwrite(rows);
}
