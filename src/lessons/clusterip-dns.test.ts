// Five replicas however made, behind one virtual IP.
import { describe, expect, it } from 'vitest';
import { lessonCases } from './table-test';
import { clusterIPDns as lesson } from './clusterip-dns';
import type { PlaygroundState } from './types';

const { state, yaml, failed } = lessonCases(lesson);

describe('clusterip-dns', () => {
  it.each<[string, PlaygroundState]>([
    ['scaled from the graph', lesson.solution],
    ['replicas: 5 in the editor', state({ yaml: yaml(['  replicas: 3\n', '  replicas: 5\n']) })],
    ['scaled to 7, then back to 5', state({ actions: [{ type: 'scale', namespace: 'default', kind: 'Deployment', name: 'nginx', replicas: 7 }, { type: 'scale', namespace: 'default', kind: 'Deployment', name: 'nginx', replicas: 5 }] })],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done', lesson.start, ['five-endpoints']],
    ['scaled to 4', state({ actions: [{ type: 'scale', namespace: 'default', kind: 'Deployment', name: 'nginx', replicas: 4 }] }), ['five-endpoints']],
    ['five replicas behind a headless web-service', state({ yaml: yaml(['  replicas: 3\n', '  replicas: 5\n'], ['  type: ClusterIP\n', '  clusterIP: None\n']) }), ['one-vip']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
