// The SRV names ask for the port names, so the names must be http and transport.
import { describe, expect, it } from 'vitest';
import { lessonCases } from './table-test';
import { elasticsearch as lesson } from './elasticsearch';
import type { PlaygroundState } from './types';

const { state, yaml, failed } = lessonCases(lesson);

describe('elasticsearch', () => {
  it.each<[string, PlaygroundState]>([
    ['http and transport', lesson.solution],
    ['the names with protocol: TCP', state({ yaml: yaml(['  - port: 9200\n  - port: 9300\n', '  - port: 9200\n    name: http\n    protocol: TCP\n  - port: 9300\n    name: transport\n    protocol: TCP\n']) })],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done', lesson.start, ['transport-srv', 'http-srv']],
    ['only one port named (still refused)', state({ yaml: yaml(['  - port: 9300\n', '  - port: 9300\n    name: transport\n']) }), ['transport-srv', 'http-srv']],
    ['other names', state({ yaml: yaml(['  - port: 9200\n  - port: 9300\n', '  - port: 9200\n    name: web\n  - port: 9300\n    name: transport\n']) }), ['http-srv']],
    ['the 9300 port dropped', state({ yaml: yaml(['  - port: 9200\n  - port: 9300\n', '  - port: 9200\n']) }), ['transport-srv', 'http-srv']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
