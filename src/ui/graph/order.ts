// The order the graph draws (and Tab walks) objects in: names as a person counts (`web-2` before `web-10`).
// One collator for every comparison: `localeCompare` with a locale or options makes a new collator per call,
// which sorting thousands of names pays for in hundreds of milliseconds.
const names = new Intl.Collator('en', { numeric: true });
/** The host's default collation, as `localeCompare` without arguments uses. */
const plain = new Intl.Collator();

/** Namespaces in the host's plain collation. */
export const byNamespace = (a: string, b: string): number => plain.compare(a, b);

/** By name (numbers in names compared as numbers), then by namespace. */
export const byName = (a: { name: string; namespace?: string }, b: { name: string; namespace?: string }): number =>
  names.compare(a.name, b.name) || plain.compare(a.namespace ?? '', b.namespace ?? '');
