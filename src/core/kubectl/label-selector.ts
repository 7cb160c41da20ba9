// `-l SELECTOR`: apimachinery pkg/labels selector.go Parse, for the forms kubectl users type:
// `k=v`, `k==v`, `k!=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`, joined by commas (all must hold).
import { isLabelValue, isQualifiedName } from '../validate/names';

export type Requirement =
  | { op: 'eq' | 'neq'; key: string; value: string }
  | { op: 'in' | 'notin'; key: string; values: string[] }
  | { op: 'exists' | 'notexists'; key: string };

export type SelectorResult = { ok: true; value: Requirement[] } | { ok: false; error: string };

const has = (labels: Record<string, string>, k: string): boolean => Object.prototype.hasOwnProperty.call(labels, k);

/** Whether `labels` satisfy every requirement (labels.Requirement.Matches). */
export function matchesSelector(reqs: readonly Requirement[], labels: Record<string, string>): boolean {
  return reqs.every((r) => {
    switch (r.op) {
      case 'eq': return has(labels, r.key) && labels[r.key] === r.value;
      case 'neq': return !has(labels, r.key) || labels[r.key] !== r.value;
      case 'in': return has(labels, r.key) && r.values.includes(labels[r.key]!);
      case 'notin': return !has(labels, r.key) || !r.values.includes(labels[r.key]!);
      case 'exists': return has(labels, r.key);
      case 'notexists': return !has(labels, r.key);
    }
  });
}

function checkKey(key: string): string | undefined {
  const errs = isQualifiedName(key);
  return errs.length ? `unable to parse requirement: key: Invalid value: "${key}": ${errs.join('; ')}` : undefined;
}

function checkValue(v: string): string | undefined {
  const errs = isLabelValue(v);
  return errs.length ? `unable to parse requirement: values[0][${v}]: Invalid value: "${v}": ${errs.join('; ')}` : undefined;
}

/** Splits at commas outside parentheses. */
function terms(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) { out.push(cur); cur = ''; continue; }
    cur += ch;
  }
  out.push(cur);
  return out;
}

/** Parses a selector as kubectl's `-l` does; an empty string selects everything. */
export function parseSelector(text: string): SelectorResult {
  const reqs: Requirement[] = [];
  if (text.trim() === '') return { ok: true, value: reqs };
  for (const raw of terms(text)) {
    const t = raw.trim();
    let m: RegExpExecArray | null;
    let req: Requirement;
    if ((m = /^!\s*([^\s=!(),]+)$/.exec(t))) req = { op: 'notexists', key: m[1]! };
    else if ((m = /^([^\s=!(),]+)\s*(==|=|!=)\s*([^\s=!(),]*)$/.exec(t))) req = { op: m[2] === '!=' ? 'neq' : 'eq', key: m[1]!, value: m[3]! };
    else if ((m = /^([^\s=!(),]+)\s+(in|notin)\s*\(([^()]*)\)$/.exec(t))) {
      req = { op: m[2] === 'in' ? 'in' : 'notin', key: m[1]!, values: m[3]!.split(',').map((v) => v.trim()) };
    } else if ((m = /^([^\s=!(),]+)$/.exec(t))) req = { op: 'exists', key: m[1]! };
    else return { ok: false, error: `unable to parse requirement: found '${t}', expected: identifier` };
    const keyError = checkKey(req.key);
    if (keyError) return { ok: false, error: keyError };
    const values = req.op === 'eq' || req.op === 'neq' ? [req.value] : req.op === 'in' || req.op === 'notin' ? req.values : [];
    for (const v of values) {
      const e = checkValue(v);
      if (e) return { ok: false, error: e };
    }
    reqs.push(req);
  }
  return { ok: true, value: reqs };
}
