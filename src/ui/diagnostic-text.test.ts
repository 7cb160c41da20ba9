// The words a learner reads for every note the core can give, exactly as before the core handed over codes,
// and a real program's message passed through untouched.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCluster, type Note, type NoteCode } from '../core';
import i18n, { i18nReady } from './i18n';
import { diagnosticText } from './diagnostic-text';

await i18nReady;
const t = i18n.getFixedT('en');
const at = { severity: 'warning', line: 1, column: 1 } as const;
const unschedulable = '0/3 nodes are available: 3 Too many pods.';

/** Keyed by code, so a note the core adds without a case here is a type error. */
const cases: { [C in NoteCode]: [Extract<Note, { code: C }>, string][] } = {
  'too-many-documents': [[{ code: 'too-many-documents', max: 5000 }, 'too many documents: the playground reads at most 5000; the rest are ignored']],
  'nul-byte': [[{ code: 'nul-byte' }, 'the document contains a NUL byte (\\x00), which YAML does not allow; the document is skipped']],
  'alias-expansion': [
    [{ code: 'alias-expansion', max: 200_000 }, 'YAML aliases in this document expand to more than 200,000 nodes (an "alias bomb"); the document is skipped'],
  ],
  'unsafe-tag': [
    [{ code: 'unsafe-tag', tag: '!!js/function' }, 'tag !!js/function is not allowed: YAML is read with the safe schema, which never runs code; the document is skipped'],
  ],
  'unknown-tag': [[{ code: 'unknown-tag', tag: '!vault' }, 'unknown YAML tag !vault; the document is skipped']],
  'too-deep': [[{ code: 'too-deep', max: 64 }, 'YAML nesting is deeper than 64 levels; the document is skipped']],
  'source-too-large': [
    [{ code: 'source-too-large', maxBytes: 1_048_576 }, "the manifests are larger than 1,048,576 bytes (1 MiB), the playground's limit; nothing was loaded"],
  ],
  'not-an-object': [
    [{ code: 'not-an-object', found: 'list' }, 'error validating data: the document is a list, not a Kubernetes object (a mapping with apiVersion and kind)'],
    [{ code: 'not-an-object', found: 'string' }, 'error validating data: the document is a string, not a Kubernetes object (a mapping with apiVersion and kind)'],
    [{ code: 'not-an-object', found: 'number', item: 0 }, 'error validating data: items[0] is a number, not a Kubernetes object'],
    [{ code: 'not-an-object', found: 'boolean', item: 1 }, 'error validating data: items[1] is a boolean, not a Kubernetes object'],
    [{ code: 'not-an-object', found: 'other', item: 2 }, 'error validating data: items[2] is not a mapping, not a Kubernetes object'],
  ],
  'kind-not-simulated': [[{ code: 'kind-not-simulated', kind: 'ConfigMap' }, 'kind ConfigMap is not simulated; ignored']],
  'not-simulated': [[{ code: 'not-simulated', addressType: 'IPv6' }, 'addressType IPv6 is not simulated (only IPv4); this EndpointSlice is ignored']],
  'replicas-clamped': [
    [
      { code: 'replicas-clamped', kind: 'Deployment', replicas: 1000000000, max: 1000 },
      'replicas: 1000000000 is more than the playground simulates; it runs 1000 Pods for this Deployment',
    ],
  ],
  'pod-ip-pin-invalid': [
    [
      { code: 'pod-ip-pin-invalid', ip: '10.1.1.5', podCIDRs: ['10.244.1.0/24', '10.244.2.0/24', '10.244.3.0/24'], pinnedBy: 'annotation' },
      "10.1.1.5 is not inside any node's Pod range (10.244.1.0/24, 10.244.2.0/24, 10.244.3.0/24); that Pod gets an address from its node instead",
    ],
    [
      { code: 'pod-ip-pin-invalid', ip: '10.1.1.5', podCIDRs: ['10.244.1.0/24'], pinnedBy: 'status' },
      "10.1.1.5 is not inside any node's Pod range (10.244.1.0/24); the Pod gets an address from its node instead",
    ],
  ],
  'pod-ip-conflict': [[{ code: 'pod-ip-conflict', ip: '10.244.1.5', pod: 'web-0' }, '10.244.1.5 is already used by another Pod; web-0 gets a different address']],
  'pod-name-conflict': [
    [
      { code: 'pod-name-conflict', pod: 'mysql-0', kind: 'StatefulSet', workload: 'mysql', replica: 0 },
      'Pod mysql-0 already exists, so StatefulSet mysql cannot create its replica 0',
    ],
  ],
  'pod-unschedulable': [
    [{ code: 'pod-unschedulable', count: 1, pods: ['test'], reason: unschedulable }, `Pod test stays Pending: ${unschedulable}`],
    [{ code: 'pod-unschedulable', count: 2, pods: ['a-1', 'a-2'], reason: unschedulable }, `2 Pods (a-1, a-2) stay Pending: ${unschedulable}`],
    [{ code: 'pod-unschedulable', count: 3, pods: ['a-1', 'a-2', 'a-3'], reason: unschedulable }, `3 Pods (a-1, a-2, a-3) stay Pending: ${unschedulable}`],
    [{ code: 'pod-unschedulable', count: 672, pods: ['a-1', 'a-2', 'a-3'], reason: unschedulable }, `672 Pods (a-1, a-2, a-3, …) stay Pending: ${unschedulable}`],
  ],
  'statefulset-pod-released': [
    [
      { code: 'statefulset-pod-released', pod: 'mysql-1', statefulSet: 'mysql' },
      "Pod mysql-1 no longer matches StatefulSet mysql's selector and is released; the StatefulSet cannot recreate mysql-1 while a Pod of that name exists",
    ],
  ],
  'unknown-action': [[{ code: 'unknown-action', type: '"fly"' }, 'unknown action "fly"']],
  'clock-step-invalid': [[{ code: 'clock-step-invalid', seconds: '-5', max: 31536000 }, 'the clock moves on by whole seconds from 1 to 31536000, not -5']],
  'selector-matches-nothing': [
    [
      { code: 'selector-matches-nothing', selector: { role: 'replica', app: 'mysql' }, namespace: 'default' },
      'selector app=mysql,role=replica matches no Pod in namespace default, so the Service has no endpoints',
    ],
  ],
  'target-port-unresolved': [
    [
      { code: 'target-port-unresolved', protocol: 'TCP', targetPort: 'http', port: 80 },
      'no selected Pod declares a TCP container port named "http", so port 80 has no endpoints',
    ],
  ],
  'statefulset-service-missing': [
    [
      { code: 'statefulset-service-missing', serviceName: 'mysql', namespace: 'default', podName: 'mysql-0.mysql.default.svc.cluster.local' },
      'serviceName "mysql" names no Service in namespace default, so the Pods get no per-Pod DNS names (mysql-0.mysql.default.svc.cluster.local does not resolve)',
    ],
  ],
  'statefulset-service-not-headless': [
    [
      { code: 'statefulset-service-not-headless', serviceName: 'mysql-headless', podName: 'mysql-0.mysql-headless.default.svc.cluster.local' },
      'Service "mysql-headless" is not headless (it has a cluster IP). The Kubernetes DNS specification promises per-Pod names such as mysql-0.mysql-headless.default.svc.cluster.local only for headless Services: CoreDNS answers them anyway, other DNS providers need not. And the Service\'s own name resolves to one virtual IP, not to the Pods\' addresses, so clients cannot discover the members. Set clusterIP: None on it',
    ],
  ],
  'selector-overlap': [
    [
      { code: 'selector-overlap', owners: [{ kind: 'StatefulSet', name: 'mysql' }, { kind: 'Pod', name: 'debug' }] },
      "this selector also matches Pods of StatefulSet mysql, Pod debug; the Deployment's ReplicaSet may count or adopt them, and Services with the same selector send traffic to them too",
    ],
  ],
  'slice-without-service': [[{ code: 'slice-without-service' }, 'this EndpointSlice has no kubernetes.io/service-name label, so no Service uses it']],
  'slice-service-missing': [
    [{ code: 'slice-service-missing', service: 'db', namespace: 'default' }, 'no Service db in namespace default uses this EndpointSlice'],
  ],
  'slice-for-selector-service': [
    [
      { code: 'slice-for-selector-service', service: 'web' },
      'Service web has a selector, so the EndpointSlice controller manages its endpoints; kube-proxy still reads this slice too',
    ],
  ],
  'endpoints-not-mirrored': [
    [
      { code: 'endpoints-not-mirrored', reason: 'skip-mirror', service: 'db' },
      'Endpoints db has the label endpointslice.kubernetes.io/skip-mirror: "true", so the EndpointSlice mirroring controller makes no EndpointSlice from it and kube-proxy and CoreDNS never see these addresses',
    ],
    [
      { code: 'endpoints-not-mirrored', reason: 'leader-election', service: 'db' },
      'Endpoints db holds a leader-election record (control-plane.alpha.kubernetes.io/leader), so the EndpointSlice mirroring controller leaves it alone and nothing routes to these addresses',
    ],
    [
      { code: 'endpoints-not-mirrored', reason: 'no-service', service: 'db' },
      'No Service db in this namespace: the EndpointSlice mirroring controller mirrors an Endpoints only for the Service of the same name, so these addresses reach no one yet',
    ],
    [
      { code: 'endpoints-not-mirrored', reason: 'selector', service: 'web' },
      'Service web has a selector, so the Endpoints controller owns this Endpoints and rewrites it from the Pods; the EndpointSlice mirroring controller ignores it and these addresses are never used',
    ],
  ],
  'mysql-password-missing': [
    [
      { code: 'mysql-password-missing', container: 'mysql', image: 'mysql:8.0', entrypointError: 'Database is uninitialized and password option is not specified' },
      'On a real cluster container "mysql" (mysql:8.0) would not start: the mysql image exits on its first start unless MYSQL_ROOT_PASSWORD, MYSQL_ALLOW_EMPTY_PASSWORD or MYSQL_RANDOM_ROOT_PASSWORD is set in its env, printing "Database is uninitialized and password option is not specified", and the Pod restarts in CrashLoopBackOff, never ready. The playground runs it as ready, as the article does; set one of them (e.g. MYSQL_ROOT_PASSWORD from a Secret) to run it for real.',
    ],
  ],
};

