import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { isHop, loadCluster, sendRequest, type Hop, type TraceStep } from '../../core';
import { seedCluster } from '../../core/testing';
import en from '../i18n/en.json';
import { captionFor, chosenRule, elementLabel } from './caption';

const connect: Hop = { kind: 'connect', from: 'pod:default/test', to: 'node-rules:node-2', detail: { src: '10.244.2.9', sport: 32768, dst: '10.96.100.50', dport: 80, protocol: 'tcp', node: 'node-2', addressOwner: 'svc:default/web-service' } };
const rules: TraceStep[] = [
  { table: 'nat', chain: 'KUBE-SERVICES', index: 0, line: '-A KUBE-SERVICES -d 10.96.100.50/32 -j KUBE-SVC-SZGXCNNBZLC4E3DM', matched: true, jump: 'KUBE-SVC-SZGXCNNBZLC4E3DM' },
  { table: 'nat', chain: 'KUBE-SVC-SZGXCNNBZLC4E3DM', index: 1, line: '-A KUBE-SVC-SZGXCNNBZLC4E3DM -m statistic --mode random --probability 0.33333333349 -j KUBE-SEP-AAA', matched: false, probability: '0.33333333349' },
  { table: 'nat', chain: 'KUBE-SVC-SZGXCNNBZLC4E3DM', index: 2, line: '-A KUBE-SVC-SZGXCNNBZLC4E3DM -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-BBB', matched: true, probability: '0.50000000000', jump: 'KUBE-SEP-BBB' },
];
const applied = { node: 'node-2', mode: 'iptables', writtenBy: 'kube-proxy', appliedBy: 'kernel', hook: 'PREROUTING', rulesModel: 'kube-proxy-iptables-1.28+' } as const;
const dnat: Hop<'dnat'> = { kind: 'dnat', from: 'node-rules:node-2', to: 'node-rules:node-2', detail: { ...applied, endpoint: '10.244.1.7:80', sepChain: 'KUBE-SEP-BBB', choice: 'random', rules, pod: 'default/nginx-1', masquerade: false } };
const lastRule: TraceStep = { table: 'nat', chain: 'KUBE-SVC-SZGXCNNBZLC4E3DM', index: 3, line: '-A KUBE-SVC-SZGXCNNBZLC4E3DM -j KUBE-SEP-CCC', matched: true, jump: 'KUBE-SEP-CCC' };
const headlessAnswer: Hop = { kind: 'dns-answer', from: 'coredns:kube-system/c', to: 'pod:default/test', detail: {
  rcode: 'NOERROR', tried: [], why: 'headless-ready-endpoints', finalName: 'mysql-headless.default.svc.cluster.local.', records: [],
  addresses: ['10.244.1.5', '10.244.2.8', '10.244.3.12'], ttl: 30, shuffled: true, cached: true } };
const pick: Hop = { kind: 'client-pick', from: 'pod:default/test', to: 'pod:default/test', detail: { strategy: 'first', clients: ['busybox-wget'], addresses: ['a', 'b', 'c'], index: 0, chosen: 'a' } };
const gone: Hop = { kind: 'timeout', from: 'node-rules:node-1', to: 'pod:default/test', detail: { ...applied, reason: 'address-gone', dst: '10.244.2.8', dport: 3306 } };

