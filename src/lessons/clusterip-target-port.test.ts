// Any targetPort that reaches the port the container listens on passes; changing the wrong port does not.
import { describe, expect, it } from 'vitest';
import { lessonCases } from './table-test';
import { clusterIPTargetPort as lesson } from './clusterip-target-port';
import type { PlaygroundState } from './types';

const { state, yaml, failed } = lessonCases(lesson);

describe('clusterip-target-port', () => {
  it.each<[string, PlaygroundState]>([
    ['targetPort 8080', lesson.solution],
    ['a named targetPort', state({ yaml: yaml(['targetPort: 80    # Pod 端口', 'targetPort: http'], ['        - containerPort: 8080\n', '        - containerPort: 8080\n          name: http\n']) })],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done', lesson.start, ['answered', 'still-port-80']],
    ['the Service port changed instead (port: 8080)', state({ yaml: yaml(['    port: 80        # Service 端口', '    port: 8080']) }), ['answered', 'still-port-80']],
    ['both ports 8080: answered, but clients dial 80', state({ yaml: yaml(['    port: 80        # Service 端口', '    port: 8080'], ['targetPort: 80    # Pod 端口', 'targetPort: 8080']) }), ['answered', 'still-port-80']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
