// The check vocabulary on real manifests: what each kind observes, and how it fails when it cannot look.
import { describe, expect, it } from 'vitest';
import defaultYaml from '../scenarios/default.yaml?raw';
import sessionAffinity from '../scenarios/session-affinity.yaml?raw';
import elasticsearch from '../scenarios/elasticsearch.yaml?raw';
import { buildLessonCluster } from './check';
import { podsMeet, runCheck, runsProgram, type CheckContext } from './outcomes';
import type { Check, PlaygroundState } from './types';

const ctxOf = (state: Partial<PlaygroundState> & { yaml: string }): CheckContext => {
  const full: PlaygroundState = { actions: [], seed: 1, ...state };
  return { cluster: buildLessonCluster(full), state: full, client: full.client ?? 'default/test' };
};
const onDefault = ctxOf({ yaml: defaultYaml });
const run = (check: Check, ctx = onDefault) => runCheck(ctx, check);

describe('runsProgram', () => {
  it.each<[string, string, boolean]>([
    ['nslookup web-service', 'nslookup', true],
    ['  nslookup web-service', 'nslookup', true],
    ['busybox nslookup web-service', 'nslookup', true],
    ['/bin/busybox nslookup web-service', 'nslookup', true],
    ['echo hi; wget -O- http://web-service', 'wget', true],
    ['true && wget web-service', 'wget', true],
    ['for i in 0 1; do wget mysql-$i.mysql-headless:3306; done', 'wget', true],
    ['for i in 0 1; do\n  echo "Testing mysql-$i"\n  wget mysql-$i.mysql-headless:3306\ndone', 'wget', true],
    ['for i in 0 1; do\n  echo wget\ndone', 'wget', false],
    ['echo wget', 'wget', false],
    ['nslookupx web-service', 'nslookup', false],
    ['wgets', 'wget', false],
  ])('%s runs %s: %s', (line, program, runs) => {
    expect(runsProgram(line, program)).toBe(runs);
  });
});

describe('podsMeet', () => {
  const c = onDefault.cluster;
  const mysql = ['default/mysql-0', 'default/mysql-1', 'default/mysql-2'];
  it.each<[string, string[], Parameters<typeof podsMeet>[2], boolean]>([
    ['exactly the workload', mysql, { exactly: { workload: { kind: 'StatefulSet', name: 'mysql' } } }, true],
    ['exactly, one missing', mysql.slice(1), { exactly: { workload: { kind: 'StatefulSet', name: 'mysql' } } }, false],
    ['exactly by name, bare and namespaced', ['default/mysql-1'], { exactly: { pods: ['mysql-1'] } }, true],
    ['includes', mysql, { includes: { pods: ['default/mysql-2'] } }, true],
    ['excludes', mysql, { excludes: { pods: ['mysql-0'] } }, false],
    ['within', mysql.slice(0, 2), { within: { workload: { kind: 'StatefulSet', name: 'mysql' } } }, true],
    ['within, with the client', [...mysql, 'default/test'], { within: { workload: { kind: 'StatefulSet', name: 'mysql' } } }, false],
    ['count ignores repeats', ['default/mysql-0', 'default/mysql-0'], { count: 1 }, true],
  ])('%s', (_, seen, expect_, passes) => {
    expect(podsMeet(c, seen, expect_)).toBe(passes);
  });
});

