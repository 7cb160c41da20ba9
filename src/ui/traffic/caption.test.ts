import { describe, expect, it } from 'vitest';
import type { Hop } from '../../state';
import { captionFor, chosenRule, elementLabel } from './caption';

const connect: Hop = { kind: 'connect', from: 'pod:default/test', to: 'svc:default/web-service', detail: { src: '10.244.2.9', sport: 32768, dst: '10.96.100.50', dport: 80, node: 'node-2' } };
const rules = [
  { table: 'nat', chain: 'KUBE-SERVICES', line: '-A KUBE-SERVICES -d 10.96.100.50/32 -j KUBE-SVC-SZGXCNNBZLC4E3DM', matched: true },
  { table: 'nat', chain: 'KUBE-SVC-SZGXCNNBZLC4E3DM', line: '-A KUBE-SVC-SZGXCNNBZLC4E3DM -m statistic --mode random --probability 0.33333333349 -j KUBE-SEP-AAA', matched: false, probability: '0.33333333349' },
  { table: 'nat', chain: 'KUBE-SVC-SZGXCNNBZLC4E3DM', line: '-A KUBE-SVC-SZGXCNNBZLC4E3DM -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-BBB', matched: true, probability: '0.50000000000' },
];
const dnat: Hop = { kind: 'dnat', from: 'svc:default/web-service', to: 'node-rules:node-2', detail: { node: 'node-2', endpoint: '10.244.1.7:80', sepChain: 'KUBE-SEP-BBB', choice: 'random', rules, pod: 'default/nginx-1' } };

describe('captionFor', () => {
  it.each([
    { name: 'dnat by a random rule names the chain and its probability', hop: dnat, index: 1, hops: [connect, dnat],
      want: { key: 'hop.dnat.random', values: { original: '10.96.100.50:80', endpoint: '10.244.1.7:80', svcChain: 'KUBE-SVC-SZGXCNNBZLC4E3DM', sepChain: 'KUBE-SEP-BBB', probability: '0.50000000000', node: 'node-2' } } },
    { name: 'dnat by the last rule has no probability', hop: { ...dnat, detail: { ...dnat.detail, sepChain: 'KUBE-SEP-CCC', rules: [...rules, { table: 'nat', chain: 'KUBE-SVC-SZGXCNNBZLC4E3DM', line: '-A KUBE-SVC-SZGXCNNBZLC4E3DM -j KUBE-SEP-CCC', matched: true }], choice: 'last' } }, index: 1, hops: [connect, dnat],
      want: { key: 'hop.dnat.last', values: { probability: '' } } },
    { name: 'a headless answer counts its records', hop: { kind: 'dns-answer', from: 'coredns:kube-system/c', to: 'pod:default/test', detail: { why: 'headless-ready-endpoints', finalName: 'mysql-headless.default.svc.cluster.local.', addresses: ['10.244.1.5', '10.244.2.8', '10.244.3.12'] } } as Hop, index: 1, hops: [],
      want: { key: 'hop.dns-answer.headless-ready-endpoints', values: { count: 3, name: 'mysql-headless.default.svc.cluster.local', addresses: '10.244.1.5, 10.244.2.8, 10.244.3.12' } } },
    { name: 'client pick by strategy', hop: { kind: 'client-pick', from: 'pod:default/test', to: 'pod:default/mysql-0', detail: { strategy: 'first', addresses: ['a', 'b', 'c'], index: 0, chosen: 'a' } } as Hop, index: 2, hops: [],
      want: { key: 'hop.client-pick.first', values: { chosen: 'a', count: 3, n: 1 } } },
    { name: 'a timeout by its reason', hop: { kind: 'timeout', from: 'node-rules:node-1', to: 'pod:default/test', detail: { reason: 'address-gone', dst: '10.244.2.8', dport: 3306 } } as Hop, index: 3, hops: [],
      want: { key: 'hop.timeout.address-gone', values: { dst: '10.244.2.8' } } },
  ])('$name', ({ hop, index, hops, want }) => {
    const c = captionFor(hop, index, hops);
    expect(c.keys[0]).toBe(want.key);
    expect(c.keys.at(-1)).toBe('hop.unknown');
    expect(c.values).toMatchObject(want.values);
  });

  it('finds the rule that jumped to the endpoint chain', () => {
    expect(chosenRule(rules, 'KUBE-SEP-BBB')).toEqual({ svcChain: 'KUBE-SVC-SZGXCNNBZLC4E3DM', probability: '0.50000000000' });
    expect(chosenRule(rules, 'KUBE-SEP-ZZZ')).toBeUndefined();
  });

  it('labels graph ids by their last name', () => {
    expect(elementLabel('pod:default/test')).toBe('test');
    expect(elementLabel('node-rules:node-2')).toBe('node-2');
    expect(elementLabel('external')).toBe('external');
  });
});
