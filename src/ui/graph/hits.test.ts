import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { seedCluster } from '../../core/testing';
import { withAriaLabel } from './aria';
import { withHits } from './hits';
import { toFlow } from './to-flow';
import en from './i18n.en.json';
import zh from './i18n.zh-CN.json';

const g = toFlow(seedCluster());
const has = (id: string) => g.rects.has(id);
const nginx = g.nodes.filter((n) => n.type === 'pod' && n.data.name.startsWith('nginx-')).map((n) => n.id);
/** The traffic simulation counts Pods as `namespace/name`. */
const key = (id: string) => id.slice(id.indexOf(':') + 1);

describe('withHits', () => {
  it('puts each Pod\'s count and the total on the Pods the running total names, and leaves the rest as they were', () => {
    const want: Record<string, number> = { [nginx[0]!]: 7, [nginx[1]!]: 3 };
    const out = withHits(g.nodes, { perPod: { [key(nginx[0]!)]: 7, [key(nginx[1]!)]: 3 }, total: 10 }, has);
    out.forEach((n, i) => {
      if (n.id in want) expect(n.type === 'pod' && n.data.hits).toEqual({ count: want[n.id], total: 10 });
      else expect(n).toBe(g.nodes[i]);
    });
  });

  it('counts a CoreDNS Pod named as the traffic simulation names it on the graph\'s CoreDNS element', () => {
    const coredns = g.nodes.find((n) => n.id.startsWith('coredns:'))!;
    const out = withHits(g.nodes, { perPod: { [key(coredns.id)]: 4 }, total: 4 }, has);
    const hit = out.find((n) => n.id === coredns.id)!;
    expect(hit.type === 'pod' && hit.data.hits).toEqual({ count: 4, total: 4 });
  });

  it('without a total (reset, a new scenario), or naming only Pods gone since, returns the nodes unchanged', () => {
    expect(withHits(g.nodes, undefined, has)).toBe(g.nodes);
    expect(withHits(g.nodes, { perPod: {}, total: 0 }, has)).toBe(g.nodes);
    expect(withHits(g.nodes, { perPod: { 'default/nginx-deleted': 3 }, total: 3 }, has)).toBe(g.nodes);
  });

  it('says the count in the Pod\'s accessible name, in English and Chinese', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'en', resources: { en: { translation: en }, 'zh-CN': { translation: zh } }, interpolation: { escapeValue: false } });
    const pod = withHits(g.nodes, { perPod: { [key(nginx[0]!)]: 7 }, total: 10 }, has).find((n) => n.id === nginx[0])!;
    const name = pod.type === 'pod' ? pod.data.name : '';
    expect(withAriaLabel(pod, i18n.t, undefined).ariaLabel).toMatch(new RegExp(`^Pod ${name}, .*, answered 7 of 10 requests in the running total$`));
    expect(withAriaLabel(pod, i18n.getFixedT('zh-CN'), undefined).ariaLabel).toMatch(/累计 10 个请求中应答了 7 个$/);
  });
});
