// A ClusterIP beside the headless Service lets even a caching client spread; a second headless one does not.
import { describe, expect, it } from 'vitest';
import { lessonCases } from './table-test';
import { q2ClientLb as lesson } from './q2-client-lb';
import type { PlaygroundState } from './types';

const { state, yaml, failed } = lessonCases(lesson);

describe('q2-client-lb', () => {
  it.each<[string, PlaygroundState]>([
    ['mysql-read as a ClusterIP', lesson.solution],
    ['mysql-read with type and targetPort written out', state({ yaml: `${lesson.start.yaml}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: mysql-read\nspec:\n  type: ClusterIP\n  selector:\n    app: mysql\n  ports:\n  - port: 3306\n    targetPort: 3306\n` })],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done', lesson.start, ['app-spreads']],
    ['mysql-read headless', state({ yaml: `${lesson.start.yaml}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: mysql-read\nspec:\n  clusterIP: None\n  selector:\n    app: mysql\n  ports:\n  - port: 3306\n` }), ['app-spreads']],
    ['mysql-read selecting role: replica (no Pod has it)', state({ yaml: `${lesson.start.yaml}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: mysql-read\nspec:\n  selector:\n    app: mysql\n    role: replica\n  ports:\n  - port: 3306\n` }), ['app-spreads']],
    ['the headless mysql turned into a ClusterIP (reads spread, but there is no mysql-read)', state({ yaml: yaml(['  clusterIP: None\n', '']) }), ['app-spreads']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
