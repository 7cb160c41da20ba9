// The graph against real traces from the traffic simulation: every hop lands on a drawn element, and the packet
// says what the learner should read at each step.
import { describe, expect, it } from 'vitest';
import { sendRequest } from '../../core';
import { scenarioBasicCluster, seedCluster } from '../../core/testing';
import { resolveElementId } from './ids';
import { exitPoint, hopPoints, keyframeOffsets, labelFlip, pointAlong } from './packet';
import { packetText } from './packet-label';
import { hopPath, ruleSource } from './path';
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
  const c = { x: 300, y: 300, width: 100, height: 50 };
  it('runs border to border and eases in and out', () => {
    const points = hopPoints([a, b]);
    expect(points).toEqual([{ x: 100, y: 25 }, { x: 300, y: 25 }]);
    expect(pointAlong(points, 0).at).toEqual(points[0]);
    expect(pointAlong(points, 1).at).toEqual(points[1]);
    expect(pointAlong(points, 0.5).at).toEqual({ x: 200, y: 25 });
    expect(labelFlip(points)).toBe(0.5);
  });
  it('stays on one element for a hop that does not move', () => {
    expect(hopPoints([a, a])).toEqual([{ x: 50, y: 25 }]);
    expect(pointAlong(hopPoints([a]), 0.3).at).toEqual({ x: 50, y: 25 });
    expect(exitPoint(a, { x: 50, y: 25 })).toEqual({ x: 50, y: 25 });
  });
  it('turns at the centre of an element between its ends, and its label turns there too', () => {
    const points = hopPoints([a, b, c]);
    expect(points).toEqual([{ x: 100, y: 25 }, { x: 350, y: 25 }, { x: 350, y: 300 }]);
    const flip = labelFlip(points);
    expect(pointAlong(points, flip).at.x).toBeCloseTo(350);
    expect(pointAlong(points, flip).at.y).toBeCloseTo(25);
    expect(pointAlong(points, flip - 0.01).leg).toBe(0);
    expect(pointAlong(points, flip + 0.01).leg).toBe(1);
    // The animation has a keyframe exactly at the corner, so the packet does not cut it.
    expect(keyframeOffsets(points)).toContain(flip);
  });
});

describe('the packet never visits a Service', () => {
  const resolvedHops = (trace: ReturnType<typeof send>, g = graph) => trace.hops.map((h) => ({
    ...h, from: resolveElementId(h.from, (id) => g.rects.has(id))!, to: resolveElementId(h.to, (id) => g.rects.has(id))!,
  }));
  const services = (g = graph) => new Set(g.nodes.filter((n) => n.type === 'service').map((n) => n.id));

  it('ClusterIP: client → its node\'s rules → DNAT there → the Pod; the DNS query via those rules to a CoreDNS Pod and back', () => {
    const trace = send('http://web-service/');
    const hops = resolvedHops(trace);
    const paths = hops.map((h, i) => hopPath(h, i, hops));
    const coredns = hops[0]!.to;
    expect(coredns).toMatch(/^coredns:kube-system\//);
    expect(paths).toEqual([
      ['pod:default/test', 'node-rules:node-2', coredns],
      [coredns, 'node-rules:node-2', 'pod:default/test'],
      ['pod:default/test', 'node-rules:node-2'],
      ['node-rules:node-2', 'node-rules:node-2'],
      ['node-rules:node-2', `pod:${trace.pod}`],
    ]);
    for (const p of paths) for (const id of p) expect(services().has(id), id).toBe(false);
    // The Services light up beside the path as where the acting rules come from.
    expect(hops.map((h, i) => ruleSource(h, i, hops))).toEqual(['svc:kube-system/kube-dns', undefined, 'svc:default/web-service', 'svc:default/web-service', undefined]);
    // The trail: every leg between drawn elements, none to a Service.
    const trail = trailEdges({ hops, outcome: 'delivered', reason: 'delivered' }, 4, graph.rects);
    expect(trail.map((e) => [e.source, e.target])).toEqual([
      ['pod:default/test', 'node-rules:node-2'], ['node-rules:node-2', coredns],
      [coredns, 'node-rules:node-2'], ['node-rules:node-2', 'pod:default/test'],
      ['pod:default/test', 'node-rules:node-2'],
      ['node-rules:node-2', `pod:${trace.pod}`],
    ]);
    expect(trail.filter((e) => e.data!.active).map((e) => e.target)).toEqual([`pod:${trace.pod}`]);
  });

  it('the DNS query\'s label: to the kube-dns VIP, then, past the rules, to the CoreDNS Pod', () => {
    const q = send('http://web-service/').hops[0]!;
    expect(packetText(q, 0)).toEqual({ key: 'dnsQuery', values: { name: 'web-service.default.svc.cluster.local.', dst: '10.96.0.10:53' } });
    const after = packetText(q, 1);
    expect(after.was).toBe('10.96.0.10:53');
    expect(after.values!.dst).toMatch(/^10\.244\.\d+\.\d+:53$/);
  });

  it.each(['iptables', 'nftables', 'ipvs'] as const)('%s mode, ClusterIP and headless: no leg of any hop touches a Service', (proxyMode) => {
    for (const url of ['http://web-service/', 'mysql-headless:3306', 'mysql-0.mysql-headless:3306']) {
      const { trace } = sendRequest(cluster, { from: 'default/test', url, seed: 3, options: { proxyMode } });
      const hops = resolvedHops(trace);
      for (const [i, h] of hops.entries()) for (const id of hopPath(h, i, hops)) expect(services().has(id), `${url} ${h.kind} ${id}`).toBe(false);
    }
  });

  it('headless: the pick stays in the client, the packet passes its node\'s rules unchanged to the Pod', () => {
    const trace = send('mysql-headless:3306');
    const hops = resolvedHops(trace);
    expect(hops.slice(2).map((h, i) => hopPath(h, i + 2, hops))).toEqual([
      ['pod:default/test', 'pod:default/test'],
      ['pod:default/test', 'node-rules:node-2'],
      ['node-rules:node-2', `pod:${trace.pod}`],
    ]);
    expect(hops.map((h, i) => ruleSource(h, i, hops))).toEqual(['svc:kube-system/kube-dns', undefined, undefined, undefined, undefined]);
  });

  it("NodePort to another node: the client's node, routed on to the other node's rules, DNAT there", () => {
    const basic = scenarioBasicCluster();
    const drawn = toFlow(basic);
    const { trace } = sendRequest(basic, { from: 'default/web-c', url: 'http://172.18.0.2:30080/', seed: 1 });
    const hops = resolvedHops(trace, drawn);
    expect(hops.map((h, i) => hopPath(h, i, hops))).toEqual([
      ['pod:default/web-c', 'node-rules:node-2'], ['node-rules:node-2', 'node-rules:node-0'],
      ['node-rules:node-0', 'node-rules:node-0'], ['node-rules:node-0', 'pod:default/web-a'],
    ]);
  });
});
