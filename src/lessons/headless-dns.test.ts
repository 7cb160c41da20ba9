// `clusterIP: None` wherever it is written passes; an empty clusterIP or a ClusterIP type does not.
import { describe, expect, it } from 'vitest';
import { lessonCases } from './table-test';
import { headlessDns as lesson } from './headless-dns';
import type { PlaygroundState } from './types';

const { state, yaml, failed } = lessonCases(lesson);

describe('headless-dns', () => {
  it.each<[string, PlaygroundState]>([
    ['clusterIP: None', lesson.solution],
    ['clusterIP: None after the ports', state({ yaml: yaml(['    port: 3306\n    targetPort: 3306\n', '    port: 3306\n    targetPort: 3306\n  clusterIP: None\n']) })],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done', lesson.start, ['pod-addresses', 'no-vip-rules']],
    ['clusterIP: "" (allocate one)', state({ yaml: yaml(['  selector:\n    app: database\n', '  clusterIP: ""\n  selector:\n    app: database\n']) }), ['pod-addresses', 'no-vip-rules']],
    ['type: ClusterIP written out', state({ yaml: yaml(['  selector:\n    app: database\n', '  type: ClusterIP\n  selector:\n    app: database\n']) }), ['pod-addresses', 'no-vip-rules']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