describe('captionFor', () => {
  it.each([
    { name: 'dnat by a random rule names the chain and its probability', hop: dnat, index: 1, hops: [connect, dnat],
      want: { key: 'hop.dnat.random', values: { original: '10.96.100.50:80', endpoint: '10.244.1.7:80', svcChain: 'KUBE-SVC-SZGXCNNBZLC4E3DM', sepChain: 'KUBE-SEP-BBB', probability: '0.50000000000', node: 'node-2' } } },
    { name: 'dnat by the last rule has no probability', hop: { ...dnat, detail: { ...dnat.detail, sepChain: 'KUBE-SEP-CCC', rules: [...rules, lastRule], choice: 'last' as const } }, index: 1, hops: [connect, dnat],
      want: { key: 'hop.dnat.last', values: { probability: '' } } },
    { name: 'a headless answer counts its records', hop: headlessAnswer, index: 1, hops: [],
      want: { key: 'hop.dns-answer.headless-ready-endpoints', values: { count: 3, name: 'mysql-headless.default.svc.cluster.local', addresses: '10.244.1.5, 10.244.2.8, 10.244.3.12' } } },
    { name: 'client pick by strategy', hop: pick, index: 2, hops: [],
      want: { key: 'hop.client-pick.first', values: { chosen: 'a', count: 3, n: 1 } } },
    { name: 'a timeout by its reason', hop: gone, index: 3, hops: [],
      want: { key: 'hop.timeout.address-gone', values: { dst: '10.244.2.8' } } },
  ])('$name', ({ hop, index, hops, want }) => {
    const c = captionFor(hop, index, hops);
    expect(c.keys[0]).toBe(want.key);
    expect(c.keys.at(-1)).toBe('hop.unknown');
    expect(c.values).toMatchObject(want.values);
  });

  it('finds the rule that jumped to the endpoint chain', () => {
    expect(chosenRule(rules, 'KUBE-SEP-BBB')).toEqual({ svcChain: 'KUBE-SVC-SZGXCNNBZLC4E3DM', probability: '0.50000000000' });
    expect(chosenRule(rules, 'KUBE-SEP-AAA')).toBeUndefined(); // named by a rule that did not match
    expect(chosenRule(rules, 'KUBE-SEP-ZZZ')).toBeUndefined();
  });

  it('labels graph ids by their last name', () => {
    expect(elementLabel('pod:default/test')).toBe('test');
    expect(elementLabel('node-rules:node-2')).toBe('node-2');
    expect(elementLabel('external')).toBe('external');
  });
});

describe('a DNS query in words', () => {
  const t = i18next.createInstance();
  beforeAll(() => t.init({ resources: { en: { translation: en } }, lng: 'en', interpolation: { escapeValue: false }, showSupportNotice: false }));
  const say = (cluster: ReturnType<typeof seedCluster>, url: string) => {
    const hops = sendRequest(cluster, { from: 'default/test', url, seed: 1 }).trace.hops;
    const { keys, values } = captionFor(hops[0]!, 0, hops);
    return t.t(keys, values);
  };
  it('says where the rules on the client node sent it, or that they had nowhere to send it', () => {
    expect(say(seedCluster(), 'http://web-service/')).toMatch(/^test asks the cluster DNS \(kube-dns, 10\.96\.0\.10:53\) for web-service\.default\.svc\.cluster\.local\. The rules on node-2 send the query to the CoreDNS Pod coredns-/);
    const noDns = structuredClone(seedCluster());
    noDns.pods = noDns.pods.filter((p) => !p.name.startsWith('coredns-'));
    for (const s of noDns.endpointSlices) if (s.service === 'kube-dns') s.endpoints = [];
    expect(say(noDns, 'http://web-service/')).toMatch(/but the rules on node-2 have no CoreDNS Pod to send the query to\.$/);
  });
});

describe('a NodePort request arriving on another node, in words', () => {
  const t = i18next.createInstance();
  beforeAll(() => t.init({ resources: { en: { translation: en } }, lng: 'en', interpolation: { escapeValue: false }, showSupportNotice: false }));
  const { cluster } = loadCluster(`apiVersion: apps/v1
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
metadata: { name: web-np }
spec:
  type: NodePort
  selector: { app: web }
  ports: [{ port: 80, nodePort: 30080 }]
`);
  const client = cluster.pods.find((p) => p.name === 'client')!;
  const other = cluster.nodes.find((n) => n.name !== client.node)!;
  const { trace } = sendRequest(cluster, { from: 'default/client', url: `http://${other.ip}:30080/`, seed: 1 });

  it('connect > forward > dnat > deliver, and the forward hop has a name and a caption, not its raw kind', () => {
    expect(trace.outcome).toBe('delivered');
    expect(trace.hops.map((h) => h.kind)).toEqual(['connect', 'forward', 'dnat', 'deliver']);
    const i = trace.hops.findIndex(isHop('forward'));
    const { keys, values } = captionFor(trace.hops[i]!, i, trace.hops);
    expect(keys[0]).toBe('hop.forward');
    expect(t.t('hopKind.forward')).toBe('Routed to node');
    expect(t.t(keys, values)).toBe(`${other.ip} is ${other.name}'s address, not ${client.node}'s: kube-proxy's NodePort rules on ${client.node} match only its own addresses, so nothing rewrites the packet there. ${client.node} routes it on unchanged to ${other.name}, whose rules handle port 30080 next.`);
  });
});
