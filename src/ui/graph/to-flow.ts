// Cluster → React Flow nodes and edges. Pure (no React, no DOM): runs in tests and could run in a worker.
// Node ids are the element ids the core's traces use (ids.ts), so a Hop's from/to names a node directly.
import type { Edge, Node } from '@xyflow/react';
import { formatKubectlRun, type Cluster, type Pod, type Service } from '../../core';
import { DNS_ID, EXTERNAL_ID, PENDING_ID, corednsId, nodeGroupId, podId, rulesId, svcId } from './ids';
import { layoutGraph, type Layout, type LayoutMemory, type Rect } from './layout';
import { byName, byNamespace } from './order';
import { SERVICES_SUMMARY_ID, podsSummaryId, rowLimit, splitRow, type ShownCounts } from './summarise';

export type ServiceFlavor = 'clusterip' | 'headless' | 'externalname' | 'dns';

export interface ServiceData extends Record<string, unknown> {
  namespace: string;
  name: string;
  flavor: ServiceFlavor;
  type: Service['type'];
  clusterIP: string;
  /** `80/TCP`, `3306→mysql/TCP`. */
  ports: string[];
  externalName?: string;
  readyEndpoints: number;
  totalEndpoints: number;
  selectorless: boolean;
  /** The rules acting on the packet now were written from this Service. */
  isRuleSource?: boolean;
}

export interface PodData extends Record<string, unknown> {
  namespace: string;
  name: string;
  ip: string;
  node: string;
  ready: boolean;
  pending: boolean;
  terminating: boolean;
  /** Bound to its node, the kubelet still creating its containers (it has its sandbox's IP). */
  creating: boolean;
  coredns: boolean;
  labels: Record<string, string>;
  workload?: { kind: 'Deployment' | 'StatefulSet'; name: string; replicas: number };
  isClient?: boolean;
  /** Started with `kubectl run` (the seed's client), not from the YAML: the command line it stands for. */
  kubectlRun?: string;
  /** Set by hits.ts: requests this Pod answered in the running total, out of all of them. */
  hits?: { count: number; total: number };
}

export interface NodeGroupData extends Record<string, unknown> { name: string; ip: string; podCIDR: string; pending: boolean }
export interface RulesData extends Record<string, unknown> { node: string; isClientNode?: boolean }
export interface ExternalData extends Record<string, unknown> { names: string[] }

/**
 * A card standing for the Services (or one node's Pods) a large cluster's graph does not draw (summarise.ts):
 * how many, of how many, and what they are.
 */
export interface SummaryData extends Record<string, unknown> {
  row: 'services' | 'pods';
  /** The node whose Pods it stands for ('' for the Pending group); absent for the Service row. */
  node?: string;
  hidden: number;
  total: number;
  /** Services: how many of each flavor are hidden. Pods: how many are ready and not. */
  counts: Partial<Record<ServiceFlavor | 'ready' | 'notReady', number>>;
}

export interface EndpointEdgeData extends Record<string, unknown> {
  flavor: ServiceFlavor;
  ready: boolean;
  terminating: boolean;
  /** Horizontal lane between the Service row and the nodes, and the x of the vertical run beside the Pod. */
  laneY: number;
  gutterX: number;
  label?: string;
  /** One link standing for all of a Service's endpoints on one node (large Services). */
  aggregate?: { ready: number; total: number };
  /** Set by decorate: both ends are highlighted. */
  hl?: boolean;
}

export type GraphNode =
  | Node<ServiceData, 'service'>
  | Node<PodData, 'pod'>
  | Node<NodeGroupData, 'nodeGroup'>
  | Node<RulesData, 'rules'>
  | Node<ExternalData, 'external'>
  | Node<SummaryData, 'summary'>;
export type GraphEdge = Edge<EndpointEdgeData, 'endpoint'>;

export interface FlowGraph {
  nodes: GraphNode[];
  /** The summary cards drawn, by id (none for a cluster small enough to draw whole). */
  summaries: string[];
  edges: GraphEdge[];
  /** Absolute rectangles by element id, for the packet animation and export bounds. */
  rects: Map<string, Rect>;
  memory: LayoutMemory;
}

/** Above this many endpoints a Service links to each node once, with counts, instead of to each Pod. */
const AGGREGATE_ABOVE = 24;

const isKubeDns = (s: Service) => s.namespace === 'kube-system' && s.name === 'kube-dns';
const isCoreDns = (p: Pod) => p.namespace === 'kube-system' && p.labels['k8s-app'] === 'kube-dns';

/** Which Services and Pods the learner sees: their own objects, plus the DNS path (kube-dns and CoreDNS). */
export const visibleService = (s: Service): boolean => !s.system || isKubeDns(s);
export const visiblePod = (p: Pod): boolean => !p.system || isCoreDns(p);

