// Making web-service a ClusterIP again passes, however written; staying headless does not.
import { describe, expect, it } from 'vitest';
import { checkLesson } from './check';
import { useCaseTable as lesson } from './use-case-table';
import type { PlaygroundState } from './types';

const state = (over: Partial<PlaygroundState>): PlaygroundState => ({ ...lesson.start, ...over });
const yaml = (...edits: [string, string][]): string => edits.reduce((t, [from, to]) => {
  expect(t).toContain(from);
  return t.replace(from, () => to);
}, lesson.start.yaml);
const failed = (s: PlaygroundState) => checkLesson(lesson, s).items.filter((i) => !i.passed).map((i) => i.id);

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
