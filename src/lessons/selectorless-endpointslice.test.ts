// The slice's port must carry the Service port's name (or both none), and the slice the service-name label; the
// address and port must be the VM's.
import { describe, expect, it } from 'vitest';
import { checkLesson } from './check';
import { selectorlessEndpointSlice } from './selectorless-endpointslice';
import type { PlaygroundState } from './types';

const start = selectorlessEndpointSlice.start;
const solved = selectorlessEndpointSlice.solution.yaml;
const withYaml = (from: string, to: string, base = solved): string => {
  expect(base).toContain(from);
  return base.replace(from, to);
};
const state = (yaml: string): PlaygroundState => ({ ...start, yaml });
const failed = (s: PlaygroundState) => checkLesson(selectorlessEndpointSlice, s).items.filter((i) => !i.passed).map((i) => i.id);

describe('selectorless-endpointslice', () => {
  it.each<[string, PlaygroundState]>([
    ['the slice port named postgres', selectorlessEndpointSlice.solution],
    ['both ports unnamed', state(withYaml('  - name: postgres\n    port: 5432\n', '  - port: 5432\n', start.yaml))],
    ['the endpoint marked ready explicitly', state(withYaml('  - 192.168.50.10\n', '  - 192.168.50.10\n  conditions:\n    ready: true\n'))],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done', start, ['dnat-to-vm']],
    ['the port named, but the service-name label gone', state(withYaml('    kubernetes.io/service-name: legacy-db', '    app: legacy-db')), ['dnat-to-vm']],
    ['the port named differently (pg)', state(withYaml('- name: postgres\n  port: 5432\n', '- name: pg\n  port: 5432\n')), ['dnat-to-vm']],
    ['the wrong address', state(withYaml('  - 192.168.50.10', '  - 192.168.50.11')), ['dnat-to-vm']],
    ['the wrong port on the slice', state(withYaml('- name: postgres\n  port: 5432\n', '- name: postgres\n  port: 5433\n')), ['dnat-to-vm']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
