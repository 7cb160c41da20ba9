// Every way of making mysql-read reach exactly the replicas passes; every near-miss fails on what it breaks.
import { describe, expect, it } from 'vitest';
import type { ClusterAction } from '../core';
import { checkLesson } from './check';
import { mixedRead } from './mixed-read';
import type { PlaygroundState } from './types';

const label = (name: string, key = 'role', value = 'replica'): ClusterAction => ({ type: 'labelPod', namespace: 'default', name, key, value });
const start = mixedRead.start;
const withYaml = (from: string, to: string): string => {
  expect(start.yaml).toContain(from);
  return start.yaml.replace(from, to);
};
const state = (over: Partial<PlaygroundState>): PlaygroundState => ({ ...start, ...over });
const failed = (s: PlaygroundState) => checkLesson(mixedRead, s).items.filter((i) => !i.passed).map((i) => i.id);

describe('mixed-read', () => {
  it.each<[string, PlaygroundState]>([
    ['label mysql-1 and mysql-2 role=replica', mixedRead.solution],
    ['the same labels, mysql-2 first', state({ actions: [label('mysql-2'), label('mysql-1')] })],
    ['another label key, with the selector changed to match it', state({
      yaml: withYaml('role: replica  # 只选择从节点', 'tier: read'),
      actions: [label('mysql-1', 'tier', 'read'), label('mysql-2', 'tier', 'read')],
    })],
    ['a label added to the primary and taken off again', state({
      actions: [label('mysql-0'), label('mysql-1'), label('mysql-2'), { type: 'unlabelPod', namespace: 'default', name: 'mysql-0', key: 'role' }],
    })],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done', start, ['reads-reach-replicas']],
    ['a cosmetic edit (a comment)', state({ yaml: `# reads go to the replicas\n${start.yaml}` }), ['reads-reach-replicas']],
    ['role: replica in the StatefulSet template (the primary gets it too)', state({
      yaml: withYaml('      labels:\n        app: mysql\n', '      labels:\n        app: mysql\n        role: replica\n'),
    }), ['reads-reach-replicas']],
    ['only mysql-1 labelled', state({ actions: [label('mysql-1')] }), ['reads-reach-replicas']],
    ['all three labelled', state({ actions: [label('mysql-0'), label('mysql-1'), label('mysql-2')] }), ['reads-reach-replicas']],
    ['role dropped from the selector (every Pod)', state({ yaml: withYaml('    role: replica  # 只选择从节点\n', '') }), ['reads-reach-replicas']],
    ['the replicas labelled, but the headless Service narrowed to them too', state({
      yaml: withYaml('  clusterIP: None\n  selector:\n    app: mysql\n', '  clusterIP: None\n  selector:\n    app: mysql\n    role: replica\n'),
      actions: [label('mysql-1'), label('mysql-2')],
    }), ['writes-reach-primary', 'headless-lists-all']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
