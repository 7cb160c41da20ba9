// The values the API server and controllers make up for an object that the playground has no record of: its uid,
// resourceVersion, creation time and the random suffixes controllers pick. This is the one place they are
// invented. Each is a pure function of the object's kind, namespace and name (and for times, the cluster's clock),
// so the same scenario prints the same YAML every time, and an unrelated object changes none of them.
// - uid: a version-4 UUID whose bits come from hashing kind/namespace/name (a real server draws them at random).
// - resourceVersion: a 6-digit number hashed the same way (a real one is the etcd revision of the last write).
// - creationTimestamp, startTime, condition times: every object was made when the cluster was loaded, at
//   CLUSTER_START; the simulated clock moves "now" on from there (the model keeps no later creation times).
// - generated suffixes: kube-api-access-XXXXX, a StatefulSet's controller-revision hash.
import type { Cluster } from '../model/types';
import { hashParts, safeRandomString } from '../util/hash';

/** When every object of the simulated cluster was created. */
export const CLUSTER_START = Date.UTC(2026, 0, 1, 0, 0, 0);

/** metav1.Time as JSON: RFC 3339 in UTC, whole seconds. */
export function apiTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The creation time of every object. */
export const createdAt = (): string => apiTime(CLUSTER_START);

/** The cluster's "now": its start plus the seconds the learner moved the clock on. */
export const clusterNow = (cluster: Pick<Cluster, 'clockSeconds'>): number => CLUSTER_START + (cluster.clockSeconds ?? 0) * 1000;

const hex8 = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');

/** A UUID (version 4 layout) for the object. */
export function objectUid(kind: string, namespace: string, name: string): string {
  const h = [0, 1, 2, 3].map((i) => hex8(hashParts('uid', i, kind, namespace, name))).join('');
  const variant = '89ab'[parseInt(h[16]!, 16) % 4];
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The object's resourceVersion: digits, as etcd revisions are. */
export function resourceVersion(kind: string, namespace: string, name: string): string {
  return String(100000 + (hashParts('rv', kind, namespace, name) % 900000));
}

/** The projected service-account token volume's name (ServiceAccount admission: kube-api-access- and 5 chars). */
export const tokenVolumeName = (namespace: string, pod: string): string => `kube-api-access-${safeRandomString(5, 'token-volume', namespace, pod)}`;

/** A StatefulSet's controller revision, `NAME-HASH` (controller_history.go ControllerRevisionName). */
export const controllerRevision = (namespace: string, name: string): string => `${name}-${safeRandomString(10, 'revision', namespace, name)}`;
