// Chains the last request went through, from the rules the trace walked (each step names its chain, and a
// matched jump the chain it entered), so the iptables-save tab can highlight their rules.
import type { Trace } from '../../state';
import { rulesWalked } from '../traffic/rules-walked';

// kube-proxy's own chains; the built-in ones (PREROUTING, FORWARD, …) are the kernel's hooks into them.
const isKubeChain = (chain: string): boolean => chain.startsWith('KUBE-');

/** The kube-proxy chains the packets of the trace entered: every chain walked, and every chain a matched rule jumped to. */
export function chainsInTrace(trace: Trace | null): Set<string> {
  const out = new Set<string>();
  for (const hop of trace?.hops ?? []) {
    for (const step of rulesWalked(hop)) {
      if (isKubeChain(step.chain)) out.add(step.chain);
      if (step.matched && step.jump !== undefined && isKubeChain(step.jump)) out.add(step.jump);
    }
  }
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
