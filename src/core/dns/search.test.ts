// The two stub resolvers and resolv.conf. glibc's order was also checked against the real glibc
// (getent ahostsv4) in real-clients.test.ts; busybox's against the real busybox there.
import { describe, expect, it } from 'vitest';
import { dnsTestCluster } from '../testing/dns-clusters';
import { seedCluster } from '../testing/seed-cluster';
import { nslookup } from './nslookup';
import { applicationCandidates, busyboxQueries, resolvConf, resolveForApplication } from './search';

const S = ['default.svc.cluster.local', 'svc.cluster.local', 'cluster.local'];

describe('resolvConf', () => {
  it('is what containerd writes for a ClusterFirst Pod', () => {
    expect(resolvConf(seedCluster(), 'default/test')).toBe('search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n');
    expect(resolvConf(dnsTestCluster(), 'shop/client')).toBe('search shop.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n');
  });
});

describe('applicationCandidates (ndots:5)', () => {
  it.each([
    { name: 'web', flavor: 'glibc' as const, want: ['web.default.svc.cluster.local.', 'web.svc.cluster.local.', 'web.cluster.local.', 'web.'] },
    { name: 'web', flavor: 'musl' as const, want: ['web.default.svc.cluster.local.', 'web.svc.cluster.local.', 'web.cluster.local.', 'web.'] },
    { name: 'a.b.c.d.e.f', flavor: 'glibc' as const, want: ['a.b.c.d.e.f.', 'a.b.c.d.e.f.default.svc.cluster.local.', 'a.b.c.d.e.f.svc.cluster.local.', 'a.b.c.d.e.f.cluster.local.'] },
    { name: 'a.b.c.d.e.f', flavor: 'musl' as const, want: ['a.b.c.d.e.f.'] },
    { name: 'web.', flavor: 'glibc' as const, want: ['web.'] },
  ])('$flavor $name', ({ name, flavor, want }) => {
    expect(applicationCandidates(name, S, 5, flavor)).toEqual(want);
  });
});

describe('busyboxQueries (networking/nslookup.c add_query_with_search)', () => {
  it.each([
    { name: 'web', type: undefined, search: S, want: [...S.map((d) => `A web.${d}`), ...S.map((d) => `AAAA web.${d}`)] },
    { name: 'mysql-0.mysql-headless', type: undefined, search: S, want: ['A mysql-0.mysql-headless', 'AAAA mysql-0.mysql-headless'] },
    { name: '10.96.100.50', type: undefined, search: S, want: ['PTR 50.100.96.10.in-addr.arpa'] },
    { name: 'web', type: 'SRV' as const, search: S, want: S.map((d) => `SRV web.${d}`) },
    { name: 'web', type: undefined, search: [], want: ['A web', 'AAAA web'] },
  ])('$name $type', ({ name, type, search, want }) => {
    expect(busyboxQueries(name, search, type).map((q) => `${q.type} ${q.name}`)).toEqual(want);
  });
});

describe('the two stub resolvers disagree where the issue says they do', () => {
  it('mysql-0.mysql-headless: busybox nslookup fails (one dot: not searched), the application resolver succeeds', () => {
    const c = seedCluster();
    const ns = nslookup(c, 'mysql-0.mysql-headless');
    expect(ns.exitCode).toBe(1);
    expect(ns.search).toBe('not-searched-name-has-dot');
    expect(ns.queries.map((q) => `${q.type} ${q.name} ${q.reply.rcode}`)).toEqual(['A mysql-0.mysql-headless NXDOMAIN', 'AAAA mysql-0.mysql-headless NXDOMAIN']);
    const app = resolveForApplication(c, 'mysql-0.mysql-headless', 'default/test');
    expect(app.ok).toBe(true);
    expect(app.addresses).toEqual(['10.244.1.5']);
    expect(app.finalName).toBe('mysql-0.mysql-headless.default.svc.cluster.local.');
  });

  it('nslookup web-service resolves and still exits 1 (other search domains are NXDOMAIN)', () => {
    const ns = nslookup(seedCluster(), 'web-service');
    expect(ns.search).toBe('search-list-applied');
    expect(ns.exitCode).toBe(1);
    expect(ns.queries).toHaveLength(6);
  });

  it('glibc goes on past a NODATA (svc.cluster.local is an apex) and ends in NODATA; musl stops there', () => {
    const c = seedCluster();
    const glibc = resolveForApplication(c, 'svc', 'default/test', 'A', { flavor: 'glibc' });
    const musl = resolveForApplication(c, 'svc', 'default/test', 'A', { flavor: 'musl' });
    expect(glibc.tried.map((t) => `${t.name} ${t.rcode} ${t.answers}`)).toEqual([
      'svc.default.svc.cluster.local. NXDOMAIN 0', 'svc.svc.cluster.local. NXDOMAIN 0', 'svc.cluster.local. NOERROR 0', 'svc. NXDOMAIN 0']);
    expect(glibc.ok).toBe(false);
    expect(glibc.final.rcode).toBe('NOERROR');
    expect(musl.tried.map((t) => t.name)).toEqual(['svc.default.svc.cluster.local.', 'svc.svc.cluster.local.', 'svc.cluster.local.']);
    expect(musl.ok).toBe(false);
  });

  it('first answer wins: a name that exists in the first search domain is never asked elsewhere', () => {
    const app = resolveForApplication(dnsTestCluster(), 'web-service', 'default/test');
    expect(app.tried).toHaveLength(1);
  });
});
