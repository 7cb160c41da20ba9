// Which Services and Pods a large cluster's graph draws. Thousands of cards are unreadable and cost the page
// seconds of layout and rendering, so past a dozen Services or a few dozen Pods on a node the graph draws the first ones in their natural
// order, every element the learner's request touches (the client, kube-dns and CoreDNS, a trace's Services and
// Pods, the selection), and one summary card per row standing for the rest, with their counts. A summary card
// grows by a page at a time when the learner asks for more.

export const SERVICES_SUMMARY_ID = 'summary:services';
export const podsSummaryId = (group: string): string => `summary:pods:${group}`;
export const isSummaryId = (id: string): boolean => id.startsWith('summary:');

/** The Service row is drawn in full up to this many cards: it is one line, and a wider one is fitted too small to read. */
export const SERVICES_DRAWN = 12;
/** One node's Pods are drawn in full up to this many (in columns inside the node). */
export const PODS_DRAWN = 48;
/** How many more a click on a summary card draws: a row's base again. */
export const showMoreStep = (summaryId: string): number => (summaryId === SERVICES_SUMMARY_ID ? SERVICES_DRAWN : PODS_DRAWN);


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
export const rowLimit = (summaryId: string, shown: ShownCounts | undefined): number => showMoreStep(summaryId) + (shown?.[summaryId] ?? 0);
