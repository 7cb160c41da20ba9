// Input limits. The playground parses whatever a learner types or pastes (or a share link carries) on
// the main thread or in a worker, so every cost that grows with the input is capped here, each with
// its reason.

/** Source text cap: 1 MiB. A real manifest set is a few KB; more is a paste accident or an attack. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

/**
 * Replicas per workload: 1,000. Each replica is a simulated Pod with a name, IP and endpoint; far
 * beyond this the graph is unreadable and building would take noticeable time. Larger values are
 * clamped with a warning.
 */
export const MAX_REPLICAS = 1000;

/**
 * YAML nesting depth: 64 (js-yaml's maxDepth). Kubernetes objects nest about 12 deep; recursion over
 * 10k-deep input would overflow the stack.
 */
export const MAX_DEPTH = 64;

/**
 * Alias expansion budget per document: 200,000 nodes. js-yaml shares aliased values by reference, so
 * a "billion laughs" document is small in memory but explodes when walked; we count the expanded
 * size with this budget before reading the document and reject it if it is exceeded.
 */
export const MAX_EXPANDED_NODES = 200_000;

/** Documents per source: 5,000 (the 2,000-Pod benchmark needs ~400). */
export const MAX_DOCUMENTS = 5000;

/** Simulated nodes: 1 to 250, since node N gets pod CIDR 10.244.N.0/24. */
export const MAX_NODES = 250;

/** UTF-8 byte length of `text`, stopping early once it passes `limit`. */
export function utf8Length(text: string, limit = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Walks `value` as if aliases were expanded, and reports whether the expanded tree has more than
 * `budget` nodes. Runs in O(budget) at most, whatever the sharing.
 */
export function exceedsExpansionBudget(value: unknown, budget = MAX_EXPANDED_NODES): boolean {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (++count > budget) return true;
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push(v[i]);
    } else {
      for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key]);
    }
  }
  return false;
}

/**
 * A shell command line: 4,096 characters (Linux's terminal line discipline buffers 4,095 in canonical mode,
 * n_tty.c N_TTY_BUF_SIZE). The terminal cannot deliver more in one line; a share link must not either.
 */
export const MAX_SHELL_LINE = 4096;

/** The longest single move of the simulated clock: a year (an affinity timeout is at most 86400 s; a day is plenty). */
export const MAX_CLOCK_STEP_SECONDS = 31_536_000;
