// Pods indexed by namespace and label pair, so selecting a Service's or a workload's Pods costs the
// size of the smallest matching bucket instead of a scan of every Pod (200 Services × 2,000 Pods).

import type { LabelSelectorIn } from './objects';
import { selectorMatches } from './selector';
import type { Pod } from './types';

type Buckets = Map<string, Map<string, Pod[]>>;

export class PodIndex {
  /** namespace → label key → label value → Pods, in input order. */
  private readonly byNamespace = new Map<string, { all: Pod[]; labels: Buckets }>();

  constructor(pods: readonly Pod[]) {
    for (const pod of pods) {
      let ns = this.byNamespace.get(pod.namespace);
      if (!ns) this.byNamespace.set(pod.namespace, (ns = { all: [], labels: new Map() }));
      ns.all.push(pod);
      const labels = pod.labels;
      for (const k in labels) {
        if (!Object.prototype.hasOwnProperty.call(labels, k)) continue;
        let values = ns.labels.get(k);
        if (!values) ns.labels.set(k, (values = new Map()));
        const v = labels[k] as string;
        const bucket = values.get(v);
        if (bucket) bucket.push(pod);
        else values.set(v, [pod]);
      }
    }
  }

  /** Pods in `namespace` matching every label of `selector` (and the expressions, if any), in input order. */
  select(namespace: string, selector: Record<string, string>, expressions: LabelSelectorIn['matchExpressions'] = []): Pod[] {
    const ns = this.byNamespace.get(namespace);
    if (!ns) return [];
    const keys = Object.keys(selector);
    let candidates: Pod[] | undefined;
    for (const k of keys) {
      const bucket = ns.labels.get(k)?.get(selector[k] as string);
      if (!bucket) return [];
      if (!candidates || bucket.length < candidates.length) candidates = bucket;
    }
    candidates ??= ns.all;
    if (keys.length === 1 && expressions.length === 0) return candidates.slice();
    const sel: LabelSelectorIn = { matchLabels: selector, matchExpressions: expressions };
    return candidates.filter((p) => selectorMatches(sel, p.labels));
  }
}
