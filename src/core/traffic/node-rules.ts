// A node's rules as a request meets them: the iptables-save text, its parse (for the tracer) and its compiled form
// (for the fast path), built once per cluster object and node. Apart from world.ts, whose lookups the page's request
// check uses without the rules.
import { compileRules, type CompiledRules } from '../proxy/compile';
import { iptablesSave } from '../proxy/iptables';
import { parseIptablesSave, type Tables } from '../proxy/parse';
import type { World } from './world';

export interface NodeRules {
  node: string;
  text: string;
  tables: Tables;
  compiled: CompiledRules;
  /** The node's own addresses, for `-m addrtype LOCAL`. */
  localAddresses: string[];
}

export function nodeRules(w: World, node: string): NodeRules {
  let r = w.rules.get(node);
  if (r) return r;
  const text = iptablesSave(w.cluster, { node });
  const tables = parseIptablesSave(text);
  const n = w.nodeByName.get(node);
  r = { node, text, tables, compiled: compileRules(tables, w.cluster.podCIDR), localAddresses: n ? [n.ip] : [] };
  w.rules.set(node, r);
  return r;
}
