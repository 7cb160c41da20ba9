// kube-proxy's own test tracer, so its packet-flow expectations can be checked against our rules: a port of
// kubernetes/kubernetes pkg/proxy/iptables/proxier_test.go tracePacket / iptablesTracer / runPacketFlowTests.
// It is deliberately not our tracer (proxy/trace.ts): it follows every --probability branch and reports every
// endpoint reachable, treats any rule that checks state (recent --rcheck, mark, conntrack) as not matching, and
// runs nat PREROUTING and then the filter chains KUBE-SERVICES, KUBE-EXTERNAL-SERVICES, KUBE-NODEPORTS and
// KUBE-PROXY-FIREWALL by hand, exactly as upstream does.
import { cidrContains } from '../proxy/addr';
import type { Rule, Tables } from '../proxy/parse';

/** runPacketFlowTests' packetFlowTest: `output` is "ip:port, ip:port", "ACCEPT", "DROP", "REJECT" or "". */
export interface PacketFlowCase {
  name: string;
  sourceIP: string;
  /** Default TCP. */
  protocol?: 'TCP' | 'UDP' | 'SCTP';
  destIP: string;
  destPort: number;
  output: string;
  /** Default false. */
  masq?: boolean;
}

export interface PacketFlowResult {
  output: string;
  masq: boolean;
  /** The rules that matched, for the failure message. */
  matches: string[];
}

/** addressMatches: "-s 10.0.0.0/8" or "! -d 1.2.3.4/32" against one address. */
function addressMatches(text: string, neg: boolean, ip: string): boolean {
  const matches = cidrContains(text.includes('/') ? text : `${text}/32`, ip);
  return neg ? !matches : matches;
}

class Tracer {
  readonly matches: string[] = [];
  readonly outputs: string[] = [];
  markMasq = false;

  constructor(private readonly tables: Tables, private readonly localIPs: Set<string>) {}

  /** iptablesTracer.ruleMatches. */
  private ruleMatches(rule: Rule, sourceIP: string, protocol: string, destIP: string, destPort: number): boolean {
    if (rule.src && !addressMatches(rule.src.text, rule.src.neg, sourceIP)) return false;
    if (rule.dst && !addressMatches(rule.dst.text, rule.dst.neg, destIP)) return false;
    if (rule.proto && rule.proto !== protocol) return false;
    for (const m of rule.matches) {
      if (m.m === 'addrtype') {
        const addr = m.which === 'src' ? sourceIP : destIP;
        const type = this.localIPs.has(addr) ? 'LOCAL' : 'not-matched';
        if ((type === m.type) === m.neg) return false;
      }
      if (m.m === 'proto' && m.dport !== undefined && m.dport !== destPort) return false;
      // "Any rule that checks for past state/history does not match"
      if ((m.m === 'recent' && m.op === 'rcheck') || m.m === 'mark' || m.m === 'conntrack') return false;
    }
    return true;
  }

  /** iptablesTracer.runChain: true when a terminal target was hit. */
  runChain(table: string, chain: string, sourceIP: string, protocol: string, destIP: string, destPort: number): boolean {
    const c = this.tables.get(table)?.get(chain);
    if (!c) return false;
    for (const rule of c.rules) {
      if (rule.target === undefined) continue;
      if (!this.ruleMatches(rule, sourceIP, protocol, destIP, destPort)) continue;
      this.matches.push(rule.line);
      switch (rule.target) {
        case 'KUBE-MARK-MASQ':
          this.markMasq = true;
          continue;
        case 'ACCEPT': case 'REJECT': case 'DROP':
          this.outputs.push(rule.target);
          return true;
        case 'DNAT':
          this.outputs.push(rule.toDestination ?? '');
          return true;
        default: {
          const terminated = this.runChain(table, rule.target, sourceIP, protocol, destIP, destPort);
          if (terminated && !rule.matches.some((m) => m.m === 'statistic')) return true;
        }
      }
    }
    return false;
  }
}

/**
 * tracePacket: what happens to one packet under `tables`; `nodeIPs` are the addresses `--src-type LOCAL` and
 * `--dst-type LOCAL` match (with 127.0.0.1).
 * @example
 * tracePacket(parseIptablesSave(text), { sourceIP: '10.0.0.2', destIP: '172.30.0.41', destPort: 80 }, ['192.168.0.2']).output
 * // '10.180.0.1:80'
 */
export function tracePacket(tables: Tables, p: Pick<PacketFlowCase, 'sourceIP' | 'protocol' | 'destIP' | 'destPort'>, nodeIPs: string[]): PacketFlowResult {
  const tracer = new Tracer(tables, new Set(['127.0.0.1', ...nodeIPs]));
  const protocol = (p.protocol ?? 'TCP').toLowerCase();
  let destIP = p.destIP;
  tracer.runChain('nat', 'PREROUTING', p.sourceIP, protocol, destIP, p.destPort);
  // "After the PREROUTING rules run, pending DNATs are processed"
  if (tracer.outputs.length > 0) destIP = tracer.outputs[0]!.split(':')[0]!;
  for (const chain of ['KUBE-SERVICES', 'KUBE-EXTERNAL-SERVICES', 'KUBE-NODEPORTS', 'KUBE-PROXY-FIREWALL']) {
    tracer.runChain('filter', chain, p.sourceIP, protocol, destIP, p.destPort);
  }
  return { output: tracer.outputs.join(', '), masq: tracer.markMasq, matches: tracer.matches };
}
