import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { isHop, loadCluster, sendRequest, sendRequests, type RequestOptions } from '../../core';
import { seedCluster } from '../../core/testing';
import en from '../i18n/en.json';
import zh from '../i18n/zh-CN.json';
import { captionFor } from './caption';
import { endpointChoice, fraction } from './endpoint-choice';

const cluster = seedCluster();
const dnatOf = (seed: number, options?: RequestOptions, url = 'http://web-service/') =>
  sendRequest(cluster, { from: 'default/test', url, seed, options: { dnsCache: false, ...options } }).trace.hops.find((h) => h.kind === 'dnat')!;

describe('endpointChoice: the chain as kube-proxy builds it', () => {
  // Seeds whose connection each of the three rules takes.
  const byRule = new Map<number, number>();
  for (let seed = 0; byRule.size < 3 && seed < 200; seed++) {
    const c = endpointChoice(dnatOf(seed));
    if (c?.mode === 'iptables' && !byRule.has(c.taken)) byRule.set(c.taken, seed);
  }

  it('three endpoints: rule 1 takes 1/3, rule 2 takes 1/2 of the rest, rule 3 the remainder', () => {
    expect([...byRule.keys()].sort()).toEqual([1, 2, 3]);
    const c = endpointChoice(dnatOf(byRule.get(2)!));
    expect(c).toMatchObject({ mode: 'iptables', n: 3, taken: 2, svcChain: expect.stringMatching(/^KUBE-SVC-/) });
    expect(c!.mode === 'iptables' && c!.rows).toEqual([
      { position: 1, k: 3, taken: false, printed: '0.33333333349' },
      { position: 2, k: 2, taken: true, printed: '0.50000000000' },
      { position: 3, k: 1, taken: false },
    ]);
  });

  it('the last rule: every rule before was tested and missed', () => {
    const c = endpointChoice(dnatOf(byRule.get(3)!));
    expect(c!.mode === 'iptables' && c!.rows.map((r) => [r.printed, r.taken])).toEqual([['0.33333333349', false], ['0.50000000000', false], [undefined, true]]);
  });

  it('the first rule: the rules after it were not tested, their share follows the formula', () => {
    const c = endpointChoice(dnatOf(byRule.get(1)!));
    expect(c!.mode === 'iptables' && c!.rows.map((r) => [r.k, r.printed, r.taken])).toEqual([[3, '0.33333333349', true], [2, undefined, false], [1, undefined, false]]);
  });

  it('what the table says is what happens: each Pod gets about 1/3 of 3,000 requests', () => {
    const { counts: byPod } = sendRequests(cluster, { from: 'default/test', url: 'http://web-service/', seed: 1, options: { dnsCache: false } }, 3000);
    const counts = Object.values(byPod);
    expect(counts).toHaveLength(3);
    for (const c of counts) expect(c / 3000).toBeGreaterThan(0.3);
  });

  it('nftables: one numgen draw, 1/n each', () => {
    const c = endpointChoice(dnatOf(4, { proxyMode: 'nftables' }));
    expect(c).toMatchObject({ mode: 'nftables', mod: 3 });
  });

  it('no chance involved: nothing to explain (one endpoint, sessionAffinity)', () => {
    const { cluster: one } = loadCluster(`apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 1
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: web, image: nginx, ports: [{ containerPort: 80 }] }]
---
apiVersion: v1
kind: Pod
metadata: { name: client }
spec:
  containers: [{ name: c, image: busybox }]
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  ports: [{ port: 80 }]
`);
    const hop = sendRequest(one, { from: 'default/client', url: 'http://web/', seed: 1 }).trace.hops.find(isHop('dnat'))!;
    expect(hop.detail.rules?.some((r) => r.matched && r.jump === hop.detail.sepChain)).toBe(true);
    expect(endpointChoice(hop)).toBeUndefined();
    const sticky = structuredClone(cluster);
    sticky.services.find((s) => s.name === 'web-service')!.sessionAffinity = 'ClientIP';
    const { traces } = sendRequests(sticky, { from: 'default/test', url: 'http://web-service/', seed: 1, options: { dnsCache: false } }, 2, { keepTraces: 2 });
    const again = traces[1]!.hops.find(isHop('dnat'))!;
    expect(again.detail.choice).toBe('affinity');
    expect(endpointChoice(again)).toBeUndefined();
  });

  it('fractions reduce', () => {
    expect([fraction(2, 4), fraction(1, 3), fraction(3, 3)]).toEqual(['1/2', '1/3', '1']);
  });
});

describe('the DNAT caption in words', () => {
  const t = i18next.createInstance();
  beforeAll(() => t.init({ resources: { en: { translation: en }, 'zh-CN': { translation: zh } }, lng: 'en', interpolation: { escapeValue: false }, showSupportNotice: false }));
  const words = (seed: number, options?: RequestOptions, lng = 'en') => {
    const { trace } = sendRequest(cluster, { from: 'default/test', url: 'http://web-service/', seed, options: { dnsCache: false, ...options } });
    const i = trace.hops.findIndex((h) => h.kind === 'dnat');
    const c = captionFor(trace.hops[i]!, i, trace.hops);
    return t.getFixedT(lng)(c.keys, c.values);
  };
  const seedFor = (taken: number) => {
    for (let seed = 0; seed < 200; seed++) { const c = endpointChoice(dnatOf(seed)); if (c?.mode === 'iptables' && c.taken === taken) return seed; }
    throw new Error('no seed');
  };

  it('probability 0.5 is said as 1/2 of what is left, 1/3 of all', () => {
    const s = words(seedFor(2));
    expect(s).toMatch(/rule 2 of 3 matched with probability 0\.50000000000: 1\/2 of the connections the rules before it leave, which is 1\/3 of all/);
    expect(words(seedFor(2), undefined, 'zh-CN')).toContain('第 2 条规则（共 3 条）以概率 0.50000000000 命中');
  });

  it('the last rule has no condition and takes what the others leave', () => {
    expect(words(seedFor(3))).toMatch(/the last rule, rule 3 of 3, which has no condition, took it .*the 1\/3 of connections the others leave/);
  });

  it('nftables says numgen, and its affinity never mentions iptables\' recent module', () => {
    expect(words(4, { proxyMode: 'nftables' })).toMatch(/numgen random mod 3 drew [012], and the verdict map sends [012] to endpoint-/);
    const sticky = structuredClone(cluster);
    sticky.services.find((s) => s.name === 'web-service')!.sessionAffinity = 'ClientIP';
    const { traces } = sendRequests(sticky, { from: 'default/test', url: 'http://web-service/', seed: 1, options: { proxyMode: 'nftables', dnsCache: false } }, 2, { keepTraces: 2 });
    const second = traces[1]!;
    const i = second.hops.findIndex((h) => h.kind === 'dnat');
    const c = captionFor(second.hops[i]!, i, second.hops);
    expect(c.keys[0]).toBe('hop.dnat.affinityNft');
    const s = t.t(c.keys, c.values);
    expect(s).toMatch(/in the set affinity-\S+, which the endpoint's chain fills \(update @affinity-\S+ \{ ip saddr \}\)/);
    expect(s).not.toMatch(/recent/);
  });
});
