// The gossip port must be in the Service under the name gossip; direct traffic works either way.
import { describe, expect, it } from 'vitest';
import { lessonCases } from './table-test';
import { redis as lesson } from './redis';
import type { PlaygroundState } from './types';

const { state, yaml, failed } = lessonCases(lesson);

describe('redis', () => {
  it.each<[string, PlaygroundState]>([
    ['port 16379 named gossip', lesson.solution],
    ['with targetPort written out', state({ yaml: yaml(['    name: client\n', '    name: client\n  - port: 16379\n    targetPort: 16379\n    name: gossip\n']) })],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done', lesson.start, ['gossip-srv']],
    ['named bus instead', state({ yaml: yaml(['    name: client\n', '    name: client\n  - port: 16379\n    name: bus\n']) }), ['gossip-srv']],
    ['scaled to 3 nodes', state({ yaml: lesson.solution.yaml, actions: [{ type: 'scale', namespace: 'default', kind: 'StatefulSet', name: 'redis', replicas: 3 }] }), ['gossip-srv', 'bus-direct']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
