import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { sendRequest, sendRequests, type Hop, type ProxyMode } from '../../core';
import { scenarioBasicCluster, seedCluster } from '../../core/testing';
import en from '../i18n/en.json';
import zh from '../i18n/zh-CN.json';
import { detailRows, elementWords, rawDetail, type Shown } from './detail-words';

const t = i18next.createInstance();
beforeAll(() => t.init({ resources: { en: { translation: en }, 'zh-CN': { translation: zh } }, lng: 'en', interpolation: { escapeValue: false }, showSupportNotice: false }));

/** What a person reads for a shown value, in a language; fails on a key the bundle lacks. */
function read(s: Shown, lng = 'en'): string {
  if ('items' in s) return s.items.map((x) => read(x, lng)).join('; ');
  if ('key' in s) {
    expect(t.exists(s.key, { lng }), `${lng} has ${s.key}`).toBe(true);
    return t.getFixedT(lng)(s.key, s.values ?? {});
  }
  return s.text;
}
const rowsOf = (hop: Hop, lng = 'en') => Object.fromEntries(detailRows(hop).map(({ field, shown }) => [field, read(shown, lng)]));

const cluster = seedCluster();
const hops = (url: string, proxyMode: ProxyMode = 'iptables', from = 'default/test') =>
  sendRequest(cluster, { from, url, seed: 2, options: { proxyMode } }).trace.hops;

describe('the step panel in words', () => {
  it('says what the codes mean: why CoreDNS answered, which Service, how the endpoint was chosen, whether it listens', () => {
    const [query, answer, , dnat, deliver] = hops('http://web-service/');
    expect(rowsOf(query!).service).toBe('Service kube-system/kube-dns');
    expect(rowsOf(answer!).why).toBe('a ClusterIP Service: its one virtual IP');
    expect(rowsOf(answer!).object).toBe('Service default/web-service');
    expect(rowsOf(dnat!).choice).toMatch(/^(a random rule \(-m statistic\) matched|the last rule, which has no condition)$/);
    expect(rowsOf(dnat!).appliedBy).toBe("the node's kernel (netfilter)");
    expect(rowsOf(deliver!).assumedListening).toBe('no: the Pod declares this port');
    expect(rowsOf(deliver!).crossNode).toMatch(/^(yes|no)$/);
    expect(rowsOf(answer!, 'zh-CN').why).toBe('ClusterIP Service：返回它唯一的虚拟 IP');
    expect(rowsOf(deliver!, 'zh-CN').assumedListening).toBe('否：这个 Pod 声明了这个端口');
  });

  it('keeps real data as it is: addresses, ports, records', () => {
    const [, answer, connect] = hops('http://web-service/');
    expect(rowsOf(connect!)).toMatchObject({ dst: '10.96.100.50', dport: '80', addressOwner: 'Service default/web-service' });
    expect(rowsOf(answer!).records).toBe('web-service.default.svc.cluster.local. 30 IN A 10.96.100.50');
  });

  it('the raw values stay available, as the simulation records them', () => {
    const [, answer] = hops('http://web-service/');
    const raw = JSON.parse(rawDetail(answer!)) as { detail: { why: string } };
    expect(raw.detail.why).toBe('clusterip-vip');
  });

  it('graph ids become names of things', () => {
    expect(read(elementWords('node-rules:node-2'))).toBe('the netfilter rules on node-2');
    expect(read(elementWords('coredns:kube-system/coredns-1'))).toBe('CoreDNS Pod kube-system/coredns-1');
    expect(read(elementWords('external'), 'zh-CN')).toBe('集群外');
  });

  // Across every kind of trace the page can show, in both languages: no internal identifier reaches the reader.
  const traces: Hop[][] = [];
  for (const mode of ['iptables', 'nftables', 'ipvs'] as const) {
    for (const url of ['http://web-service/', 'mysql-headless:3306', 'mysql-0.mysql-headless:3306', 'http://web-service:8080/', 'http://10.244.1.7:81/', 'http://nope/']) traces.push(hops(url, mode));
  }
  traces.push(sendRequests(cluster, { from: 'default/test', url: 'http://web-service/', seed: 1, options: { keepAlive: true } }, 2, { keepTraces: 2 }).traces[1]!.hops);
  traces.push(sendRequest(scenarioBasicCluster(), { from: 'default/web-c', url: 'http://172.18.0.2:30080/', seed: 1 }).trace.hops);
  traces.push(sendRequest(cluster, { from: 'external', url: 'http://10.96.100.50/', seed: 1 }).trace.hops);
  const codes = /\b(svc|pod|coredns|node-rules|dns):[a-z]|clusterip-vip|headless-ready-endpoints|^(true|false|last|random|affinity|kernel)$/;
  it.each(['en', 'zh-CN'])('%s: no graph id, code or bare boolean in any row', (lng) => {
    let rows = 0;
    for (const trace of traces) {
      for (const hop of trace) {
        for (const [field, value] of Object.entries(rowsOf(hop, lng))) {
          rows++;
          expect(value, `${hop.kind}.${field}`).not.toMatch(codes);
        }
        expect(read(elementWords(hop.from), lng)).not.toMatch(codes);
        expect(read(elementWords(hop.to), lng)).not.toMatch(codes);
      }
    }
    expect(rows).toBeGreaterThan(200);
  });
});
