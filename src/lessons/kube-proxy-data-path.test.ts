// A request from node-1 is delivered once node-1's own rules have an endpoint: the policy back to Cluster, or an
// nginx Pod on node-1. Another proxy mode, or more Pods elsewhere, leaves node-1's rules empty.
import { describe, expect, it } from 'vitest';
import type { ClusterAction } from '../core';
import { buildLessonCluster, checkLesson } from './check';
import { kubeProxyDataPath } from './kube-proxy-data-path';
import type { PlaygroundState } from './types';

const start = kubeProxyDataPath.start;
const withYaml = (from: string, to: string): string => {
  expect(start.yaml).toContain(from);
  return start.yaml.replace(from, to);
};
const state = (over: Partial<PlaygroundState>): PlaygroundState => ({ ...start, ...over });
const scale = (replicas: number): ClusterAction => ({ type: 'scale', namespace: 'default', kind: 'Deployment', name: 'nginx', replicas });
const failed = (s: PlaygroundState) => checkLesson(kubeProxyDataPath, s).items.filter((i) => !i.passed).map((i) => i.id);
const nginxNodes = (s: PlaygroundState) => buildLessonCluster(s).pods.filter((p) => p.name.startsWith('nginx-')).map((p) => p.node).sort();

describe('kube-proxy-data-path', () => {
  it('plants the client and the only endpoint on different nodes', () => {
    const cluster = buildLessonCluster(start);
    expect(cluster.pods.find((p) => p.name === 'test')?.node).toBe('node-1');
    expect(nginxNodes(start)).toEqual(['node-2']);
  });

  it.each<[string, PlaygroundState]>([
    ['internalTrafficPolicy removed', kubeProxyDataPath.solution],
    ['internalTrafficPolicy: Cluster', state({ yaml: withYaml('internalTrafficPolicy: Local', 'internalTrafficPolicy: Cluster') })],
    ['scaled to 3, so node-1 has its own nginx Pod (policy kept)', state({ actions: [scale(3)] })],
    ['replicas: 3 in the manifest (policy kept)', state({ yaml: withYaml('replicas: 1', 'replicas: 3') })],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it('scaling to 2 puts the new Pod on node-3, not node-1', () => {
    expect(nginxNodes(state({ actions: [scale(2)] }))).toEqual(['node-2', 'node-3']);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done', start, ['requests-delivered']],
    ['nftables mode', state({ options: { clientKind: 'busybox-wget', proxyMode: 'nftables' } }), ['requests-delivered']],
    ['IPVS mode', state({ options: { clientKind: 'busybox-wget', proxyMode: 'ipvs' } }), ['requests-delivered']],
    ['scaled to 2 (no Pod on node-1 yet)', state({ actions: [scale(2)] }), ['requests-delivered']],
    ['a cosmetic edit (a comment)', state({ yaml: `# node-2's kube-proxy will forward it\n${start.yaml}` }), ['requests-delivered']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
