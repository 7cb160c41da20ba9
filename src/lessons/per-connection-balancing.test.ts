// Requests spread once each has its own connection; more replicas, another proxy mode or a headless Service do not
// split one kept-alive connection.
import { describe, expect, it } from 'vitest';
import type { ClusterAction } from '../core';
import { checkLesson } from './check';
import { perConnectionBalancing } from './per-connection-balancing';
import type { PlaygroundState } from './types';

const start = perConnectionBalancing.start;
const state = (over: Partial<PlaygroundState>): PlaygroundState => ({ ...start, ...over });
const options = (over: NonNullable<PlaygroundState['options']>): PlaygroundState => state({ options: { ...start.options, ...over } });
const scale = (replicas: number): ClusterAction => ({ type: 'scale', namespace: 'default', kind: 'Deployment', name: 'nginx', replicas });
const failed = (s: PlaygroundState) => checkLesson(perConnectionBalancing, s).items.filter((i) => !i.passed).map((i) => i.id);
const headless = `${start.yaml}---
apiVersion: v1
kind: Service
metadata:
  name: web-headless
spec:
  clusterIP: None
  selector:
    app: nginx
  ports:
  - port: 80
`;

describe('per-connection-balancing', () => {
  it.each<[string, PlaygroundState]>([
    ['keep-alive off', perConnectionBalancing.solution],
    ['busybox wget, a new connection per request', options({ clientKind: 'busybox-wget' })],
    ['busybox wget in nftables mode', options({ clientKind: 'busybox-wget', proxyMode: 'nftables' })],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done', start, ['spread-over-all']],
    ['scaled to 6: the one connection still goes to one Pod', state({ actions: [scale(6)] }), ['spread-over-all']],
    ['IPVS mode', options({ proxyMode: 'ipvs' }), ['spread-over-all']],
    ['nftables mode', options({ proxyMode: 'nftables' }), ['spread-over-all']],
    ['a headless Service, the app taking the first address', state({ yaml: headless, target: 'web-headless', options: { ...start.options, strategy: 'first' } }), ['spread-over-all']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
