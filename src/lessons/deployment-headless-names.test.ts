// Pods named web-0 and web-1 with hostnames under the Service pass (a StatefulSet, or two bare Pods); a
// Deployment's shared hostname, a subdomain alone, or a Service that is not headless does not.
import { describe, expect, it } from 'vitest';
import { checkLesson } from './check';
import { deploymentHeadlessNames } from './deployment-headless-names';
import type { PlaygroundState } from './types';

const start = deploymentHeadlessNames.start;
const withYaml = (from: string, to: string, base = start.yaml): string => {
  expect(base).toContain(from);
  return base.replace(from, to);
};
const state = (over: Partial<PlaygroundState>): PlaygroundState => ({ ...start, ...over });
const failed = (s: PlaygroundState) => checkLesson(deploymentHeadlessNames, s).items.filter((i) => !i.passed).map((i) => i.id);
const service = start.yaml.split('---\n')[0]!;
const barePod = (name: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  labels:
    app: web
spec:
  hostname: ${name}
  subdomain: web
  containers:
  - name: nginx
    image: nginx:1.27
`;
const TEMPLATE_SPEC = '    spec:\n      containers:';

describe('deployment-headless-names', () => {
  it.each<[string, PlaygroundState]>([
    ['a StatefulSet with serviceName: web', deploymentHeadlessNames.solution],
    ['two bare Pods with hostname and subdomain', state({ yaml: [service, barePod('web-0'), barePod('web-1')].join('---\n') })],
    // The DNS specification promises hostname records for headless Services only, but CoreDNS's kubernetes plugin
    // (findServices) answers `<hostname>.<service>` for any Service whose endpoints carry a hostname.
    ['a StatefulSet behind a Service that is not headless (CoreDNS answers anyway)', state({
      yaml: withYaml('  clusterIP: None\n', '', deploymentHeadlessNames.solution.yaml),
    })],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done', start, ['web-0', 'web-1']],
    ['hostname web-0 and subdomain web in the Deployment template: both replicas answer', state({
      yaml: withYaml(TEMPLATE_SPEC, '    spec:\n      hostname: web-0\n      subdomain: web\n      containers:'),
    }), ['web-0', 'web-1']],
    ['subdomain alone in the Deployment template', state({ yaml: withYaml(TEMPLATE_SPEC, '    spec:\n      subdomain: web\n      containers:') }), ['web-0', 'web-1']],
    ['a StatefulSet whose serviceName names another Service', state({
      yaml: withYaml('serviceName: web', 'serviceName: web-peers', deploymentHeadlessNames.solution.yaml),
    }), ['web-0', 'web-1']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
