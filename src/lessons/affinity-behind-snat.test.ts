// The Pods see each customer's own address once node-1 stops masquerading: externalTrafficPolicy: Local with a
// shop Pod on node-1. Without it, or with no local Pod, they do not.
import { describe, expect, it } from 'vitest';
import type { ClusterAction } from '../core';
import { buildLessonCluster, checkLesson } from './check';
import { affinityBehindSnat } from './affinity-behind-snat';
import type { PlaygroundState } from './types';

const start = affinityBehindSnat.start;
const withYaml = (from: string, to: string, base = start.yaml): string => {
  expect(base).toContain(from);
  return base.replace(from, to);
};
const LOCAL = '  externalTrafficPolicy: Local\n  sessionAffinity: ClientIP\n';
const local = withYaml('  sessionAffinity: ClientIP\n', LOCAL);
const state = (over: Partial<PlaygroundState>): PlaygroundState => ({ ...start, ...over });
const nodeOnePod = buildLessonCluster(start).pods.find((p) => p.name.startsWith('shop-') && p.node === 'node-1')!.name;
const notReady: ClusterAction = { type: 'setPodReady', namespace: 'default', name: nodeOnePod, ready: false };
const failed = (s: PlaygroundState) => checkLesson(affinityBehindSnat, s).items.filter((i) => !i.passed).map((i) => i.id);

describe('affinity-behind-snat', () => {
  it.each<[string, PlaygroundState]>([
    ['externalTrafficPolicy: Local', affinityBehindSnat.solution],
    ['a LoadBalancer with externalTrafficPolicy: Local', state({ yaml: withYaml('type: NodePort', 'type: LoadBalancer', local) })],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done', start, ['alice-seen', 'bob-seen']],
    ['sessionAffinity removed', state({ yaml: withYaml('  sessionAffinity: ClientIP\n', '') }), ['alice-seen', 'bob-seen']],
    ['IPVS mode, policy unchanged', state({ options: { clientKind: 'busybox-wget', proxyMode: 'ipvs' } }), ['alice-seen', 'bob-seen']],
    ['nftables mode, policy unchanged', state({ options: { clientKind: 'busybox-wget', proxyMode: 'nftables' } }), ['alice-seen', 'bob-seen']],
    ['Local, but node-1\'s own shop Pod not ready: node-1 drops the traffic', state({ yaml: local, actions: [notReady] }), ['alice-seen', 'bob-seen']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
