// Parts of the page the first view does not need (the terminals under the graph, below the fold on a phone) mount
// after the first graph is painted (editor/load-order.ts says when that is).
import { startTransition, useEffect, useState } from 'react';
import { getAppStore } from '../state';
import { afterFirstGraph } from './editor/load-order';

/**
 * False until the first build's graph is painted, then true. The change is a transition, so React renders what it
 * reveals in slices between which the page answers input.
 */
export function useAfterFirstGraph(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => afterFirstGraph(getAppStore(), () => startTransition(() => setReady(true))), []);
  return ready;
}
