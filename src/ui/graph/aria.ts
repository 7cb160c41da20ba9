// Accessible names for graph elements, built with the host's translate function so they follow the language.
import type { TFunction } from 'i18next';
import type { GraphNode } from './to-flow';

export function ariaLabelFor(n: GraphNode, t: TFunction, clientId?: string): string | undefined {
  switch (n.type) {
    case 'pod': {
      const d = n.data;
      if (d.pending) return t('graph.aria.podPending', { name: d.name });
      const state = d.terminating ? t('graph.pod.terminating') : d.ready ? t('graph.pod.ready') : t('graph.pod.notReady');
      const label = t(d.coredns ? 'graph.aria.coredns' : 'graph.aria.pod', { name: d.name, ip: d.ip || t('graph.pod.noIP'), state, node: d.node });
      return n.id === clientId ? t('graph.aria.podClient', { label }) : label;
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
      return t('graph.aria.external', { names: n.data.names.join(', ') });
    default:
      return undefined;
  }
}
