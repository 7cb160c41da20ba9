// Which Services and Pods a large cluster's graph draws. Thousands of cards are unreadable and cost the page
// seconds of layout and rendering, so past a few dozen per row the graph draws the first ones in their natural
// order, every element the learner's request touches (the client, kube-dns and CoreDNS, a trace's Services and
// Pods, the selection), and one summary card per row standing for the rest, with their counts. A summary card
// grows by a page at a time when the learner asks for more.

/** A row (the Service row, or one node's Pods) is drawn in full up to this many elements. */
export const DRAWN_PER_ROW = 48;
/** How many more elements one "show more" on a summary card draws. */
export const SHOW_MORE_STEP = 48;

export const SERVICES_SUMMARY_ID = 'summary:services';
export const podsSummaryId = (group: string): string => `summary:pods:${group}`;
export const isSummaryId = (id: string): boolean => id.startsWith('summary:');

/** How many of each row to draw before summarising: grown by "show more", by summary id. */
export type ShownCounts = Readonly<Record<string, number>>;

export interface RowSplit<T> {
  drawn: T[];
  hidden: T[];
}

/**
 * Splits a row in natural order into what is drawn and what a summary card counts: the first `limit`, plus any
 * element `keep` names wherever it stands. Order is kept; a row at or under the limit is drawn whole.
 * @example splitRow(['a', 'b', 'c', 'd'], (x) => x, 2, new Set(['d'])) // { drawn: ['a', 'b', 'd'], hidden: ['c'] }
 */
export function splitRow<T>(row: readonly T[], idOf: (item: T) => string, limit: number, keep: { has(id: string): boolean }): RowSplit<T> {
  if (row.length <= limit) return { drawn: [...row], hidden: [] };
  const drawn: T[] = [];
  const hidden: T[] = [];
  row.forEach((item, i) => (i < limit || keep.has(idOf(item)) ? drawn : hidden).push(item));
  return { drawn, hidden };
}

/** The row's limit: the base, plus what "show more" added for its summary card. */
export const rowLimit = (summaryId: string, shown: ShownCounts | undefined): number => DRAWN_PER_ROW + (shown?.[summaryId] ?? 0);