const table = Object.values(cases).flat();

describe('diagnosticText', () => {
  it.each(table.map(([note, want]) => ({ code: note.code, note, want })))('words $code', ({ note, want }) => {
    expect(diagnosticText(t, { ...at, ...note })).toBe(want);
  });

  it("passes a real program's message through verbatim", () => {
    const message = 'spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive';
    expect(diagnosticText(t, { severity: 'error', code: 'invalid', message, line: 15, column: 5 })).toBe(message);
  });

  it('words what loadCluster reports, as the Problems list shows it', () => {
    const manifest = readFileSync(new URL('../core/testdata/manifests/mysql-mixed.yaml', import.meta.url), 'utf8');
    expect(loadCluster(manifest).diagnostics.map((d) => diagnosticText(t, d))).toEqual([
      'selector app=mysql,role=replica matches no Pod in namespace default, so the Service has no endpoints',
      'On a real cluster container "mysql" (mysql:8.0) would not start: the mysql image exits on its first start unless MYSQL_ROOT_PASSWORD, MYSQL_ALLOW_EMPTY_PASSWORD or MYSQL_RANDOM_ROOT_PASSWORD is set in its env, printing "Database is uninitialized and password option is not specified", and the Pod restarts in CrashLoopBackOff, never ready. The playground runs it as ready, as the article does; set one of them (e.g. MYSQL_ROOT_PASSWORD from a Secret) to run it for real.',
    ]);
  });

  it('has words for every diagnostic of any input', () => {
    const tokens = ['apiVersion: v1\n', 'kind: Service\n', 'kind: ConfigMap\n', 'metadata:\n  name: x\n', '---\n', '- a\n', '!!js/function f\n', '\u0000', 'x: [', '&a [*a]\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 12 }), (parts) => {
        for (const d of loadCluster(parts.join('')).diagnostics) {
          const text = diagnosticText(t, d);
          expect(text).not.toBe('');
          // i18next answers a missing key with the key itself.
          expect(text).not.toMatch(/^notes\./);
        }
      }),
      { seed: 10, numRuns: 200 },
    );
  });
});
