// How the playground names a Pod in a request, a terminal or a link: `namespace/name`, or a bare `name` in
// the default namespace, as `kubectl exec` takes `-n namespace name`. Every layer parses it here.

import { DEFAULT_NAMESPACE } from '../validate/defaults';
import type { Cluster, Pod } from './types';

export interface PodRef {
  namespace: string;
  name: string;
}

/** `default/test` → default, test; `test` → default, test. The first slash splits (a Pod name has none). */
export function parsePodRef(ref: string): PodRef {
  const slash = ref.indexOf('/');
  return slash < 0 ? { namespace: DEFAULT_NAMESPACE, name: ref } : { namespace: ref.slice(0, slash), name: ref.slice(slash + 1) };
}

/** The Pod a reference names, if the cluster has it. */
export function findPod(cluster: Cluster, ref: string): Pod | undefined {
  const { namespace, name } = parsePodRef(ref);
  return cluster.pods.find((p) => p.namespace === namespace && p.name === name);
}
