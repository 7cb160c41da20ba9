// The graph against real traces from the traffic simulation: every hop lands on a drawn element, and the packet
// says what the learner should read at each step.
import { describe, expect, it } from 'vitest';
import { sendRequest, type Hop } from '../../core';
import { scenarioBasicCluster, seedCluster } from '../../core/testing';
import { resolveElementId } from './ids';
import { exitPoint, hopSegment, packetAt } from './packet';
import { packetText } from './packet-label';
import { toFlow } from './to-flow';
import { trailEdges } from './trail';

const cluster = seedCluster();
const graph = toFlow(cluster);
const has = (id: string) => graph.rects.has(id);
const send = (url: string) => sendRequest(cluster, { from: 'default/test', url, seed: 7 }).trace;

describe('hops of real traces', () => {
  it.each(['http://web-service/', 'mysql-headless:3306', 'mysql-0.mysql-headless:3306'])('%s: every hop names a drawn element', (url) => {
    const trace = send(url);
    expect(trace.outcome).toBe('delivered');
    for (const h of trace.hops) {
      expect(resolveElementId(h.from, has), `${h.kind} from ${h.from}`).toBeDefined();
      expect(resolveElementId(h.to, has), `${h.kind} to ${h.to}`).toBeDefined();
    }
  });

  it('ClusterIP: DNS, connect to the VIP, DNAT on the client node, deliver', () => {
    const hops = send('http://web-service/').hops;
    expect(hops.map((h) => h.kind)).toEqual(['dns-query', 'dns-answer', 'connect', 'dnat', 'deliver']);
    const dnat = hops[3]!;
    expect(dnat.to).toBe('node-rules:node-2'); // the client's node, not the Pod's
    expect(packetText(dnat, 0, hops[2])).toEqual({ text: '10.96.100.50:80' });
    const after = packetText(dnat, 1, hops[2]);
    expect(after.was).toBe('10.96.100.50:80');
    expect(after.text).toMatch(/^10\.244\.\d+\.\d+:80$/);
  });

  it('headless: three A records and the client picks, no VIP and no DNAT', () => {
    const hops = send('mysql-headless:3306').hops;
    expect(hops.map((h) => h.kind)).not.toContain('dnat');
    expect(packetText(hops[1]!, 1)).toEqual({ key: 'dnsAnswer', values: { answer: expect.stringMatching(/^(10\.244\.\d+\.\d+(, )?){3}$/) } });
    const pick = hops.find((h) => h.kind === 'client-pick')!;
    expect(packetText(pick, 1).key).toBe('pick');
  });

  it("NodePort on another node's IP: connect, forward between the two nodes' rules, DNAT there, deliver; all drawn", () => {
    const basic = scenarioBasicCluster();
    const drawn = toFlow(basic);
    const { trace } = sendRequest(basic, { from: 'default/web-c', url: 'http://172.18.0.2:30080/', seed: 1 });
    expect(trace.hops.map((h) => h.kind)).toEqual(['connect', 'forward', 'dnat', 'deliver']);
    for (const h of trace.hops) {
      expect(resolveElementId(h.from, (id) => drawn.rects.has(id)), `${h.kind} from ${h.from}`).toBeDefined();
      expect(resolveElementId(h.to, (id) => drawn.rects.has(id)), `${h.kind} to ${h.to}`).toBeDefined();
    }
    expect(packetText(trace.hops[1]!, 0.5)).toEqual({ text: '172.18.0.2:30080' });
  });

  it('the kube-dns VIP as the simulation names it resolves to the DNS element', () => {
    expect(resolveElementId('svc:kube-system/kube-dns', has)).toBe('dns:kube-dns');
    expect(resolveElementId('pod:kube-system/coredns-7db6d8ff4d-4x9tq', has)).toBe('coredns:kube-system/coredns-7db6d8ff4d-4x9tq');
    expect(resolveElementId('svc:default/nope', has)).toBeUndefined();
  });
});

describe('packet geometry', () => {
  const a = { x: 0, y: 0, width: 100, height: 50 };
  const b = { x: 300, y: 0, width: 100, height: 50 };
  it('runs border to border and eases in and out', () => {
    const seg = hopSegment(a, b)!;
    expect(seg).toEqual({ start: { x: 100, y: 25 }, end: { x: 300, y: 25 } });
    expect(packetAt(seg, 0)).toEqual(seg.start);
    expect(packetAt(seg, 1)).toEqual(seg.end);
    expect(packetAt(seg, 0.5)).toEqual({ x: 200, y: 25 });
  });
  it('stays on one element for a hop that does not move', () => {
    expect(hopSegment(a, a)).toEqual({ start: { x: 50, y: 25 }, end: { x: 50, y: 25 } });
    expect(exitPoint(a, { x: 50, y: 25 })).toEqual({ x: 50, y: 25 });
  });
});

describe('trailEdges', () => {
  it('draws the hops so far, the active one marked, none for hops that stay put', () => {
    const hops: Hop[] = send('http://web-service/').hops.map((h) => ({ ...h, from: resolveElementId(h.from, has)!, to: resolveElementId(h.to, has)! }));
    const edges = trailEdges({ hops, outcome: 'delivered', reason: 'delivered' }, 3, graph.rects);
    expect(edges.map((e) => [e.source, e.target, e.data!.active])).toEqual([
      ['pod:default/test', 'dns:kube-dns', false],
      [hops[1]!.from, 'pod:default/test', false],
      ['pod:default/test', 'svc:default/web-service', false],
      ['svc:default/web-service', 'node-rules:node-2', true],
    ]);
    expect(trailEdges(undefined, 2, graph.rects)).toEqual([]);
  });
});
