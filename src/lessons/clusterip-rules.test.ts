// Three endpoints in every proxy mode, whether scaled from the graph or in the text.
import { describe, expect, it } from 'vitest';
import { checkLesson } from './check';
import { clusterIPRules as lesson } from './clusterip-rules';
import type { PlaygroundState } from './types';

const state = (over: Partial<PlaygroundState>): PlaygroundState => ({ ...lesson.start, ...over });
const yaml = (...edits: [string, string][]): string => edits.reduce((t, [from, to]) => {
  expect(t).toContain(from);
  return t.replace(from, () => to);
}, lesson.start.yaml);
const failed = (s: PlaygroundState) => checkLesson(lesson, s).items.filter((i) => !i.passed).map((i) => i.id);

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
