// User Timing marks along an edit's way to the screen: the rebuild starts, its cluster is in the store, the graph
// is committed and painted. scripts/bench-ui.ts reads the latest of each; DevTools and observers see every one
// as it is made. Each mark replaces the previous one of its name: the timeline keeps entries until they are
// cleared, so an uncleared mark per edit grows without end over a long session.
export type TimingMark = 'ksp:rebuild-start' | 'ksp:cluster-set' | 'ksp:graph-committed' | 'ksp:graph-painted';

export function markTiming(name: TimingMark): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.clearMarks(name);
  performance.mark(name);
}
