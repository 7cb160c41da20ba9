// What a lesson's table test of fixes and near-misses needs: the start with some fields replaced, the start's
// YAML with exact edits (each edit's text must be there, so a changed start cannot make a case pass by accident),
// and the check items a state fails.
import { expect } from 'vitest';
import { checkLesson } from './check';
import type { Lesson, PlaygroundState } from './types';

export function lessonCases(lesson: Lesson) {
  return {
    state: (over: Partial<PlaygroundState>): PlaygroundState => ({ ...lesson.start, ...over }),
    yaml: (...edits: [string, string][]): string => edits.reduce((t, [from, to]) => {
      expect(t).toContain(from);
      return t.replace(from, () => to);
    }, lesson.start.yaml),
    failed: (s: PlaygroundState): string[] => checkLesson(lesson, s).items.filter((i) => !i.passed).map((i) => i.id),
  };
}
