// What the step panel shows for each field of a hop's detail: words for people instead of the simulation's codes
// and graph ids, and real data (addresses, ports, chain names, records) as it is. One entry per field any hop
// kind's detail has (HopDetailField), so a field the core adds without a way to show it fails the type-check.
// The raw values stay one click away (HopDetail's disclosure).
import type { Hop } from '../../core';
import type { HopDetailField } from './wording';

/** One shown value: verbatim text, an i18n key with values, or several of them. */
export type Shown =
  | { text: string }
  | { key: string; values?: Record<string, string | number> }
  | { items: Shown[] };

type Show = (value: unknown, hop: Hop) => Shown | undefined;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

const text: Show = (v) => (v === undefined || v === null || v === '' ? undefined : Array.isArray(v) ? { text: v.map(str).join(', ') } : { text: str(v) });
const yesNo: Show = (v) => (typeof v === 'boolean' ? { key: v ? 'hopDetail.yes' : 'hopDetail.no' } : undefined);
const seconds: Show = (v) => (typeof v === 'number' ? { key: 'hopDetail.seconds', values: { count: v } } : undefined);
const code = (group: string): Show => (v) => (typeof v === 'string' ? { key: `hopDetail.${group}.${v}` } : undefined);
const hidden: Show = () => undefined;

/**
 * A graph id in words: `svc:kube-system/kube-dns` → "Service kube-system/kube-dns", `node-rules:node-1` →
 * "netfilter rules on node-1".
 */
export function elementWords(id: string): Shown {
  if (id === 'external') return { key: 'hopDetail.element.external' };
  if (id === 'dns:kube-dns') return { key: 'hopDetail.element.svc', values: { name: 'kube-system/kube-dns' } };
  const colon = id.indexOf(':');
  const kind = id.slice(0, colon), name = id.slice(colon + 1);
  const known: Record<string, string> = { svc: 'svc', pod: 'pod', coredns: 'coredns', 'node-rules': 'rules' };
  return known[kind] ? { key: `hopDetail.element.${known[kind]}`, values: { name } } : { text: id };
}
const element: Show = (v) => (typeof v === 'string' ? elementWords(v) : undefined);

/** `Service/default/web-service` (the answering object) → `Service default/web-service`. */
const object: Show = (v) => (typeof v === 'string' ? { text: v.replace('/', ' ') } : undefined);

/** How the endpoint was chosen, in the words of the mode that chose it. */
const choice: Show = (v, hop) => {
  if (typeof v !== 'string') return undefined;
  if (v === 'affinity') return { key: 'hopDetail.choice.affinity' };
  const mode = 'mode' in hop.detail ? hop.detail.mode : 'iptables';
  if (mode === 'ipvs') return { key: 'hopDetail.choice.ipvs' };
  if (mode === 'nftables') return { key: 'hopDetail.choice.numgen' };
  return { key: `hopDetail.choice.${v}` };
};

/** A reason is a request's ReasonCode, or why a kept-alive connection could not be reused. */
const reason: Show = (v) => (typeof v !== 'string' ? undefined : v === 'endpoint-gone' || v === 'idle-closed' ? { key: `hopDetail.reason.${v}` } : { key: `reason.${v}` });

/** DNS records as CoreDNS's tests write them: zone-file lines. */
const records: Show = (v) => (Array.isArray(v)
  ? { items: v.filter(isObj).map((r) => ({ text: `${str(r.name)} ${str(r.ttl)} IN ${str(r.type)} ${str(r.data)}` })) } : undefined);
const queries: Show = (v) => (Array.isArray(v)
  ? { items: v.filter(isObj).map((q) => ({ text: q.rcode === undefined ? `${str(q.name)} ${str(q.type)}` : `${str(q.name)} ${str(q.type)} → ${str(q.rcode)}` })) } : undefined);

/** A DNS query's DNAT on the client's node: where it went and how. */
const dnsDnat: Show = (v, hop) => {
  if (typeof v === 'boolean') return yesNo(v, hop);
  if (!isObj(v)) return undefined;
  const to: Shown = { key: 'hopDetail.dnsDnat', values: { endpoint: str(v.endpoint), pod: str(v.pod) } };
  const how = typeof v.choice === 'string' ? choice(v.choice, hop) : undefined;
  return how ? { items: [to, how] } : to;
};