export const podElementId = (p: Pod): string => (isCoreDns(p) ? corednsId(p.namespace, p.name) : podId(p.namespace, p.name));
export const serviceElementId = (s: Service): string => (isKubeDns(s) ? DNS_ID : svcId(s.namespace, s.name));

function flavorOf(s: Service): ServiceFlavor {
  if (isKubeDns(s)) return 'dns';
  if (s.type === 'ExternalName') return 'externalname';
  return s.headless ? 'headless' : 'clusterip';
}

/** As `kubectl get svc` prints them (`80:30080/TCP` with a nodePort), plus the targetPort when it differs. */
const formatPort = (p: Service['ports'][number]) =>
  `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol}${String(p.targetPort) !== String(p.port) ? ` → ${p.targetPort}` : ''}`;

export interface FlowOptions {
  /** Draw "outside the cluster" even without an ExternalName Service (a trace goes there). */
  external?: boolean;
  /** Element ids a large cluster's graph draws whatever their place (the client, a trace's elements, the selection). */
  keep?: ReadonlySet<string>;
  /** How many more than the base each summary card has been asked to draw (summarise.ts). */
  shown?: ShownCounts;
}

const NO_KEEP: ReadonlySet<string> = new Set();

/**
 * Build the graph for a cluster. `memory` is the previous call's `memory`: with it, unchanged elements keep
 * their place. A large cluster is summarised (summarise.ts): each row draws its first elements and `keep`'s,
 * and a summary card counts the rest.
 * @example const g = toFlow(seedCluster()); g.nodes.find((n) => n.id === 'svc:default/web-service')
 */
