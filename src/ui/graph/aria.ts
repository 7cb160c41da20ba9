// Accessible names for graph elements, built with the host's translate function so they follow the language.
import type { TFunction } from 'i18next';
import { showMoreStep } from './summarise';
import type { GraphEdge, GraphNode } from './to-flow';
import type { TrailEdgeType } from './trail';

function ariaLabelFor(n: GraphNode, t: TFunction, clientId?: string): string | undefined {
  switch (n.type) {
    case 'pod': {
      const d = n.data;
      if (d.pending) return t('graph.aria.podPending', { name: d.name });
      const state = d.terminating ? t('graph.pod.terminating') : d.creating ? t('graph.pod.creating') : d.ready ? t('graph.pod.ready') : t('graph.pod.notReady');
      const label = t(d.coredns ? 'graph.aria.coredns' : 'graph.aria.pod', { name: d.name, ip: d.ip || t('graph.pod.noIP'), state, node: d.node });
      const counted = d.hits ? t('graph.aria.podHits', { label, count: d.hits.count, total: d.hits.total }) : label;
      return n.id === clientId ? t('graph.aria.podClient', { label: counted }) : counted;
    }
    case 'service': {
      const d = n.data;
      const common = { name: d.name, ip: d.clusterIP, ports: d.ports.join(', '), ready: d.readyEndpoints, total: d.totalEndpoints };
      if (d.flavor === 'dns') return t('graph.aria.svcDns', { ip: d.clusterIP });
      if (d.flavor === 'headless') return t('graph.aria.svcHeadless', common);
      if (d.flavor === 'externalname') return t('graph.aria.svcExternal', { name: d.name, externalName: d.externalName ?? '' });
      return t('graph.aria.svc', { ...common, kind: d.type });
    }
    case 'rules':
      return t('graph.aria.rules', { node: n.data.node });
    case 'external':
      return t('graph.aria.external', { names: n.data.names.length > 0 ? n.data.names.join(', ') : t('graph.external.none') });
    case 'nodeGroup':
      return n.data.pending ? t('graph.aria.nodePending') : t('graph.aria.node', { name: n.data.name, ip: n.data.ip, cidr: n.data.podCIDR });
    case 'summary': {
      const d = n.data;
      const label = t(d.row === 'services' ? 'graphSummary.services' : 'graphSummary.pods', { hidden: d.hidden });
      return t('graphSummary.aria', { label, why: t('graphSummary.why', { drawn: d.total - d.hidden, total: d.total, step: showMoreStep(n.id) }) });
    }
  }
}

const ROLE: Record<GraphNode['type'], string> = {
  pod: 'graph.role.pod', service: 'graph.role.service', rules: 'graph.role.rules', nodeGroup: 'graph.role.node', external: 'graph.role.external',
  summary: 'graphSummary.role',
};

/** The node with its accessible name and a role description in the learner's words (React Flow's default is "node"). */
function withA11y(n: GraphNode, t: TFunction, clientId?: string): GraphNode {
  const label = ariaLabelFor(n, t, clientId);
  return {
    ...n,
    ...(label ? { ariaLabel: label } : {}),
    ariaRole: 'group',
    domAttributes: { 'aria-roledescription': t(ROLE[n.type]), ...(n.type === 'pod' ? { 'aria-haspopup': 'menu' as const } : {}) },
  } as GraphNode;
}

const tail = (id: string) => id.slice(id.indexOf('/') + 1);

/** Accessible name of an EndpointSlice link; the request trail is decoration (the caption panel says it in words). */
export function withEdgeA11y<E extends GraphEdge | TrailEdgeType>(e: E, t: TFunction): E {
  if (e.type === 'trail') return { ...e, ariaLabel: null, domAttributes: { 'aria-hidden': true } };
  const d = (e as GraphEdge).data!;
  const label = d.flavor === 'externalname'
    ? t('graph.aria.linkExternal', { service: tail(e.source), name: d.label ?? '' })
    : d.aggregate
      ? t('graph.aria.linkAggregate', { service: e.source === 'dns:kube-dns' ? 'kube-dns' : tail(e.source), node: e.target.replace(/^summary:pods:/, '').replace(/^node:/, ''),
        count: d.aggregate.total, ready: d.aggregate.ready })
      : t('graph.aria.link', { service: e.source === 'dns:kube-dns' ? 'kube-dns' : tail(e.source), pod: tail(e.target),
        state: d.ready ? t('graph.pod.ready') : t('graph.pod.notReady') });
  return { ...e, ariaLabel: label, domAttributes: { 'aria-roledescription': t('graph.role.link') } };
}

// One labelled copy per element object (and language and client), so unchanged elements stay the same object.
const labelCache = new WeakMap<object, { t: TFunction; isClient: boolean; value: unknown }>();
export function cached<T extends object>(item: T, t: TFunction, isClient: boolean, make: () => T): T {
  const hit = labelCache.get(item);
  if (hit && hit.t === t && hit.isClient === isClient) return hit.value as T;
  const value = make();
  labelCache.set(item, { t, isClient, value });
  return value;
}
export const withAriaLabel = (n: GraphNode, t: TFunction, clientId: string | undefined): GraphNode =>
  cached(n, t, n.id === clientId, () => withA11y(n, t, clientId));
