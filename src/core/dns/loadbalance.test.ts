// plugin/loadbalance round_robin, seeded.
import { describe, expect, it } from 'vitest';
import { dnsTestCluster } from '../testing/dns-clusters';
import { roundRobin, roundRobinShuffle } from './loadbalance';
import { resolveDns } from './resolve';
import type { DnsRecord } from './types';

const D = 'default.svc.cluster.local.';
const ips = (seed: number): string[] => resolveDns(dnsTestCluster(), { name: `mysql-headless.${D}`, type: 'A' }, { seed }).answers.map((r) => r.data);

describe('loadbalance', () => {
  it('is deterministic for a seed (a shared link replays the same order)', () => {
    for (const seed of [0, 1, 42, 9999]) expect(ips(seed)).toEqual(ips(seed));
  });

  it('shuffles: over seeds, every order of three records appears, each a permutation of the same set', () => {
    const orders = new Set<string>();
    for (let seed = 0; seed < 200; seed++) {
      const got = ips(seed);
      expect([...got].sort()).toEqual(['10.244.1.5', '10.244.2.8', '10.244.3.12']);
      orders.add(got.join(' '));
    }
    expect(orders.size).toBe(6);
  });

  it('keeps SRV records in order and shuffles the A glue', () => {
    const glue = new Set<string>();
    for (let seed = 0; seed < 50; seed++) {
      const r = resolveDns(dnsTestCluster(), { name: `_mysql._tcp.mysql-headless.${D}`, type: 'SRV' }, { seed });
      expect(r.answers.map((a) => a.data.split(' ')[3])).toEqual([0, 1, 2].map((i) => `mysql-${i}.mysql-headless.${D}`));
      glue.add(r.additionals.map((a) => a.data).join(' '));
    }
    expect(glue.size).toBeGreaterThan(1);
  });

  it('puts CNAMEs first (roundRobin: cname, rest, addresses)', () => {
    const rs: DnsRecord[] = [
      { name: 'a.', type: 'A', ttl: 30, data: '1.1.1.1' }, { name: 'x.', type: 'CNAME', ttl: 30, data: 'a.' }, { name: 'x.', type: 'TXT', ttl: 30, data: 't' },
    ];
    expect(roundRobin(rs, () => 1).map((r) => r.type)).toEqual(['CNAME', 'TXT', 'A']);
  });

  it('roundRobinShuffle: two records swap on an even id, as dns.Id()%2 == 0 does', () => {
    const a = ['x', 'y'];
    roundRobinShuffle(a, () => 2);
    expect(a).toEqual(['y', 'x']);
    const b = ['x', 'y'];
    roundRobinShuffle(b, () => 3);
    expect(b).toEqual(['x', 'y']);
  });

  it('does not touch NXDOMAIN or NODATA replies', () => {
    expect(resolveDns(dnsTestCluster(), { name: `nosuch.${D}`, type: 'A' }, { seed: 5 }).authority).toHaveLength(1);
  });
});
