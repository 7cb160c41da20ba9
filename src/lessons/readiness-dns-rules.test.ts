// mysql-2 leaves DNS and the rules when it is not Ready (or no longer selected) and stays; deleting or scaling it
// away, or taking the wrong Pod out, fails on what it breaks.
import { describe, expect, it } from 'vitest';
import type { ClusterAction } from '../core';
import { checkLesson } from './check';
import { readinessDnsRules } from './readiness-dns-rules';
import type { PlaygroundState } from './types';

const start = readinessDnsRules.start;
const act = (...actions: ClusterAction[]): PlaygroundState => ({ ...start, actions });
const ready = (name: string, value: boolean): ClusterAction => ({ type: 'setPodReady', namespace: 'default', name, ready: value });
const failed = (s: PlaygroundState) => checkLesson(readinessDnsRules, s).items.filter((i) => !i.passed).map((i) => i.id);

describe('readiness-dns-rules', () => {
  it.each<[string, PlaygroundState]>([
    ['mysql-2 marked not ready', readinessDnsRules.solution],
    ['mysql-2 relabelled out of both Services', act({ type: 'unlabelPod', namespace: 'default', name: 'mysql-2', key: 'app' })],
    ['mysql-1 flipped and back, mysql-2 not ready', act(ready('mysql-1', false), ready('mysql-1', true), ready('mysql-2', false))],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done', start, ['dns-without-mysql-2', 'reads-without-mysql-2']],
    ['mysql-2 deleted: the StatefulSet brings it back, Ready', act({ type: 'deletePod', namespace: 'default', name: 'mysql-2' }), ['dns-without-mysql-2', 'reads-without-mysql-2']],
    ['scaled to 2: mysql-2 is gone', act({ type: 'scale', namespace: 'default', kind: 'StatefulSet', name: 'mysql', replicas: 2 }), ['mysql-2-still-running']],
    ['the wrong Pod, mysql-1, marked not ready', act(ready('mysql-1', false)), ['dns-without-mysql-2', 'reads-without-mysql-2']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
