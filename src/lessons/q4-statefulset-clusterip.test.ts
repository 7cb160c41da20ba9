// `mysql` must itself be headless; a second headless Service leaves `mysql` a VIP.
import { describe, expect, it } from 'vitest';
import { lessonCases } from './table-test';
import { q4StatefulSetClusterIP as lesson } from './q4-statefulset-clusterip';
import type { PlaygroundState } from './types';

const { state, failed } = lessonCases(lesson);

describe('q4-statefulset-clusterip', () => {
  it.each<[string, PlaygroundState]>([
    ['clusterIP: None', lesson.solution],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done', lesson.start, ['members']],
    ['a second headless Service mysql-peers', state({ yaml: `${lesson.start.yaml}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: mysql-peers\nspec:\n  clusterIP: None\n  selector:\n    app: mysql\n  ports:\n  - port: 3306\n` }), ['members']],
    ['serviceName changed to mysql-headless as well', state({ yaml: lesson.solution.yaml.replace('  serviceName: mysql\n', '  serviceName: mysql-headless\n') }), ['primary-by-name']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
