// Only a StatefulSet behind a headless Service meets both answers; each half alone misses one.
import { describe, expect, it } from 'vitest';
import { lessonCases } from './table-test';
import { q1Decision as lesson } from './q1-decision';
import type { PlaygroundState } from './types';

const { state, yaml, failed } = lessonCases(lesson);

describe('q1-decision', () => {
  it.each<[string, PlaygroundState]>([
    ['StatefulSet + headless Service', lesson.solution],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done', lesson.start, ['primary-by-name', 'members']],
    ['headless Service, still a Deployment', state({ yaml: yaml(['spec:\n  selector:\n    app: db\n', 'spec:\n  clusterIP: None\n  selector:\n    app: db\n']) }), ['primary-by-name', 'members']],
    ['StatefulSet behind a ClusterIP', state({ yaml: yaml(['kind: Deployment\nmetadata:\n  name: db\nspec:\n', 'kind: StatefulSet\nmetadata:\n  name: db\nspec:\n  serviceName: db\n']) }), ['members']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
