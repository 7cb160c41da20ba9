// The send check reads the state's own send bar: its client, target and options, unless the check names its own;
// a client or target that is not there fails with what it saw, never throws.
import { describe, expect, it } from 'vitest';
import webClusterIP from '../scenarios/web-clusterip.yaml?raw';
import { buildLessonCluster } from './check';
import { runCheck } from './outcomes';
import type { SendCheck } from './outcomes-send';
import type { PlaygroundState } from './types';

const state: PlaygroundState = { yaml: webClusterIP, actions: [], client: 'default/test', target: 'web-service', options: { clientKind: 'busybox-wget' }, seed: 1 };
const run = (check: SendCheck, s: PlaygroundState = state) => runCheck({ cluster: buildLessonCluster(s), state: s, client: s.client ?? 'default/test' }, check);
const nginx = { workload: { kind: 'Deployment', name: 'nginx' } } as const;

describe('send check', () => {
  it('sends to the state\'s target with the state\'s options', () => {
    expect(run({ kind: 'send', expect: { outcome: 'delivered', landOn: { exactly: nginx }, via: 'web-service', dnsQueries: 1 } }).passed).toBe(true);
    // The app with keep-alive on: one connection, one Pod.
    const app = { ...state, options: { clientKind: 'app' as const, keepAlive: true } };
    const r = run({ kind: 'send', expect: { landOn: { count: 1 } } }, app);
    expect(r).toMatchObject({ passed: true, observed: { kind: 'send', total: 30 } });
  });

  it('reads a link\'s options without a client kind as the long-running app, as opening the link does', () => {
    const legacy = { ...state, options: { keepAlive: true } };
    expect(run({ kind: 'send', expect: { landOn: { count: 1 } } }, legacy).passed).toBe(true);
  });

  it('a check\'s own target and client win over the state\'s', () => {
    const r = run({ kind: 'send', from: 'external:198.51.100.7', target: 'http://web-service/', count: 3, expect: { outcome: 'nxdomain' } });
    expect(r.passed).toBe(true);
  });

  it.each<[string, SendCheck, PlaygroundState]>([
    ['a client Pod that does not exist', { kind: 'send', from: 'default/nobody', expect: {} }, state],
    ['no target at all', { kind: 'send', expect: {} }, { ...state, target: undefined }],
    ['a target that is not a name', { kind: 'send', expect: { outcome: 'delivered' } }, { ...state, target: '%%%' }],
    ['via a Service that does not exist', { kind: 'send', expect: { via: 'nothing-here' } }, state],
    ['dnatTo another address', { kind: 'send', expect: { dnatTo: '10.0.0.1:80' } }, state],
    ['the node as the source seen, where the Pod sees the client', { kind: 'send', expect: { sourceSeen: 'node' } }, state],
  ])('fails, without throwing: %s', (_, check, s) => {
    expect(run(check, s).passed).toBe(false);
  });
});
