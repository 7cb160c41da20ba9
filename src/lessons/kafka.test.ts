// Selector and labels must agree, whichever side is changed.
import { describe, expect, it } from 'vitest';
import { lessonCases } from './table-test';
import { kafka as lesson } from './kafka';
import type { PlaygroundState } from './types';

const { state, yaml, failed } = lessonCases(lesson);

describe('kafka', () => {
  it.each<[string, PlaygroundState]>([
    ['the selector fixed', lesson.solution],
    ['the Pods relabelled to match instead', state({ yaml: yaml(['    matchLabels:\n      app: kafka\n', '    matchLabels:\n      app: kafka-broker\n'], ['      labels:\n        app: kafka\n', '      labels:\n        app: kafka-broker\n']) })],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done', lesson.start, ['brokers-listed', 'broker-by-name']],
    ['the selector removed (a selector-less Service)', state({ yaml: yaml(['  selector:\n    app: kafka-broker\n', '']) }), ['brokers-listed', 'broker-by-name']],
    ['only the template relabelled (the StatefulSet is refused)', state({ yaml: yaml(['      labels:\n        app: kafka\n', '      labels:\n        app: kafka-broker\n']) }), ['brokers-listed', 'broker-by-name']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
