// Making web-service a ClusterIP again passes, however written; staying headless does not.
import { describe, expect, it } from 'vitest';
import { lessonCases } from './table-test';
import { useCaseTable as lesson } from './use-case-table';
import type { PlaygroundState } from './types';

const { state, yaml, failed } = lessonCases(lesson);

describe('use-case-table', () => {
  it.each<[string, PlaygroundState]>([
    ['clusterIP: None removed', lesson.solution],
    ['type: ClusterIP written out', state({ yaml: yaml(['  clusterIP: None\n', '  type: ClusterIP\n']) })],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done', lesson.start, ['app-spreads', 'one-address']],
    ['headless, with more replicas', state({ yaml: yaml(['  replicas: 3\n', '  replicas: 6\n']) }), ['app-spreads', 'one-address']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
