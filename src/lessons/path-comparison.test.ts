// The graph's headless copy and one written by hand pass; a copy that is not headless, or one selecting other Pods, does not.
import { describe, expect, it } from 'vitest';
import { addHeadlessCopy, loadCluster } from '../core';
import { lessonCases } from './table-test';
import { HEADLESS_COPY, pathComparison as lesson } from './path-comparison';
import type { PlaygroundState } from './types';

const { state, failed } = lessonCases(lesson);

describe('path-comparison', () => {
  it('solves with exactly what the graph\'s "Add a headless copy" of web-service writes', () => {
    const { cluster } = loadCluster(lesson.start.yaml);
    const web = cluster.services.find((s) => s.name === 'web-service')!;
    expect(lesson.solution.yaml).toBe(addHeadlessCopy(lesson.start.yaml, cluster, web));
    expect(lesson.solution.yaml).toBe(lesson.start.yaml + HEADLESS_COPY);
  });

  it.each<[string, PlaygroundState]>([
    ['the graph\'s "Add a headless copy"', lesson.solution],
    ['written by hand', state({ yaml: `${lesson.start.yaml}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web-service-headless\nspec:\n  clusterIP: None\n  selector:\n    app: nginx\n  ports:\n  - port: 80\n` })],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done', lesson.start, ['headless-answers-pods', 'headless-no-rules', 'headless-reaches-nginx']],
    ['a copy without clusterIP: None', state({ yaml: `${lesson.start.yaml}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web-service-headless\nspec:\n  selector:\n    app: nginx\n  ports:\n  - port: 80\n` }), ['headless-answers-pods', 'headless-no-rules']],
    ['a headless copy selecting the MySQL Pods', state({ yaml: `${lesson.start.yaml}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web-service-headless\nspec:\n  clusterIP: None\n  selector:\n    app: mysql\n  ports:\n  - port: 80\n` }), ['headless-answers-pods', 'headless-reaches-nginx']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
