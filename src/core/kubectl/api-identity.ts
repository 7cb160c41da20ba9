// The values the API server and controllers make up for an object that the playground has no record of: its uid,
// resourceVersion, creation time and the random suffixes controllers pick. This is the one place they are
// invented. Each is a pure function of the object's kind, namespace and name (and for times, the cluster's clock),
// so the same scenario prints the same YAML every time, and an unrelated object changes none of them.
// - uid: a version-4 UUID whose bits come from hashing kind/namespace/name (a real server draws them at random).
// - resourceVersion: a 6-digit number hashed the same way (a real one is the etcd revision of the last write).
// - creationTimestamp, startTime, condition times: an object was made when the cluster was loaded, at
//   CLUSTER_START, or, a Pod a controller or kubectl made later, at the simulated clock then; the clock moves "now"
//   on from CLUSTER_START (the model keeps no later times of other kinds, nor of a Pod's conditions).
// - generated suffixes: kube-api-access-XXXXX, a StatefulSet's controller-revision hash.
import type { Cluster } from '../model/types';
import { hashParts, safeRandomString } from '../util/hash';

/** When every object of the simulated cluster was created. */
export const CLUSTER_START = Date.UTC(2026, 0, 1, 0, 0, 0);

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number): string => String(n).padStart(2, '0');

/**
 * Go's time.RFC1123Z layout in UTC, as kubectl describe prints a Pod's and a container's start.
 * @example rfc1123z(CLUSTER_START) // 'Thu, 01 Jan 2026 00:00:00 +0000'
 */
export function rfc1123z(ms: number): string {
  const t = new Date(ms);
  return `${DAYS[t.getUTCDay()]}, ${two(t.getUTCDate())} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())} +0000`;
}

/** metav1.Time as JSON: RFC 3339 in UTC, whole seconds. */
export function apiTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** An object's creation time: with the cluster, or `seconds` of the simulated clock later. */
export const createdAt = (seconds = 0): string => apiTime(CLUSTER_START + seconds * 1000);

/**
 * How long ago an object was made, as kubectl's AGE column prints it: apimachinery's duration.HumanDuration of
 * now − creationTimestamp, about two significant figures.
 * @example humanDuration(190) // '3m10s'
 */
export function humanDuration(seconds: number): string {
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.floor(seconds / 3600);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) return hours % 24 === 0 ? `${hours / 24}d` : `${Math.floor(hours / 24)}d${hours % 24}h`;
  const days = Math.floor(hours / 24);
  if (hours < 24 * 365 * 2) return `${days}d`;
  if (hours < 24 * 365 * 8) return days % 365 === 0 ? `${days / 365}y` : `${Math.floor(days / 365)}y${days % 365}d`;
  return `${Math.floor(days / 365)}y`;
}

/** An object's AGE column at the cluster's clock: made with the cluster, or at `createdAtSeconds`. */
export const ageOf = (cluster: Pick<Cluster, 'clockSeconds'>, createdAtSeconds = 0): string =>
  humanDuration((cluster.clockSeconds ?? 0) - createdAtSeconds);

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
