// YAML syntax errors read as kubectl prints them. Every `want` message is sigs.k8s.io/yaml's own output
// (v1.3.0 over gopkg.in/yaml.v2 v2.4.0, yaml.Unmarshal on the same text); line and column are where the
// editor points, js-yaml's position of the problem.

import { describe, expect, it } from 'vitest';
import { loadCluster } from '../model/load';

const head = 'apiVersion: v1\nkind: Service\n';
const cases: { name: string; manifest: string; want: { message: string; line: number; column: number } }[] = [
  {
    name: 'a key outdented from its mapping',
    manifest: `${head}metadata:\n  name: web\n labels: {}\nspec: {}\n`,
    want: { message: 'error converting YAML to JSON: yaml: line 4: did not find expected key', line: 5, column: 2 },
  },
  {
    name: 'a list item where a key belongs',
    manifest: `${head}metadata:\n  name: web\n  - x\n`,
    want: { message: 'error converting YAML to JSON: yaml: line 4: did not find expected key', line: 5, column: 3 },
  },
  {
    name: 'a key indented deeper than its mapping',
    manifest: `${head}metadata:\n  name: web\n   labels: {}\n`,
    want: { message: 'error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context', line: 5, column: 10 },
  },
  {
    name: 'a colon and blank inside a plain value',
    manifest: `${head}metadata:\n  name: web: x\n`,
    want: { message: 'error converting YAML to JSON: yaml: line 4: mapping values are not allowed in this context', line: 4, column: 12 },
  },
  {
    name: 'an unclosed flow sequence',
    manifest: `${head}metadata:\n  name: web\nspec:\n  ports: [1, 2\n`,
    want: { message: "error converting YAML to JSON: yaml: line 6: did not find expected ',' or ']'", line: 7, column: 1 },
  },
  {
    name: 'an unclosed flow mapping',
    manifest: `${head}metadata: {name: web\n`,
    want: { message: "error converting YAML to JSON: yaml: line 3: did not find expected ',' or '}'", line: 4, column: 1 },
  },
  {
    name: 'an unclosed double-quoted string',
    manifest: `${head}metadata:\n  name: "web\n`,
    want: { message: 'error converting YAML to JSON: yaml: line 5: found unexpected end of stream', line: 5, column: 1 },
  },
  {
    name: 'an unclosed single-quoted string',
    manifest: `${head}metadata:\n  name: 'web\n`,
    want: { message: 'error converting YAML to JSON: yaml: line 5: found unexpected end of stream', line: 5, column: 1 },
  },
  {
    name: 'a tab indenting a key under a mapping',
    manifest: `${head}metadata:\n\tname: web\n`,
    want: { message: 'error converting YAML to JSON: yaml: line 4: found character that cannot start any token', line: 4, column: 1 },
  },
  {
    name: 'a tab after spaces under a mapping',
    manifest: `${head}metadata:\n  \tname: web\n`,
    want: { message: 'error converting YAML to JSON: yaml: line 4: found character that cannot start any token', line: 4, column: 8 },
  },
  {
    name: 'a tab in the indentation after a plain value',
    manifest: `${head}metadata:\n  name: web\n  \tlabels: {}\n`,
    want: { message: 'error converting YAML to JSON: yaml: line 5: found a tab character that violates indentation', line: 5, column: 3 },
  },
  {
    name: 'a tab before a list item after a plain value',
    manifest: `${head}spec:\n  ports:\n  - port: 80\n\t- port: 81\n`,
    want: { message: 'error converting YAML to JSON: yaml: line 6: found a tab character that violates indentation', line: 6, column: 1 },
  },
  {
    name: 'a key of a list item indented less than the item',
    manifest: `${head}metadata:\n  name: mysql\nspec:\n  ports:\n   - port: 3306\n    name: mysql\n`,
    want: { message: "error converting YAML to JSON: yaml: line 7: did not find expected '-' indicator", line: 8, column: 5 },
  },
  {
    name: 'a key without its colon',
    manifest: 'apiVersion: v1\nkind Service\nmetadata:\n  name: web\n',
    want: { message: "error converting YAML to JSON: yaml: line 3: could not find expected ':'", line: 3, column: 9 },
  },
  {
    name: 'an unclosed string on the only line: go-yaml names no line',
    manifest: 'a: "x',
    want: { message: 'error converting YAML to JSON: yaml: found unexpected end of stream', line: 2, column: 1 },
  },
];

describe('YAML syntax errors in go-yaml words', () => {
  it.each(cases)('$name', ({ manifest, want }) => {
    const yaml = loadCluster(manifest).diagnostics.filter((d) => d.code === 'yaml');
    expect(yaml.map((d) => ({ message: d.message, line: d.line, column: d.column }))).toEqual([want]);
  });

  // One line everywhere: the diagnostic marks one line, and when kubectl's words name another (go-yaml's
  // 0-based parser lines) it carries that line so the UI can say which line the message means.
  it.each(cases)('$name: the line kubectl names is the line marked, or is given as namedLine', ({ manifest }) => {
    const [d] = loadCluster(manifest).diagnostics.filter((x) => x.code === 'yaml');
    const named = /yaml: line (\d+):/.exec(d?.message ?? '')?.[1];
    const differs = named !== undefined && Number(named) !== d?.line;
    expect(d?.message !== undefined && d.namedLine).toBe(differs ? Number(named) : undefined);
  });

  it('a key outdented under a list item: kubectl says line 11, line 12 is marked and namedLine is 11', () => {
    const text = `${head}metadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n    targetPort: 80\n  - port: 81\n bad: [1\n`;
    const [d] = loadCluster(text).diagnostics.filter((x) => x.code === 'yaml');
    expect(d).toMatchObject({ message: 'error converting YAML to JSON: yaml: line 11: did not find expected key', line: 12, column: 2, namedLine: 11 });
  });
});
