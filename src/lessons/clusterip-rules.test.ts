// Three endpoints in every proxy mode, whether scaled from the graph or in the text.
import { describe, expect, it } from 'vitest';
import { lessonCases } from './table-test';
import { clusterIPRules as lesson } from './clusterip-rules';
import type { PlaygroundState } from './types';

const { state, yaml, failed } = lessonCases(lesson);

describe('clusterip-rules', () => {
  it.each<[string, PlaygroundState]>([
    ['scaled from the graph', lesson.solution],
    ['replicas: 3 in the editor', state({ yaml: yaml(['  replicas: 1\n', '  replicas: 3\n']) })],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done', lesson.start, ['three-sep', 'spread-iptables', 'spread-nftables', 'spread-ipvs']],
    ['scaled to 2', state({ actions: [{ type: 'scale', namespace: 'default', kind: 'Deployment', name: 'nginx', replicas: 2 }] }), ['three-sep', 'spread-iptables', 'spread-nftables', 'spread-ipvs']],
    ['scaled to 4', state({ actions: [{ type: 'scale', namespace: 'default', kind: 'Deployment', name: 'nginx', replicas: 4 }] }), ['three-sep', 'spread-iptables', 'spread-nftables', 'spread-ipvs']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