describe('checks', () => {
  it('dns: a ClusterIP answers its VIP, a headless name its Pods', () => {
    expect(run({ kind: 'dns', name: 'web-service', expect: { serviceIP: 'web-service', answers: 1 } })).toMatchObject({ passed: true, observed: { kind: 'dns', rcode: 'NOERROR', answers: ['10.96.100.50'], pods: [] } });
    const headless = run({ kind: 'dns', name: 'mysql-headless', expect: { serviceIP: 'mysql-headless' } });
    expect(headless.passed).toBe(false);
    expect(headless.observed).toMatchObject({ kind: 'dns', pods: expect.arrayContaining(['default/mysql-0', 'default/mysql-1', 'default/mysql-2']) });
    expect(run({ kind: 'dns', name: 'nosuch', expect: { rcode: 'NXDOMAIN' } }).passed).toBe(true);
  });

  it('dns: SRV targets are judged by the Pods they name', () => {
    const r = run({ kind: 'dns', name: '_transport._tcp.elasticsearch', type: 'SRV', expect: { pods: { count: 3 } } }, ctxOf({ yaml: elasticsearch }));
    expect(r.passed).toBe(true);
    expect(r.observed).toMatchObject({ kind: 'dns', answers: expect.arrayContaining(['elasticsearch-0.elasticsearch.default.svc.cluster.local:9300']) });
  });

  it('requests: where they land and how they end', () => {
    expect(run({ kind: 'requests', target: 'web-service', expect: { outcome: 'delivered', landOn: { count: 3 } } }).passed).toBe(true);
    const refused = run({ kind: 'requests', target: 'web-service:8080', count: 5, expect: { outcome: 'delivered' } });
    expect(refused).toMatchObject({ passed: false, observed: { kind: 'requests', total: 5, counts: {} } });
  });

  it('endpoints and rules', () => {
    expect(run({ kind: 'endpoints', service: 'mysql-headless', expect: { count: 3 } }).passed).toBe(true);
    expect(run({ kind: 'rules', service: 'web-service', expect: { clusterIP: true, endpoints: 3, sessionAffinity: false } })).toMatchObject({ passed: true });
    expect(run({ kind: 'rules', service: 'mysql-headless', expect: { clusterIP: false, endpoints: 0 } }).passed).toBe(true);
    const sticky = ctxOf({ yaml: sessionAffinity });
    expect(run({ kind: 'rules', service: 'my-service', expect: { sessionAffinity: true, endpoints: 3 } }, sticky).passed).toBe(true);
  });

  it('command: the last line\'s exit status and the Pods it reached', () => {
    const r = run({ kind: 'command', lines: ['nslookup nosuch', 'wget -q -O- http://mysql-1.mysql-headless:3306'], expect: { reached: { exactly: { pods: ['mysql-1'] } } } });
    expect(r).toMatchObject({ passed: true, observed: { kind: 'command', exitCode: 1, pods: ['default/mysql-1'] } });
    expect(run({ kind: 'command', lines: ['nslookup nosuch'], expect: { exitCode: 0 } }).passed).toBe(false);
  });

  it('shell: replays the learner\'s lines; `together` pools them', () => {
    const ctx = ctxOf({ yaml: defaultYaml, shell: ['wget -O- http://mysql-0.mysql-headless:3306', 'busybox nslookup web-service', 'wget -O- http://mysql-2.mysql-headless:3306'] });
    expect(run({ kind: 'shell', program: 'nslookup', expect: {} }, ctx).passed).toBe(true);
    expect(run({ kind: 'shell', program: 'wget', expect: { together: { count: 2, excludes: { pods: ['mysql-1'] } } } }, ctx)).toMatchObject({ passed: true, observed: { reached: ['default/mysql-0', 'default/mysql-2'] } });
    expect(run({ kind: 'shell', program: 'wget', expect: { together: { count: 3 } } }, ctx).passed).toBe(false);
    expect(run({ kind: 'shell', program: 'dig', expect: {} }, ctx)).toMatchObject({ passed: false, observed: { line: null, linesRun: 3 } });
  });

  it('cannot look: a missing client or Service fails, saying which', () => {
    const gone = ctxOf({ yaml: defaultYaml, actions: [{ type: 'deletePod', namespace: 'default', name: 'test' }] });
    expect(run({ kind: 'requests', target: 'web-service', expect: {} }, gone)).toEqual({ passed: false, observed: { kind: 'unavailable', reason: 'no-client' } });
    expect(run({ kind: 'endpoints', service: 'nosuch', expect: {} })).toEqual({ passed: false, observed: { kind: 'unavailable', reason: 'no-service' } });
    expect(run({ kind: 'rules', service: 'nosuch', expect: {} })).toEqual({ passed: false, observed: { kind: 'unavailable', reason: 'no-service' } });
    expect(run({ kind: 'dns', name: 'mysql-headless', expect: { pods: { exactly: { workload: { kind: 'Deployment', name: 'mysql' } } } } })).toEqual({ passed: false, observed: { kind: 'unavailable', reason: 'no-workload' } });
  });
});
