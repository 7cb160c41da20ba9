// The EndpointSlice mirroring controller as the playground runs it: which hand-written Endpoints become
// EndpointSlices (and so DNS answers and kube-proxy rules), which are left alone and why, and the limits
// (pkg/controller/endpointslicemirroring: syncEndpoints, shouldMirror, reconciler.reconcile, utils.go).

import { describe, expect, it } from 'vitest';
import { resolveDns } from '../dns/resolve';
import { iptablesSave } from '../proxy/iptables';
import { loadCluster } from './load';
import { MAX_ENDPOINTS_PER_SUBSET } from './endpoints-mirroring';
import { SEED_CLIENT } from './defaults';

const service = (extra = ''): string => `apiVersion: v1
kind: Service
metadata:
  name: db
spec:
${extra}  clusterIP: None
  ports:
  - port: 3306
`;

const endpoints = (meta = '', subsets = '- addresses:\n  - ip: 10.0.0.5\n  - ip: 10.0.0.6\n  notReadyAddresses:\n  - ip: 10.0.0.7\n  ports:\n  - port: 3306\n'): string =>
  `apiVersion: v1
kind: Endpoints
metadata:
  name: db
${meta}subsets:
${subsets}`;

const load = (...docs: string[]) => loadCluster(docs.join('---\n'), { run: [SEED_CLIENT] });
const dbSlices = (r: ReturnType<typeof load>) => r.cluster.endpointSlices.filter((s) => s.service === 'db');
const answers = (r: ReturnType<typeof load>) => resolveDns(r.cluster, { name: 'db', type: 'A', fromPod: 'default/test' }).answers.map((a) => a.data);
const notes = (r: ReturnType<typeof load>) => r.diagnostics.filter((d) => d.code === 'endpoints-not-mirrored');

describe('EndpointSlice mirroring', () => {
  it('mirrors the Endpoints of a Service without a selector into one labelled slice that DNS answers from', () => {
    const r = load(service(), endpoints());
    const slices = dbSlices(r);
    expect(slices).toHaveLength(1);
    const [slice] = slices;
    expect(slice?.managedBy).toBe('endpointslicemirroring-controller.k8s.io');
    expect(slice?.name).toMatch(/^db-[a-z0-9]{5}$/);
    expect(slice?.ports).toEqual([{ name: '', protocol: 'TCP', port: 3306 }]);
    expect(slice?.endpoints.map((e) => [e.addresses[0], e.conditions.ready])).toEqual([
      ['10.0.0.5', true],
      ['10.0.0.6', true],
      ['10.0.0.7', false],
    ]);
    // CoreDNS answers the ready addresses only.
    expect(answers(r).sort()).toEqual(['10.0.0.5', '10.0.0.6']);
    expect(notes(r)).toEqual([]);
  });

  it('names the mirrored slice the same way on every build', () => {
    expect(dbSlices(load(service(), endpoints()))[0]?.name).toBe(dbSlices(load(service(), endpoints()))[0]?.name);
  });

  it('gives kube-proxy the ready addresses of a ClusterIP Service', () => {
    const r = load(service().replace('  clusterIP: None\n', ''), endpoints());
    const rules = iptablesSave(r.cluster);
    expect(rules).toContain('--comment "default/db -> 10.0.0.5:3306"');
    expect(rules).toContain('--comment "default/db -> 10.0.0.6:3306"');
    expect(rules).not.toContain('10.0.0.7:3306');
  });

  it('puts subsets with the same ports into one slice and other ports into another', () => {
    const subsets = '- addresses:\n  - ip: 10.0.0.5\n  ports:\n  - port: 3306\n- addresses:\n  - ip: 10.0.0.6\n  ports:\n  - port: 3306\n- addresses:\n  - ip: 10.0.0.9\n  ports:\n  - port: 33060\n';
    const slices = dbSlices(load(service(), endpoints('', subsets)));
    expect(slices.map((s) => [s.ports.map((p) => p.port), s.endpoints.map((e) => e.addresses[0])]).sort()).toEqual([
      [[3306], ['10.0.0.5', '10.0.0.6']],
      [[33060], ['10.0.0.9']],
    ]);
  });

  it.each([
    ['the skip-mirror label', service(), endpoints('  labels:\n    endpointslice.kubernetes.io/skip-mirror: "true"\n'), 'skip-mirror'],
    ['a leader-election record', service(), endpoints('  annotations:\n    control-plane.alpha.kubernetes.io/leader: "{}"\n'), 'leader-election'],
    ['no Service of that name', service().replace('name: db', 'name: other'), endpoints(), 'no-service'],
    ['a Service with a selector', service('  selector:\n    app: db\n'), endpoints(), 'selector'],
  ])('leaves an Endpoints alone for %s, and says so', (_name, svc, eps, reason) => {
    const r = load(svc, eps);
    expect(dbSlices(r).filter((s) => s.managedBy === 'endpointslicemirroring-controller.k8s.io')).toEqual([]);
    expect(notes(r).map((d) => d.code === 'endpoints-not-mirrored' && d.reason)).toEqual([reason]);
  });

  it('mirrors a skip-mirror label that is not "true"', () => {
    const r = load(service(), endpoints('  labels:\n    endpointslice.kubernetes.io/skip-mirror: "false"\n'));
    expect(dbSlices(r)).toHaveLength(1);
  });

  it(`mirrors at most ${MAX_ENDPOINTS_PER_SUBSET} addresses of a subset`, () => {
    const ips = Array.from({ length: MAX_ENDPOINTS_PER_SUBSET + 5 }, (_, i) => `  - ip: 10.1.${Math.floor(i / 250)}.${(i % 250) + 1}\n`).join('');
    const slices = dbSlices(load(service(), endpoints('', `- addresses:\n${ips}  ports:\n  - port: 3306\n`)));
    expect(slices.reduce((n, s) => n + s.endpoints.length, 0)).toBe(MAX_ENDPOINTS_PER_SUBSET);
  });
});
