// Pods indexed by namespace and label pair, so selecting a Service's or a workload's Pods costs the
// size of the smallest matching bucket instead of a scan of every Pod (200 Services × 2,000 Pods).
// A label key is indexed the first time a selector asks for it: selectors name few keys (`app`), while
// every Pod carries several more (pod-template-hash, a StatefulSet Pod's own name and index) that no
// selector reads.

import type { LabelSelectorIn } from '../validate/objects';
import { selectorMatches } from '../validate/selector';
import type { Pod } from './types';

const EMPTY: readonly Pod[] = [];

interface NamespacePods {
  /** Every Pod of the namespace, in input order. */
  all: Pod[];
  /** label key → label value → Pods, in input order; made per key on first use. */
  labels: Map<string, Map<string, Pod[]>>;
}

export class PodIndex {
  private readonly byNamespace = new Map<string, NamespacePods>();

  constructor(pods: readonly Pod[]) {
    let last: NamespacePods | undefined;
    let lastName = '';
    for (const pod of pods) {
      // Pods usually come sorted by namespace: skip the lookup while it does not change.
      if (last === undefined || pod.namespace !== lastName) {
        lastName = pod.namespace;
        last = this.byNamespace.get(lastName);
        if (!last) this.byNamespace.set(lastName, (last = { all: [], labels: new Map() }));
      }
      last.all.push(pod);
    }
  }

  private bucketsFor(ns: NamespacePods, key: string): Map<string, Pod[]> {
    let values = ns.labels.get(key);
    if (values) return values;
    values = new Map();
    for (const pod of ns.all) {
      const labels = pod.labels;
      if (!Object.prototype.hasOwnProperty.call(labels, key)) continue;
      const v = labels[key] as string;
      const bucket = values.get(v);
      if (bucket) bucket.push(pod);
      else values.set(v, [pod]);
    }
    ns.labels.set(key, values);
    return values;
  }

  /**
   * Pods in `namespace` matching every label of `selector` (and the expressions, if any), in input
   * order. The array may be the index's own: read it, never change it.
   */
  select(namespace: string, selector: Record<string, string>, expressions: LabelSelectorIn['matchExpressions'] = []): readonly Pod[] {
    const ns = this.byNamespace.get(namespace);
    if (!ns) return EMPTY;
    const keys = Object.keys(selector);
    let candidates: Pod[] | undefined;
    for (const k of keys) {
      const bucket = this.bucketsFor(ns, k).get(selector[k] as string);
      if (!bucket) return EMPTY;
      if (!candidates || bucket.length < candidates.length) candidates = bucket;
    }
    candidates ??= ns.all;
    if (keys.length === 1 && expressions.length === 0) return candidates;
    const sel: LabelSelectorIn = { matchLabels: selector, matchExpressions: expressions };
    return candidates.filter((p) => selectorMatches(sel, p.labels));
  }
}