const conntrack: Show = (v) => {
  if (!isObj(v) || !isObj(v.orig) || !isObj(v.reply)) return undefined;
  const dir = (d: Record<string, unknown>) => `src=${str(d.src)} dst=${str(d.dst)} sport=${str(d.sport)} dport=${str(d.dport)}`;
  return { text: `${str(v.proto)} ${str(v.state)} ${dir(v.orig)} ${dir(v.reply)}` };
};
const connection: Show = (v) => (isObj(v)
  ? { key: 'hopDetail.connection', values: { dst: str(v.dst), dport: str(v.dport), endpoint: str(v.endpoint), endpointPort: str(v.endpointPort), node: str(v.node) } } : undefined);
const exposed: Show = (v) => (Array.isArray(v) ? { text: v.filter(isObj).map((p) => `${str(p.port)}/${str(p.protocol)}`).join(', ') } : undefined);
const numgen: Show = (v) => (isObj(v) && typeof v.mod === 'number' ? { key: 'hopDetail.numgen', values: { value: str(v.value), max: v.mod - 1 } } : undefined);
const virtualServer: Show = (v) => {
  if (!isObj(v)) return undefined;
  const head = `${str(v.protocol)} ${str(v.address)}:${str(v.port)} ${str(v.scheduler)}${v.persistent !== undefined ? ` persistent ${str(v.persistent)}` : ''}`;
  return { items: [{ text: head }, ...(Array.isArray(v.realServers) ? v.realServers.map((r) => ({ text: `-> ${str(r)}` })) : [])] };
};
const clients: Show = (v) => (Array.isArray(v) ? { items: v.map((c) => ({ key: `hopDetail.clients.${str(c)}` })) } : undefined);
const index: Show = (v) => (typeof v === 'number' ? { key: 'hopDetail.index', values: { n: v + 1 } } : undefined);
const assumedListening: Show = (v) => (typeof v === 'boolean' ? { key: `hopDetail.assumedListening.${v}` } : undefined);
/** The nftables rules walked, one line each, the matched ones marked. */
const nftRules: Show = (v) => (Array.isArray(v)
  ? { items: v.filter(isObj).map((s) => ({ text: `${s.matched ? '✓' : '·'} ${str(s.chain)}: ${str(s.rule)}` })) } : undefined);

export const DETAIL_FIELDS: Readonly<Record<HopDetailField, Show>> = {
  // Shown as the walked-rules list (HopDetail's Steps).
  rules: hidden,
  records, queries, tried: queries, addresses: text, chosen: text, strategy: code('strategy'), clients, endpoint: text,
  sepChain: text, chains: text, choice, node: text, mode: text, writtenBy: text, appliedBy: code('appliedBy'),
  server: text, ttl: seconds, why: code('why'), finalName: text, rcode: text, reason, hook: text, rulesModel: code('rulesModel'),
  dst: text, dport: text, podNode: text, crossNode: yesNo, dnat: dnsDnat, source: text, ready: yesNo, src: text, sport: text,
  protocol: text, masquerade: yesNo, pod: text, index, object, shuffled: yesNo, cached: yesNo, assumedListening,
  service: element, expiresIn: seconds, keepAlive: yesNo, entry: conntrack, reused: yesNo, decidedBy: text, table: text,
  icmp: text, connection, declared: text, exposed, cname: text, snat: text, verdict: code('verdict'), name: text,
  fromNode: text, toNode: text, virtualServer, numgen, nftRules, addressOwner: element,
};

/** The fields of a hop's detail in the order the core wrote them, each with what to show (fields with nothing to show left out). */
export function detailRows(hop: Hop): Array<{ field: HopDetailField; shown: Shown }> {
  const out: Array<{ field: HopDetailField; shown: Shown }> = [];
  for (const [field, value] of Object.entries(hop.detail)) {
    // Every field of every detail type is a HopDetailField; the guard only narrows Object.entries' string.
    const shown = isField(field) ? DETAIL_FIELDS[field](value, hop) : undefined;
    if (shown && isField(field)) out.push({ field, shown });
  }
  return out;
}

const isField = (k: string): k is HopDetailField => Object.hasOwn(DETAIL_FIELDS, k);

/** The raw hop, for the disclosure: everything except the walked rules (they are listed above, line by line). */
export function rawDetail(hop: Hop): string {
  return JSON.stringify({ kind: hop.kind, from: hop.from, to: hop.to, detail: hop.detail }, (k, v: unknown) => (k === 'rules' ? undefined : v), 2);
}
