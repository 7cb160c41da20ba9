// A hop's caption: i18n keys chosen from the core's hop kind, reason and details, with values taken from the
// hop's structured data (and the hop before it, for the original destination of a DNAT). The sentences live
// in i18n/en.json; nothing here is prose.
import { isHop, type Hop, type TraceStep } from '../../core';
import { endpointChoice } from './endpoint-choice';

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

const bare = (name: string | undefined) => (name ?? '').replace(/\.$/, '');

/** The rule that jumped to `sepChain`: its chain and probability (absent for the last, unconditional rule). */
export function chosenRule(rules: readonly TraceStep[] | undefined, sepChain: string | undefined): { svcChain: string; probability?: string } | undefined {
  if (!rules || sepChain === undefined) return undefined;
  const step = rules.find((s) => s.matched && s.jump === sepChain);
  if (!step) return undefined;
  return step.probability ? { svcChain: step.chain, probability: step.probability } : { svcChain: step.chain };
}

export function captionFor(hop: Hop, index: number, hops: readonly Hop[]): Caption {
  const values: CaptionValues = { from: elementLabel(hop.from), to: elementLabel(hop.to), kind: hop.kind };
  const keys: string[] = [];
  switch (hop.kind) {
    case 'dns-query': {
      const x = hop.detail;
      const queries = x.queries;
      values.name = bare(queries[queries.length - 1]?.name);
      values.names = queries.map((q) => bare(q.name)).join(', ');
      values.server = x.server;
      values.coredns = 'dnat' in x ? elementLabel(x.dnat.pod ?? '') : '';
      values.node = x.node ?? '';
      keys.push(!('dnat' in x) ? 'hop.dns-query.lost' : queries.length > 1 ? 'hop.dns-query.search' : 'hop.dns-query.one');
      break;
    }
    case 'dns-answer': {
      const x = hop.detail;
      const addresses = 'addresses' in x ? x.addresses : [];
      values.name = bare('finalName' in x ? x.finalName : x.name);
      values.addresses = addresses.join(', ');
      values.count = addresses.length;
      values.ttl = 'ttl' in x ? x.ttl : 0;
      values.rcode = x.rcode;
      if (x.rcode === 'NXDOMAIN') keys.push('hop.dns-answer.nxdomain');
      else keys.push(`hop.dns-answer.${x.why}`);
      keys.push('hop.dns-answer.generic');
      break;
    }
    case 'dns-cache-hit': {
      const x = hop.detail;
      values.name = bare(x.name);
      values.addresses = x.addresses.join(', ');
      values.expiresIn = x.expiresIn;
      keys.push('hop.dns-cache-hit');
      break;
    }
    case 'client-pick': {
      const x = hop.detail;
      values.chosen = x.chosen;
      values.count = x.addresses.length;
      values.n = x.index + 1;
      values.strategy = x.strategy;
      values.clients = x.clients.join(', ');
      keys.push(`hop.client-pick.${x.strategy}`, 'hop.client-pick.generic');
      break;
    }
    case 'connect': {
      const x = hop.detail;
      Object.assign(values, { src: x.src, sport: x.sport, dst: x.dst, dport: x.dport, node: x.node });
      const owner = x.addressOwner;
      keys.push(owner.startsWith('svc:') ? 'hop.connect.vip' : owner.startsWith('pod:') ? 'hop.connect.pod' : 'hop.connect.generic');
      break;
    }
    case 'forward': {
      const x = hop.detail;
      Object.assign(values, { dst: x.dst, dport: x.dport, fromNode: x.fromNode, toNode: x.toNode });
      keys.push('hop.forward');
      break;
    }
    case 'dnat':
    case 'ipvs': {
      const x = hop.detail;
      const prev = hops.slice(0, index).reverse().find(isHop('connect'));
      values.original = prev ? `${prev.detail.dst}:${prev.detail.dport}` : '';
      values.endpoint = x.endpoint;
      values.node = x.node;
      values.pod = elementLabel(x.pod ?? '');
      values.sepChain = x.sepChain ?? '';
      const rule = chosenRule(x.rules, x.sepChain);
      values.svcChain = rule?.svcChain ?? x.chains?.[0] ?? '';
      values.probability = rule?.probability ?? '';
      const choice = endpointChoice(hop);
      if (choice?.mode === 'iptables') Object.assign(values, { position: choice.taken, n: choice.n, k: choice.rows[choice.taken - 1]!.k });
      if (choice?.mode === 'nftables') Object.assign(values, { mod: choice.mod, value: choice.value });
      // nftables keeps sessionAffinity in a set per endpoint (`ip saddr @affinity-…`), not in iptables' `recent` lists.
      const affinitySet = x.nftRules?.find((s) => s.affinity?.hit)?.affinity?.set;
      if (affinitySet) values.set = affinitySet;
      if (hop.kind === 'ipvs') keys.push(x.choice === 'affinity' ? 'hop.ipvs.affinity' : 'hop.ipvs.rr');
      else if (x.choice === 'affinity') keys.push(x.mode === 'nftables' ? 'hop.dnat.affinityNft' : 'hop.dnat.affinity');
      else if (choice?.mode === 'nftables') keys.push('hop.dnat.numgen');
      else if (choice && rule?.probability) keys.push('hop.dnat.random');
      else if (choice) keys.push('hop.dnat.last');
      keys.push('hop.dnat.generic');
      break;
    }
    case 'conntrack-hit':
      values.node = hop.detail.node;
      keys.push('hop.conntrack-hit');
      break;
    case 'deliver': {
      const x = hop.detail;
      Object.assign(values, { dst: x.dst, dport: x.dport, node: x.node });
      if (!x.keepAlive) values.podNode = x.podNode;
      keys.push(x.keepAlive ? 'hop.deliver.keepAlive' : x.crossNode ? 'hop.deliver.crossNode' : 'hop.deliver.sameNode');
      break;
    }
    case 'reject': {
      const x = hop.detail;
      values.node = x.node;
      keys.push(`hop.reject.${x.reason}`, 'hop.reject.generic');
      break;
    }
    case 'reset': {
      const x = hop.detail;
      if ('dst' in x) Object.assign(values, { dst: x.dst, dport: x.dport });
      if ('node' in x) values.node = x.node;
      keys.push(`hop.reset.${x.reason}`, 'hop.reset.generic');
      break;
    }
    case 'timeout': {
      const x = hop.detail;
      if ('node' in x) values.node = x.node;
      if ('dst' in x) values.dst = x.dst;
      if ('dport' in x) values.dport = x.dport;
      keys.push(`hop.timeout.${x.reason}`, 'hop.timeout.generic');
      break;
    }
    case 'leave-cluster': {
      const x = hop.detail;
      if (x.reason === 'externalname-cname') {
        values.cname = bare(x.cname);
        keys.push('hop.leave-cluster.externalname-cname');
      } else Object.assign(values, { dst: x.dst, dport: x.dport });
      keys.push('hop.leave-cluster.generic');
      break;
    }
  }
  keys.push('hop.unknown');
  return { keys, values };
}