export function toFlow(cluster: Cluster, memory?: LayoutMemory, options: FlowOptions = {}): FlowGraph {
  const keep = options.keep ?? NO_KEEP;
  // kube-dns first (the DNS path starts every request), ExternalName last (next to "outside the cluster").
  const rank = (s: Service) => (isKubeDns(s) ? 0 : s.type === 'ExternalName' ? 2 : 1);
  const allServices = cluster.services.filter(visibleService).sort((a, b) =>
    rank(a) - rank(b) || byNamespace(a.namespace, b.namespace) || byName(a, b));
  const serviceRow = splitRow(allServices, (s) => (isKubeDns(s) ? DNS_ID : serviceElementId(s)), rowLimit(SERVICES_SUMMARY_ID, options.shown), keep);
  const services = serviceRow.drawn;
  const pods = cluster.pods.filter(visiblePod).sort(byName);
  const nodeNames = new Set(cluster.nodes.map((n) => n.name));
  const clusterNodes = [...cluster.nodes].sort(byName);
  const podsByNode = new Map<string, Pod[]>([...clusterNodes.map((n): [string, Pod[]] => [n.name, []]), [PENDING_ID, []]]);
  for (const p of pods) {
    // A ContainerCreating Pod is Pending too, but it is on its node already.
    podsByNode.get(!p.node || !nodeNames.has(p.node) ? PENDING_ID : p.node)!.push(p);
  }
  // Each node's row of Pods, drawn or counted on the node's summary card. CoreDNS Pods are on every DNS path.
  const summaries: GraphNode[] = [];
  const groupOfHidden = new Map<Pod, string>();
  const drawnPods = new Map<string, string[]>();
  for (const [group, list] of podsByNode) {
    const summaryId = podsSummaryId(group === PENDING_ID ? PENDING_ID : nodeGroupId(group));
    const row = splitRow(list, podElementId, rowLimit(summaryId, options.shown), { has: (id: string) => keep.has(id) || id.startsWith('coredns:') });
    drawnPods.set(group, row.drawn.map(podElementId));
    if (row.hidden.length === 0) continue;
    drawnPods.get(group)!.push(summaryId);
    for (const p of row.hidden) groupOfHidden.set(p, summaryId);
    const ready = row.hidden.filter((p) => p.ready).length;
    summaries.push({ id: summaryId, type: 'summary', position: { x: 0, y: 0 }, data: {
      row: 'pods', node: group === PENDING_ID ? '' : group, hidden: row.hidden.length, total: list.length,
      counts: { ready, notReady: row.hidden.length - ready },
    } });
  }
  if (serviceRow.hidden.length > 0) {
    const counts: SummaryData['counts'] = {};
    for (const s of serviceRow.hidden) counts[flavorOf(s)] = (counts[flavorOf(s)] ?? 0) + 1;
    summaries.unshift({ id: SERVICES_SUMMARY_ID, type: 'summary', position: { x: 0, y: 0 }, data: {
      row: 'services', hidden: serviceRow.hidden.length, total: allServices.length, counts,
    } });
  }
  const externalNames = allServices.filter((s) => s.type === 'ExternalName' && s.externalName).map((s) => s.externalName!);

  const layout: Layout = layoutGraph({
    services: [...services.map(serviceElementId), ...(serviceRow.hidden.length > 0 ? [SERVICES_SUMMARY_ID] : [])],
    nodes: clusterNodes.map((n) => ({ name: n.name, id: nodeGroupId(n.name), rulesId: rulesId(n.name), pods: drawnPods.get(n.name)! })),
    pending: drawnPods.get(PENDING_ID)!,
    pendingId: PENDING_ID,
    ...(externalNames.length > 0 || options.external ? { externalId: EXTERNAL_ID } : {}),
  }, memory);
  const { rects, parents } = layout;

  const relative = (id: string): { x: number; y: number } => {
    const r = rects.get(id)!;
    const parent = parents.get(id);
    const pr = parent ? rects.get(parent)! : undefined;
    return pr ? { x: r.x - pr.x, y: r.y - pr.y } : { x: r.x, y: r.y };
  };
  const base = (id: string) => {
    const r = rects.get(id)!;
    const parentId = parents.get(id);
    return { id, position: relative(id), width: r.width, height: r.height, ...(parentId ? { parentId, extent: 'parent' as const } : {}) };
  };

  const nodes: GraphNode[] = [];
  // Groups first: React Flow wants a parent before its children.
  for (const n of clusterNodes) {
    nodes.push({ ...base(nodeGroupId(n.name)), type: 'nodeGroup', selectable: false, focusable: false,
      data: { name: n.name, ip: n.ip, podCIDR: n.podCIDR, pending: false } });
  }
  if (rects.has(PENDING_ID)) {
    nodes.push({ ...base(PENDING_ID), type: 'nodeGroup', selectable: false, focusable: false,
      data: { name: '', ip: '', podCIDR: '', pending: true } });
  }

  const endpointCounts = new Map<string, { ready: number; total: number }>();
  for (const slice of cluster.endpointSlices) {
    const key = `${slice.namespace}/${slice.service}`;
    const c = endpointCounts.get(key) ?? { ready: 0, total: 0 };
    for (const e of slice.endpoints) { c.total++; if (e.conditions.ready) c.ready++; }
    endpointCounts.set(key, c);
  }
  for (const s of services) {
    const c = endpointCounts.get(`${s.namespace}/${s.name}`) ?? { ready: 0, total: 0 };
    nodes.push({ ...base(serviceElementId(s)), type: 'service', data: {
      namespace: s.namespace, name: s.name, flavor: flavorOf(s), type: s.type, clusterIP: s.clusterIP,
      ports: s.ports.map(formatPort), ...(s.externalName ? { externalName: s.externalName } : {}),
      readyEndpoints: c.ready, totalEndpoints: c.total, selectorless: s.selector === undefined,
    } });
  }
  const summaryById = new Map(summaries.map((n) => [n.id, n]));
  const serviceSummary = summaryById.get(SERVICES_SUMMARY_ID);
  if (serviceSummary) nodes.push({ ...serviceSummary, ...base(SERVICES_SUMMARY_ID) } as GraphNode);
  if (rects.has(EXTERNAL_ID)) nodes.push({ ...base(EXTERNAL_ID), type: 'external', data: { names: externalNames } });

  // Then node by node, its rules and its Pods slot by slot: the DOM order is the keyboard's Tab order.
  const podByElement = new Map(pods.map((p) => [podElementId(p), p]));
  const workloads = new Map(cluster.workloads.map((w) => [`${w.namespace}/${w.kind}/${w.name}`, w]));
  for (const group of [...clusterNodes.map((n) => n.name), PENDING_ID]) {
    if (group !== PENDING_ID) nodes.push({ ...base(rulesId(group)), type: 'rules', data: { node: group } });
    for (const id of layout.memory.pods[group] ?? []) {
      if (id === null) continue;
      const summary = summaryById.get(id);
      if (summary) nodes.push({ ...summary, ...base(id) } as GraphNode);
      else pushPod(podByElement.get(id)!);
    }
  }
  function pushPod(p: Pod) {
    const w = p.owner?.workload ? workloads.get(`${p.namespace}/${p.owner.workload.kind}/${p.owner.workload.name}`) : undefined;
    nodes.push({ ...base(podElementId(p)), type: 'pod', data: {
      namespace: p.namespace, name: p.name, ip: p.ip, node: p.node, ready: p.ready, pending: !nodeNames.has(p.node),
      terminating: p.terminating, creating: p.lifecycle === 'ContainerCreating', coredns: isCoreDns(p), labels: p.labels,
      ...(w ? { workload: { kind: w.kind, name: w.name, replicas: w.replicas } } : {}),
      ...(p.kubectlRun ? { kubectlRun: formatKubectlRun(p.kubectlRun) } : {}),
    } });
  }

  // EndpointSlice links. Each Service gets its own lane in the band and its own offset beside the Pods, so
  // links from different Services to one node stay apart.
  const visibleIds = new Set(nodes.map((n) => n.id));
  const podById = new Map(pods.map((p) => [`${p.namespace}/${p.name}`, p]));
  const svcByKey = new Map(services.map((s) => [`${s.namespace}/${s.name}`, s]));
  const slotOf = new Map(layout.memory.services.map((id, i) => [id ?? '', i]));
  const laneCount = Math.max(1, layout.memory.services.length);
  const laneStep = Math.min(12, (layout.laneBottom - layout.laneTop - 24) / laneCount);
  const edges: GraphEdge[] = [];
  const linksBySource = new Map<string, { s: Service; pod: Pod; target: string; ready: boolean; terminating: boolean }[]>();
  const seen = new Set<string>();
  for (const slice of [...cluster.endpointSlices].sort(byName)) {
    const s = svcByKey.get(`${slice.namespace}/${slice.service}`);
    if (!s) continue;
    const source = serviceElementId(s);
    for (const e of slice.endpoints) {
      const ref = e.targetRef;
      const p = ref ? podById.get(`${ref.namespace}/${ref.name}`) : undefined;
      if (!p || seen.has(`${source}->${podElementId(p)}`)) continue;
      // A Pod the graph does not draw is reached through its node's summary card.
      const target = visibleIds.has(podElementId(p)) ? podElementId(p) : groupOfHidden.get(p);
      if (!target) continue;
      seen.add(`${source}->${podElementId(p)}`);
      const list = linksBySource.get(source) ?? [];
      list.push({ s, pod: p, target, ready: e.conditions.ready, terminating: e.conditions.terminating });
      linksBySource.set(source, list);
    }
  }
  for (const [source, links] of linksBySource) {
    const slot = slotOf.get(source) ?? 0;
    const laneY = layout.laneTop + 14 + slot * laneStep;
    const flavor = flavorOf(links[0]!.s);
    if (links.length <= AGGREGATE_ABOVE) {
      const toSummary = new Map<string, { ready: number; total: number }>();
      for (const l of links) {
        const target = l.target;
        const tr = rects.get(target)!;
        if (target !== podElementId(l.pod)) {
          const c = toSummary.get(target) ?? { ready: 0, total: 0 };
          c.total++;
          if (l.ready) c.ready++;
          toSummary.set(target, c);
          continue;
        }
        edges.push({ id: `eps:${source}->${target}`, source, target, sourceHandle: 'eps', targetHandle: 'eps', type: 'endpoint', focusable: false,
          selectable: false, data: { flavor, ready: l.ready, terminating: l.terminating, laneY, gutterX: tr.x - 6 - (slot % 4) * 4 } });
      }
      for (const [target, c] of toSummary) {
        edges.push({ id: `eps:${source}->${target}`, source, target, sourceHandle: 'eps', targetHandle: 'eps', type: 'endpoint', focusable: false,
          selectable: false, data: { flavor, ready: c.ready > 0, terminating: false, laneY, gutterX: rects.get(target)!.x - 6 - (slot % 4) * 4, aggregate: c } });
      }
      continue;
    }
    // Past a few dozen endpoints one link per Pod is noise (and a thousand SVG paths): one link per node, counted.
    const byGroup = new Map<string, { ready: number; total: number }>();
    for (const l of links) {
      const group = parents.get(l.target)!;
      const c = byGroup.get(group) ?? { ready: 0, total: 0 };
      c.total++;
      if (l.ready) c.ready++;
      byGroup.set(group, c);
    }
    for (const [group, c] of byGroup) {
      const gr = rects.get(group)!;
      edges.push({ id: `eps:${source}->${group}`, source, target: group, sourceHandle: 'eps', targetHandle: 'eps', type: 'endpoint', focusable: false,
        selectable: false, data: { flavor, ready: c.ready > 0, terminating: false, laneY, gutterX: gr.x - 8 - (slot % 4) * 3, aggregate: c } });
    }
  }
  // ExternalName links run in lanes above the Service row, so they never cross a Service.
  let lane = 0;
  for (const s of services) {
    if (s.type !== 'ExternalName' || !s.externalName) continue;
    const source = serviceElementId(s);
    const laneY = -16 - 10 * lane++;
    edges.push({ id: `ext:${source}`, source, target: EXTERNAL_ID, sourceHandle: 'ext', targetHandle: 'ext', type: 'endpoint', focusable: false, selectable: false,
      data: { flavor: 'externalname', ready: true, terminating: false, laneY, gutterX: 0, label: s.externalName } });
  }

  return { nodes, summaries: summaries.map((n) => n.id), edges, rects, memory: layout.memory };
}
