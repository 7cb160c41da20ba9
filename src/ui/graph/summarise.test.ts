import { describe, expect, it } from 'vitest';
import { SERVICES_DRAWN, SERVICES_SUMMARY_ID, splitRow } from './summarise';
import { toFlow } from './to-flow';
import { loadCluster, SEED_CLIENT } from '../../core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const defaultYaml = readFileSync(join(import.meta.dirname, '../../scenarios/default.yaml'), 'utf8');
const extraService = (i: number) => `---
apiVersion: v1
kind: Service
metadata:
  name: svc-${String(i).padStart(4, '0')}
spec:
  selector:
    app: nginx
  ports:
  - port: 80
`;
const withServices = (n: number, replicas = 3) =>
  defaultYaml.replace(/replicas: 3(\n\s+selector:\n\s+matchLabels:\n\s+app: nginx)/, `replicas: ${replicas}$1`)
  + Array.from({ length: n }, (_, i) => extraService(i)).join('');
const build = (yaml: string) => loadCluster(yaml, { nodes: 3, run: [SEED_CLIENT] }).cluster;

describe('splitRow', () => {
  it.each([
    { name: 'a row within the limit is drawn whole', row: ['a', 'b'], limit: 2, keep: [], want: { drawn: ['a', 'b'], hidden: [] } },
    { name: 'past the limit the rest is hidden', row: ['a', 'b', 'c', 'd'], limit: 2, keep: [], want: { drawn: ['a', 'b'], hidden: ['c', 'd'] } },
    { name: 'a kept element is drawn in its place', row: ['a', 'b', 'c', 'd'], limit: 2, keep: ['d'], want: { drawn: ['a', 'b', 'd'], hidden: ['c'] } },
  ])('$name', ({ row, limit, keep, want }) => {
    expect(splitRow(row, (x) => x, limit, new Set(keep))).toEqual(want);
  });
});

describe('a large cluster is summarised', () => {
  it('draws the seed scenario whole, with no summary card', () => {
    const g = toFlow(build(defaultYaml));
    expect(g.summaries).toEqual([]);
    expect(g.nodes.some((n) => n.type === 'summary')).toBe(false);
  });

  it('draws the first Services and one card counting the rest, with their kind', () => {
    const g = toFlow(build(withServices(500)));
    const services = g.nodes.filter((n) => n.type === 'service');
    expect(services).toHaveLength(SERVICES_DRAWN);
    const card = g.nodes.find((n) => n.id === SERVICES_SUMMARY_ID);
    // 502 of the learner's Services and kube-dns; the first SERVICES_DRAWN drawn.
    expect(card?.type === 'summary' && card.data).toMatchObject({ row: 'services', total: 503, hidden: 503 - SERVICES_DRAWN, counts: { clusterip: 503 - SERVICES_DRAWN } });
    expect(g.rects.has(SERVICES_SUMMARY_ID)).toBe(true);
    // No link leaves a Service that is not drawn.
    const drawn = new Set(g.nodes.map((n) => n.id));
    expect(g.edges.every((e) => drawn.has(e.source) && drawn.has(e.target))).toBe(true);
  });

  it('always draws what the request touches, wherever it stands', () => {
    const keep = new Set(['svc:default/svc-0400', 'pod:default/test']);
    const cluster = build(withServices(500, 300));
    const g = toFlow(cluster, undefined, { keep });
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(ids.has('svc:default/svc-0400')).toBe(true);
    expect(ids.has('pod:default/test')).toBe(true);
    expect(ids.has('dns:kube-dns')).toBe(true);
    expect([...ids].filter((id) => id.startsWith('coredns:'))).toHaveLength(2);
    // Every endpoint of svc-0400 is still linked: drawn Pods one by one, the rest counted per node.
    const endpoints = cluster.endpointSlices.filter((x) => x.service === 'svc-0400').flatMap((x) => x.endpoints).length;
    const links = g.edges.filter((e) => e.source === 'svc:default/svc-0400');
    expect(links.reduce((n, e) => n + (e.data?.aggregate?.total ?? 1), 0)).toBe(endpoints);
  });

  it("links a Service to Pods that are not drawn through their node's card", () => {
    const tail = `---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: zz
spec:
  replicas: 2
  selector:
    matchLabels:
      app: zz
  template:
    metadata:
      labels:
        app: zz
    spec:
      containers:
      - name: zz
        image: nginx
---
apiVersion: v1
kind: Service
metadata:
  name: zz
spec:
  selector:
    app: zz
  ports:
  - port: 80
`;
    const g = toFlow(build(withServices(0, 300) + tail));
    const links = g.edges.filter((e) => e.source === 'svc:default/zz');
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((e) => e.target.startsWith('summary:pods:node:'))).toBe(true);
    expect(links.reduce((n, e) => n + (e.data?.aggregate?.total ?? 0), 0)).toBe(2);
  });

  it('draws more when a card is asked to', () => {
    const cluster = build(withServices(500));
    const before = toFlow(cluster);
    const after = toFlow(cluster, before.memory, { shown: { [SERVICES_SUMMARY_ID]: SERVICES_DRAWN } });
    expect(after.nodes.filter((n) => n.type === 'service')).toHaveLength(SERVICES_DRAWN * 2);
  });

  it("counts a node's Pods past the limit on the node's card", () => {
    const g = toFlow(build(withServices(0, 600)));
    const cards = g.nodes.filter((n) => n.type === 'summary');
    // kubelet's 110 Pods per node leave the rest Pending: that group is summarised too.
    expect(cards.map((n) => n.id).sort()).toEqual(['summary:pods:node:node-1', 'summary:pods:node:node-2', 'summary:pods:node:node-3', 'summary:pods:pending']);
    const pods = g.nodes.filter((n) => n.type === 'pod').length;
    const hidden = cards.reduce((n, c) => n + (c.type === 'summary' ? c.data.hidden : 0), 0);
    // 600 nginx, 3 mysql, 2 CoreDNS and the client.
    expect(pods + hidden).toBe(606);
  });
});
