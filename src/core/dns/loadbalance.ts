// The `loadbalance` plugin (kubeadm's Corefile lists it with no argument, so the policy is
// round_robin): coredns/coredns plugin/loadbalance/loadbalance.go `randomShuffle` → `roundRobin` on
// Answer, Ns and Extra, and only for NOERROR replies. roundRobin puts CNAMEs first, keeps other types
// (SRV, SOA, TXT, PTR) in order, then the A/AAAA records shuffled by `roundRobinShuffle`, which draws
// `dns.Id()` — a random uint16 — per swap. Here that draw is a seeded generator so a shared link
// replays the same order.
import type { DnsRecord } from './types';

/** FNV-1a over a string: mixes the question into the seed so every question has its own order. */
export function hashString(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: a small seeded generator of uint32s. */
export function seededUint32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** loadbalance.go roundRobinShuffle, with `dns.Id()` replaced by `nextId` (a uint16). */
export function roundRobinShuffle<T>(records: T[], nextId: () => number): void {
  const l = records.length;
  if (l < 2) return;
  if (l === 2) {
    if (nextId() % 2 === 0) [records[0], records[1]] = [records[1]!, records[0]!];
    return;
  }
  for (let j = 0; j < l; j++) {
    const p = j + (nextId() % (l - j));
    if (j === p) continue;
    [records[j], records[p]] = [records[p]!, records[j]!];
  }
}

/** loadbalance.go roundRobin: CNAMEs, then other types in order, then shuffled addresses. */
export function roundRobin(records: DnsRecord[], nextId: () => number): DnsRecord[] {
  const cname: DnsRecord[] = [];
  const address: DnsRecord[] = [];
  const rest: DnsRecord[] = [];
  for (const r of records) {
    if (r.type === 'CNAME') cname.push(r);
    else if (r.type === 'A' || r.type === 'AAAA') address.push(r);
    else rest.push(r);
  }
  roundRobinShuffle(address, nextId);
  return [...cname, ...rest, ...address];
}

/** A `dns.Id()` stand-in for one question under one seed. */
export function idSource(seed: number, question: string): () => number {
  const next = seededUint32(hashString(question, hashString(String(seed))));
  return () => next() & 0xffff;
}
