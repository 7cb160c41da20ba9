// Label selector matching (apimachinery pkg/labels): matchLabels AND every matchExpression.

import type { LabelSelectorIn } from './objects';

export function selectorMatches(sel: LabelSelectorIn, labels: Record<string, string>): boolean {
  if (!mapSelectorMatches(sel.matchLabels, labels)) return false;
  for (const req of sel.matchExpressions) {
    const has = Object.prototype.hasOwnProperty.call(labels, req.key);
    const v = labels[req.key];
    switch (req.operator) {
      case 'In':
        if (!has || !req.values.includes(v ?? '')) return false;
        break;
      case 'NotIn':
        if (has && req.values.includes(v ?? '')) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** A Service selector (a plain map): every key/value must be present. An empty map selects nothing here; callers treat it as selector-less. */
export function mapSelectorMatches(selector: Record<string, string>, labels: Record<string, string>): boolean {
  // for-in rather than Object.keys: no key array per test.
  for (const k in selector) {
    if (!Object.prototype.hasOwnProperty.call(selector, k)) continue;
    if (!Object.prototype.hasOwnProperty.call(labels, k) || labels[k] !== selector[k]) return false;
  }
  return true;
}
