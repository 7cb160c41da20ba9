// A hop's caption: i18n keys chosen from the core's hop kind, reason and details, with values taken from the
// hop's structured data (and the hop before it, for the original destination of a DNAT). The sentences live
// in i18n/en.json; nothing here is prose.
import type { Hop } from '../../state';

/** `pod:default/test` → `test`; `svc:default/web-service` → `web-service`; `node-rules:node-2` → `node-2`. */
export function elementLabel(id: string): string {
  const colon = id.indexOf(':');
  const rest = colon < 0 ? id : id.slice(colon + 1);
  const slash = rest.lastIndexOf('/');
  return slash < 0 ? rest : rest.slice(slash + 1);
}

export type CaptionValues = Record<string, string | number>;

export interface Caption {
  /** i18n keys, most specific first. */
  keys: string[];
  values: CaptionValues;
}

interface RuleStep {
  chain: string;
  line: string;
  matched: boolean;
  probability?: string;
}

const bare = (name: unknown) => String(name ?? '').replace(/\.$/, '');
const d = (hop: Hop) => (hop.detail ?? {}) as Record<string, unknown>;
const list = (v: unknown) => (Array.isArray(v) ? v.map(String).join(', ') : String(v ?? ''));

/** The rule that sent the packet to `sepChain`: its chain and probability, or how it was chosen. */
export function chosenRule(rules: unknown, sepChain: unknown): { svcChain: string; probability?: string } | undefined {
  if (!Array.isArray(rules) || typeof sepChain !== 'string') return undefined;
  const step = (rules as RuleStep[]).find((s) => s.matched && s.line.includes(`-j ${sepChain}`));
  if (!step) return undefined;
  return step.probability ? { svcChain: step.chain, probability: step.probability } : { svcChain: step.chain };
}

export function captionFor(hop: Hop, index: number, hops: readonly Hop[]): Caption {
  const x = d(hop);
  const values: CaptionValues = { from: elementLabel(hop.from), to: elementLabel(hop.to), kind: hop.kind };
  const keys: string[] = [];
  const reason = typeof x.reason === 'string' ? x.reason : undefined;
  switch (hop.kind) {
    case 'dns-query': {
      const queries = (x.queries as { name: string }[] | undefined) ?? [];
      values.name = bare(queries[queries.length - 1]?.name);
      values.names = queries.map((q) => bare(q.name)).join(', ');
      values.server = String(x.server ?? '');
      const dnat = (x.dnat ?? {}) as Record<string, unknown>;
      values.coredns = elementLabel(String(dnat.pod ?? ''));
      values.node = String(x.node ?? '');
      keys.push(queries.length > 1 ? 'hop.dns-query.search' : 'hop.dns-query.one');
      break;
    }
    case 'dns-answer': {
      const addresses = (x.addresses as string[] | undefined) ?? [];
      values.name = bare(x.finalName ?? (x.tried as { name: string }[] | undefined)?.[0]?.name);
      values.addresses = addresses.join(', ');
      values.count = addresses.length;
      values.ttl = Number(x.ttl ?? 0);
      values.rcode = String(x.rcode ?? '');
      if (x.rcode === 'NXDOMAIN') keys.push('hop.dns-answer.nxdomain');
      else if (typeof x.why === 'string') keys.push(`hop.dns-answer.${x.why}`);
      keys.push('hop.dns-answer.generic');
      break;
    }
    case 'dns-cache-hit': {
      values.name = bare(x.name);
      values.addresses = list(x.addresses);
      values.expiresIn = Number(x.expiresIn ?? 0);
      keys.push('hop.dns-cache-hit');
      break;
    }
    case 'client-pick': {
      const addresses = (x.addresses as string[] | undefined) ?? [];
      values.chosen = String(x.chosen ?? '');
      values.count = addresses.length;
      values.n = Number(x.index ?? 0) + 1;
      values.strategy = String(x.strategy ?? '');
      values.clients = list(x.clients);
      keys.push(`hop.client-pick.${values.strategy}`, 'hop.client-pick.generic');
      break;
    }
    case 'connect': {
      Object.assign(values, { src: String(x.src ?? ''), sport: Number(x.sport ?? 0), dst: String(x.dst ?? ''), dport: Number(x.dport ?? 0), node: String(x.node ?? '') });
      keys.push(hop.to.startsWith('svc:') ? 'hop.connect.vip' : hop.to.startsWith('pod:') ? 'hop.connect.pod' : 'hop.connect.generic');
      break;
    }
    case 'dnat':
    case 'ipvs': {
      const prev = hops.slice(0, index).reverse().find((h) => h.kind === 'connect');
      const p = prev ? d(prev) : {};
      values.original = prev ? `${p.dst}:${p.dport}` : '';
      values.endpoint = String(x.endpoint ?? '');
      values.node = String(x.node ?? '');
      values.pod = elementLabel(String(x.pod ?? ''));
      values.sepChain = String(x.sepChain ?? '');
      const rule = chosenRule(x.rules, x.sepChain);
      values.svcChain = rule?.svcChain ?? (Array.isArray(x.chains) ? String(x.chains[0] ?? '') : '');
      values.probability = rule?.probability ?? '';
      if (hop.kind === 'ipvs') keys.push(x.choice === 'affinity' ? 'hop.ipvs.affinity' : 'hop.ipvs.rr');
      else if (x.choice === 'affinity') keys.push('hop.dnat.affinity');
      else if (rule?.probability) keys.push('hop.dnat.random');
      else if (x.choice === 'last' || rule) keys.push('hop.dnat.last');
      keys.push('hop.dnat.generic');
      break;
    }
    case 'conntrack-hit':
      values.node = String(x.node ?? '');
      keys.push('hop.conntrack-hit');
      break;
    case 'deliver':
      Object.assign(values, { dst: String(x.dst ?? ''), dport: Number(x.dport ?? 0), podNode: String(x.podNode ?? ''), node: String(x.node ?? '') });
      keys.push(x.keepAlive ? 'hop.deliver.keepAlive' : x.crossNode ? 'hop.deliver.crossNode' : 'hop.deliver.sameNode');
      break;
    default:
      Object.assign(values, {
        node: String(x.node ?? ''), dst: String(x.dst ?? ''), dport: String(x.dport ?? ''), cname: bare(x.cname),
      });
      if (reason) keys.push(`hop.${hop.kind}.${reason}`);
      keys.push(`hop.${hop.kind}.generic`);
  }
  keys.push('hop.unknown');
  return { keys, values };
}
