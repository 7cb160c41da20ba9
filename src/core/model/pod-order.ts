// The order of a cluster's Pods.

import type { Pod } from './types';

function comparePods(a: Pod, b: Pod): number {
  return a.namespace === b.namespace ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.namespace < b.namespace ? -1 : 1;
}

/** Runs up to this long are sorted in place by insertion, without the copies Array#sort makes. */
const SMALL_RUN = 32;

function insertionSort(pods: Pod[], from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const p = pods[i] as Pod;
    let j = i - 1;
    while (j >= from && comparePods(pods[j] as Pod, p) > 0) {
      pods[j + 1] = pods[j] as Pod;
      j--;
    }
    pods[j + 1] = p;
  }
}

/**
 * Pods by namespace, then name (the order every consumer, and the EndpointSlice derivation, expects).
 * A workload's replicas come one after another and share an owner: each such run is sorted on its
 * own first, so the final sort merges ascending runs (one run when the workloads are listed in name
 * order) instead of comparing 2,000 Pods from scratch.
 */
export function sortPods(pods: Pod[]): Pod[] {
  let start = 0;
  for (let i = 1; i <= pods.length; i++) {
    const owner = (pods[start] as Pod).owner;
    if (i < pods.length && owner !== undefined && (pods[i] as Pod).owner === owner) continue;
    if (i - start > SMALL_RUN) {
      const run = pods.slice(start, i).sort(comparePods);
      for (let k = 0; k < run.length; k++) pods[start + k] = run[k] as Pod;
    } else if (i - start > 1) insertionSort(pods, start, i);
    start = i;
  }
  return pods.sort(comparePods);
}
