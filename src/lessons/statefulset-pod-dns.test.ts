// serviceName must name the headless Service the names are asked under.
import { describe, expect, it } from 'vitest';
import { lessonCases } from './table-test';
import { statefulSetPodDns as lesson } from './statefulset-pod-dns';
import type { PlaygroundState } from './types';

const { state, yaml, failed } = lessonCases(lesson);

describe('statefulset-pod-dns', () => {
  it.each<[string, PlaygroundState]>([
    ['serviceName: mysql', lesson.solution],
    ['serviceName: mysql, then mysql-2 deleted and re-created', state({ yaml: lesson.solution.yaml, actions: [{ type: 'deletePod', namespace: 'default', name: 'mysql-2' }] })],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done', lesson.start, ['primary-by-name', 'replica-names', 'replica-2']],
    ['the Service renamed to mysql-headless instead', state({ yaml: yaml(['  name: mysql\nspec:\n  clusterIP: None', '  name: mysql-headless\nspec:\n  clusterIP: None']) }), ['primary-by-name', 'replica-names', 'replica-2', 'members']],
    ['a second headless Service mysql-headless added', state({ yaml: `${lesson.start.yaml}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: mysql-headless\nspec:\n  clusterIP: None\n  selector:\n    app: mysql\n  ports:\n  - port: 3306\n` }), ['primary-by-name', 'replica-names', 'replica-2']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
