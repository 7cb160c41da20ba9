// A parser for the iptables-save text we print (and the real tool prints): tables, chains, and each rule's
// matches and target in structured form, for the rule tracer (trace.ts) and the compiled fast path (compile.ts).
// It understands the matches kube-proxy uses; anything else is kept as `unknown` and never matches.
import { parseCidr, type Cidr } from './addr';

export interface AddrMatch {
  neg: boolean;
  text: string;
  cidr: Cidr;
}

export type Match =
  | { m: 'comment'; comment: string }
  | { m: 'proto'; proto: string; dport?: number; sport?: number }
  | { m: 'statistic'; probability: number; fixed: number; text: string }
  | { m: 'recent'; op: 'set' | 'rcheck'; name: string; seconds?: number; reap: boolean }
  | { m: 'addrtype'; which: 'src' | 'dst'; type: string; neg: boolean }
  | { m: 'conntrack'; neg: boolean; states: string[] }
  | { m: 'mark'; neg: boolean; value: number; mask: number }
  | { m: 'nfacct'; name: string }
  | { m: 'unknown'; text: string };

export interface Rule {
  chain: string;
  /** The rule as printed, for explanations. */
  line: string;
  /** 0-based index inside its chain. */
  index: number;
  src?: AddrMatch;
  dst?: AddrMatch;
  proto?: string;
  matches: Match[];
  /** Chain name or built-in target (DNAT, REJECT, DROP, ACCEPT, RETURN, MARK, MASQUERADE); undefined: no target. */
  target?: string;
  toDestination?: string;
  rejectWith?: string;
  setXmark?: { value: number; mask: number };
}

export interface Chain {
  name: string;
  policy: string;
  rules: Rule[];
}

export type Tables = Map<string, Map<string, Chain>>;

function tokenize(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    if (line[i] === ' ') { i++; continue; }
    if (line[i] === '"') {
      let j = i + 1;
      let s = '';
      while (j < line.length && line[j] !== '"') {
        if (line[j] === '\\' && j + 1 < line.length) { s += line[j + 1]; j += 2; continue; }
        s += line[j];
        j++;
      }
      out.push(s);
      i = j + 1;
    } else {
      let j = i;
      while (j < line.length && line[j] !== ' ') j++;
      out.push(line.slice(i, j));
      i = j;
    }
  }
  return out;
}

const markPair = (t: string): { value: number; mask: number } => {
  const [v, m] = t.split('/');
  return { value: Number(v), mask: m === undefined ? 0xffffffff : Number(m) };
};

function parseRule(line: string, indexOf: (chain: string) => number): Rule | undefined {
  const tok = tokenize(line);
  const chain = tok[1];
  if (tok[0] !== '-A' || chain === undefined) return undefined;
  const rule: Rule = { chain, line, index: indexOf(chain), matches: [] };
  let current: Match | undefined;
  let neg = false;
  for (let i = 2; i < tok.length; i++) {
    const t = tok[i]!;
    const next = (): string => tok[++i] ?? '';
    if (t === '!') { neg = true; continue; }
    switch (t) {
      case '-s': case '-d': {
        const text = next();
        const cidr = parseCidr(text) ?? { base: 0, mask: 0xffffffff };
        rule[t === '-s' ? 'src' : 'dst'] = { neg, text, cidr };
        break;
      }
      case '-p': rule.proto = next(); break;
      case '-m': {
        const name = next();
        switch (name) {
          case 'comment': current = { m: 'comment', comment: '' }; break;
          case 'tcp': case 'udp': case 'sctp': current = { m: 'proto', proto: name }; break;
          case 'statistic': current = { m: 'statistic', probability: 1, fixed: 0x80000000, text: '' }; break;
          case 'recent': current = { m: 'recent', op: 'set', name: 'DEFAULT', reap: false }; break;
          case 'addrtype': current = { m: 'addrtype', which: 'dst', type: '', neg: false }; break;
          case 'conntrack': current = { m: 'conntrack', neg: false, states: [] }; break;
          case 'mark': current = { m: 'mark', neg: false, value: 0, mask: 0 }; break;
          case 'nfacct': current = { m: 'nfacct', name: '' }; break;
          default: current = { m: 'unknown', text: name };
        }
        rule.matches.push(current);
        break;
      }
      case '-j': rule.target = next(); break;
      case '--comment': if (current?.m === 'comment') current.comment = next(); break;
      case '--dport': case '--sport': if (current?.m === 'proto') current[t === '--dport' ? 'dport' : 'sport'] = Number(next()); break;
      case '--mode': next(); break;
      case '--probability': if (current?.m === 'statistic') {
        const text = next();
        current.text = text;
        current.probability = Number(text);
        // libxt_statistic.c: the kernel holds lround(0x80000000 * p).
        current.fixed = Math.round(Number(text) * 0x80000000);
      } break;
      case '--set': case '--rcheck': if (current?.m === 'recent') current.op = t === '--set' ? 'set' : 'rcheck'; break;
      case '--seconds': if (current?.m === 'recent') current.seconds = Number(next()); break;
      case '--reap': if (current?.m === 'recent') current.reap = true; break;
      case '--name': if (current?.m === 'recent') current.name = next(); break;
      case '--mask': case '--rsource': if (t === '--mask') next(); break;
      case '--dst-type': case '--src-type': if (current?.m === 'addrtype') { current.which = t === '--dst-type' ? 'dst' : 'src'; current.type = next(); current.neg = neg; } break;
      case '--ctstate': if (current?.m === 'conntrack') { current.neg = neg; current.states = next().split(','); } break;
      case '--mark': if (current?.m === 'mark') { const mp = markPair(next()); current.neg = neg; current.value = mp.value; current.mask = mp.mask; } break;
      case '--nfacct-name': if (current?.m === 'nfacct') current.name = next(); break;
      case '--to-destination': rule.toDestination = next(); break;
      case '--reject-with': rule.rejectWith = next(); break;
      case '--set-xmark': rule.setXmark = markPair(next()); break;
      case '--random-fully': break;
      default: rule.matches.push({ m: 'unknown', text: t });
    }
    neg = false;
  }
  return rule;
}

/** Parse iptables-save output into tables of chains of rules. */
export function parseIptablesSave(text: string): Tables {
  const tables: Tables = new Map();
  let table: Map<string, Chain> | undefined;
  const indexOf = (chain: string): number => table?.get(chain)?.rules.length ?? 0;
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#') || line === 'COMMIT') continue;
    if (line.startsWith('*')) {
      table = new Map();
      tables.set(line.slice(1), table);
    } else if (line.startsWith(':') && table) {
      const [name, policy] = line.slice(1).split(' ');
      table.set(name!, { name: name!, policy: policy ?? '-', rules: [] });
    } else if (table) {
      const rule = parseRule(line, indexOf);
      if (!rule) continue;
      let chain = table.get(rule.chain);
      if (!chain) { chain = { name: rule.chain, policy: '-', rules: [] }; table.set(rule.chain, chain); }
      chain.rules.push(rule);
    }
  }
  return tables;
}
