// Core never throws on user input (docs/architecture.md): any name, type and Pod a learner can type.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dnsTestCluster } from '../testing/dns-clusters';
import { dig } from './dig';
import { nslookup } from './nslookup';
import { resolveDns } from './resolve';
import { resolveForApplication } from './search';
import type { DnsQueryType } from './types';

const types: DnsQueryType[] = ['A', 'AAAA', 'SRV', 'PTR', 'CNAME', 'TXT'];
const label = fc.oneof(fc.constantFrom('web-service', 'mysql-headless', 'mysql-0', 'default', 'shop', 'svc', 'pod', 'cluster', 'local', '_mysql', '_tcp', '10-244-1-5', 'in-addr', 'arpa', '*', '', 'ext', 'es'), fc.string({ maxLength: 12 }));
const name = fc.oneof(fc.string({ maxLength: 80 }), fc.array(label, { maxLength: 9 }).map((l) => l.join('.')), fc.ipV4(), fc.ipV6());

describe('the DNS API never throws', () => {
  const c = dnsTestCluster();
  it('resolveDns, nslookup, dig and the application resolver on any name', () => {
    fc.assert(fc.property(name, fc.constantFrom(...types), fc.constantFrom('default/test', 'shop/client', 'nosuch/pod', 'x'), fc.integer(), (n, t, pod, seed) => {
      const r = resolveDns(c, { name: n, type: t }, { seed });
      expect(['NOERROR', 'NXDOMAIN', 'SERVFAIL']).toContain(r.rcode);
      resolveDns(c, { name: n, type: t, fromPod: pod }, { seed });
      resolveForApplication(c, n, pod, t, { seed, flavor: 'musl' });
      expect(nslookup(c, n, { fromPod: pod, seed, type: t }).text).toMatch(/^Server:\t\t/);
      expect(typeof dig(c, n, t, { fromPod: pod, seed, search: true }).text).toBe('string');
      dig(c, n, t, { reverse: true, short: true });
    }), { numRuns: 400 });
  });
});
