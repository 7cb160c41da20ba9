// Whatever makes web-service select the nginx Pods passes, in any proxy mode; a ping that answers, another mode
// or a request around the Service does not.
import { describe, expect, it } from 'vitest';
import { checkLesson } from './check';
import { pingClusterIP } from './ping-clusterip';
import type { PlaygroundState } from './types';

const start = pingClusterIP.start;
const withYaml = (from: string, to: string, base = start.yaml): string => {
  expect(base).toContain(from);
  return base.split(from).join(to);
};
const state = (over: Partial<PlaygroundState>): PlaygroundState => ({ ...start, ...over });
const failed = (s: PlaygroundState) => checkLesson(pingClusterIP, s).items.filter((i) => !i.passed).map((i) => i.id);

describe('ping-clusterip', () => {
  it.each<[string, PlaygroundState]>([
    ['the selector changed to app: nginx', pingClusterIP.solution],
    ['the same fix in iptables mode', { ...pingClusterIP.solution, options: { proxyMode: 'iptables', clientKind: 'busybox-wget' } }],
    ['the Deployment relabelled to app: web instead', state({ yaml: withYaml('app: nginx', 'app: web') })],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done (ping answers in IPVS mode)', start, ['requests-reach-nginx', 'endpoints-are-nginx']],
    ['switched to iptables mode, where ping stops answering', state({ options: { proxyMode: 'iptables', clientKind: 'busybox-wget' } }), ['requests-reach-nginx', 'endpoints-are-nginx']],
    ['a cosmetic edit (a comment)', state({ yaml: `# web-service answers ping, so it works\n${start.yaml}` }), ['requests-reach-nginx', 'endpoints-are-nginx']],
    ['more pings in the shell', state({ shell: [...(start.shell ?? []), 'ping -c 10 web-service'] }), ['requests-reach-nginx', 'endpoints-are-nginx']],
    ['the selector fixed but targetPort 8080, where nginx does not listen', state({
      yaml: withYaml('targetPort: 80', 'targetPort: 8080', withYaml('app: web', 'app: nginx')),
    }), ['requests-reach-nginx']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
