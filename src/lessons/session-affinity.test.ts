// ClientIP affinity passes with any timeout; a single replica "sticks" too but is not affinity.
import { describe, expect, it } from 'vitest';
import { lessonCases } from './table-test';
import { sessionAffinityLesson as lesson } from './session-affinity';
import type { PlaygroundState } from './types';

const { state, yaml, failed } = lessonCases(lesson);

describe('session-affinity', () => {
  it.each<[string, PlaygroundState]>([
    ['the article\'s sessionAffinity block', lesson.solution],
    ['sessionAffinity: ClientIP alone (default timeout)', state({ yaml: yaml(['  type: ClusterIP\n', '  type: ClusterIP\n  sessionAffinity: ClientIP\n']) })],
    ['a one-minute timeout', state({ yaml: yaml(['  type: ClusterIP\n', '  type: ClusterIP\n  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 60\n']) })],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done', lesson.start, ['sticks', 'recent-rules']],
    ['scaled to one replica', state({ yaml: yaml(['  replicas: 3\n', '  replicas: 1\n']) }), ['three-behind', 'recent-rules']],
    ['sessionAffinity: None written out', state({ yaml: yaml(['  type: ClusterIP\n', '  type: ClusterIP\n  sessionAffinity: None\n']) }), ['sticks', 'recent-rules']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
