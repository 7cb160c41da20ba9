// Only a complete name reaches data/mysql; the search list never completes a CNAME's target, and ports change
// nothing about DNS.
import { describe, expect, it } from 'vitest';
import { checkLesson } from './check';
import { externalNameCname } from './externalname-cname';
import type { PlaygroundState } from './types';

const start = externalNameCname.start;
const withYaml = (from: string, to: string): string => {
  expect(start.yaml).toContain(from);
  return start.yaml.replace(from, to);
};
const target = (name: string): PlaygroundState => ({ ...start, yaml: withYaml('externalName: mysql\n', `externalName: ${name}\n`) });
const failed = (s: PlaygroundState) => checkLesson(externalNameCname, s).items.filter((i) => !i.passed).map((i) => i.id);

describe('externalname-cname', () => {
  it.each<[string, PlaygroundState]>([
    ['the full name', externalNameCname.solution],
    ['the full name with its trailing dot', target('mysql.data.svc.cluster.local.')],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done', start, ['db-resolves']],
    ['mysql.data: not completed either', target('mysql.data'), ['db-resolves']],
    ['mysql.data.svc', target('mysql.data.svc'), ['db-resolves']],
    ['a targetPort added, as if it mapped ports', { ...start, yaml: withYaml('  - port: 3306\n', '  - port: 3306\n    targetPort: 3306\n').replace(/\n$/, '\n') }, ['db-resolves']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
