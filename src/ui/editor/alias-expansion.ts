// How many nodes a YAML text becomes once its aliases are expanded, counted on the parse tree without
// expanding anything: each anchored node's size is computed once and an alias adds it again.
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';

/** True when some document of `text` expands to more than `budget` nodes (or cannot be measured). */
export function aliasExpansionExceeds(text: string, budget: number): boolean {
  const parsed = parseAllDocuments(text);
  const docs = Array.isArray(parsed) ? parsed : [];
  try {
    for (const doc of docs) if (expandedSize(doc, budget) > budget) return true;
  } catch {
    // Too deep to count (a stack overflow): the language service would fare no better.
    return true;
  }
  return false;
}

function expandedSize(doc: Document.Parsed, budget: number): number {
  const sizes = new Map<unknown, number>();
  const inProgress = new Set<unknown>();
  const size = (node: unknown): number => {
    if (node === null || node === undefined) return 0;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    // An alias to a node that contains it expands without end.
    if (inProgress.has(node)) return Infinity;
    inProgress.add(node);
    let n = 1;
    if (isAlias(node)) n = size(node.resolve(doc));
    else if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        n += isPair(item) ? size(item.key) + size(item.value) : size(item);
        if (n > budget) break;
      }
    } else if (!isScalar(node)) n = 1;
    inProgress.delete(node);
    sizes.set(node, n);
    return n;
  };
  return size(doc.contents as Node | null);
}
