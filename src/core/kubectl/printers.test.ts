// kubectl's -o json and -o yaml printers, held to kubectl's own expected output (testdata/golden/kubectl, from
// kubernetes/kubectl pkg/cmd/get/get_test.go) and to yaml.v2's choice of quotes for each kind of string.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatJson } from './json-printer';
import type { JsonObject } from './json-value';
import { formatYaml } from './yaml-printer';

const golden = (name: string) => readFileSync(join(__dirname, '../testdata/golden/kubectl', name), 'utf8');

// cmdtesting.TestData()'s Pods and Service as the fake API server returns them (get_test.go).
const testPod = (name: string, rv: string): JsonObject => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'test', resourceVersion: rv },
  spec: { containers: null, dnsPolicy: 'ClusterFirst', enableServiceLinks: true, restartPolicy: 'Always', securityContext: {}, terminationGracePeriodSeconds: 30 },
  status: {},
});

describe('formatJson', () => {
  it('prints TestGetMultipleTypeObjectsAsList\'s List as kubectl does', () => {
    const svc: JsonObject = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'baz', namespace: 'test', resourceVersion: '12' }, spec: { sessionAffinity: 'None', type: 'ClusterIP' }, status: { loadBalancer: {} } };
    const list: JsonObject = { kind: 'List', apiVersion: 'v1', metadata: { resourceVersion: '' }, items: [testPod('foo', '10'), testPod('bar', '11'), svc] };
    expect(formatJson(list)).toBe(golden('get-multiple-type-objects-as-list.json'));
  });

  it('escapes as encoding/json does', () => {
    expect(formatJson({ a: '<b> & "c"\n\u2028\u0001' })).toBe('{\n    "a": "\\u003cb\\u003e \\u0026 \\"c\\"\\n\\u2028\\u0001"\n}\n');
  });
});

describe('formatYaml', () => {
  it('prints TestWatchResourceTable\'s watch event as kubectl does', () => {
    expect(formatYaml({ type: 'ADDED', object: testPod('bar', '9') })).toBe(golden('watch-pod-added.yaml'));
  });

  const cases: { name: string; value: string; want: string }[] = [
    { name: 'a plain word', value: 'ClusterFirst', want: 'ClusterFirst' },
    { name: 'an empty string', value: '', want: '""' },
    { name: 'digits (a resourceVersion, a port name)', value: '464534', want: '"464534"' },
    { name: 'a time', value: '2026-01-01T00:00:00Z', want: '"2026-01-01T00:00:00Z"' },
    { name: 'a word YAML 1.1 reads as a bool', value: 'yes', want: '"yes"' },
    { name: 'a float', value: '1e3', want: '"1e3"' },
    { name: 'None (a headless clusterIP) stays plain', value: 'None', want: 'None' },
    { name: 'an IP stays plain', value: '10.96.0.1', want: '10.96.0.1' },
    { name: 'a percentage stays plain', value: '25%', want: '25%' },
    { name: 'an image with a tag stays plain', value: 'nginx:latest', want: 'nginx:latest' },
    { name: 'an indicator first: single quotes', value: '*', want: "'*'" },
    { name: 'a colon and a space: single quotes', value: 'a: b', want: "'a: b'" },
    { name: 'a line break: double quotes with escapes', value: 'a\nb', want: '"a\\nb"' },
  ];
  it.each(cases)('$name', ({ value, want }) => {
    expect(formatYaml({ k: value })).toBe(`k: ${want}\n`);
  });

  it('writes a sequence in a mapping at the key\'s column, and empty ones as [] and {}', () => {
    expect(formatYaml({ a: [{ b: 1, c: [] }, 'x'], d: {} })).toBe('a:\n- b: 1\n  c: []\n- x\nd: {}\n');
  });

  // yaml.v2's emitter is a port of libyaml's; these breaks are what PyYAML 6.0.3 (the same emitter) printed for
  // yaml.dump(…, default_flow_style=False, width=80).
  it('breaks a long plain string at a space past 80 columns, under its key', () => {
    const message = 'ReplicaSet "a-very-long-deployment-name-for-the-test-5c7588df" has successfully progressed.';
    expect(formatYaml({ conditions: [{ message }] })).toBe('conditions:\n- message: ReplicaSet "a-very-long-deployment-name-for-the-test-5c7588df" has successfully\n    progressed.\n');
    const longer = `${message} and a little more text to go beyond the line twice over the width limit of eighty`;
    expect(formatYaml({ a: { b: { message: longer } } })).toBe([
      'a:', '  b:', '    message: ReplicaSet "a-very-long-deployment-name-for-the-test-5c7588df" has successfully',
      '      progressed. and a little more text to go beyond the line twice over the width', '      limit of eighty', '',
    ].join('\n'));
  });
});
