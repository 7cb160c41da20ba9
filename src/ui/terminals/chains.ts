// Chains the last request went through, collected from the trace's hop details (any value naming a KUBE-
// chain), so the iptables-save tab can highlight their rules.
import type { Trace } from '../../state';

export function chainsInTrace(trace: Trace | null): Set<string> {
  const out = new Set<string>();
  const visit = (v: unknown) => {
    if (typeof v === 'string') {
      for (const m of v.matchAll(/KUBE-[A-Z0-9-]+/g)) out.add(m[0]);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  for (const hop of trace?.hops ?? []) visit(hop.detail);
  return out;
}

/** The highlight class for one iptables-save line: the chain it belongs to (`-A CHAIN …`) was used. */
export function iptablesLineClass(line: string, used: Set<string>): string | undefined {
  if (!used.size) return undefined;
  const m = /^-A (\S+)/.exec(line) ?? /^:(\S+)/.exec(line);
  if (!m) return undefined;
  if (!used.has(m[1]!)) return undefined;
  // The rule that jumped to the next chain stands out more than the rest of the chain.
  const jump = /-j (\S+)/.exec(line);
  return jump && used.has(jump[1]!) ? 'used used-jump' : 'used';
}
