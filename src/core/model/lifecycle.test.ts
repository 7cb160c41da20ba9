// `kubectl delete pod` played step by step (terminatePod, then lifecycleStep): at each step the Pod's status,
// its endpoint's conditions (kubernetes staging/src/k8s.io/endpointslice/utils.go podToEndpoint) and what
// CoreDNS answers (plugin/kubernetes/object/endpoint.go publishes only endpoints whose `ready` is not false).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveDns } from '../dns/resolve';
import { formatKubectlGetWide } from '../kubectl/get';
import { sendRequest } from '../traffic/send';
import { applyActions, type ClusterAction } from './actions';
import { loadCluster } from './load';
import type { Cluster, EndpointConditions } from './types';

const source = readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8');
const base = loadCluster(source).cluster;
const step: ClusterAction = { type: 'lifecycleStep' };

/** `kubectl get pods -o wide`'s row for a Pod: READY, STATUS, IP, NODE. */
function row(c: Cluster, pod: string): string[] | undefined {
  const line = formatKubectlGetWide(c).split('\n').find((l) => l.startsWith(`pod/${pod} `));
  if (!line) return undefined;
  const cols = line.trim().split(/\s+/);
  return [cols[1]!, cols[2]!, cols[5]!, cols[6]!];
}

function endpoints(c: Cluster, service: string, pod: string): Array<{ address: string; conditions: EndpointConditions }> {
  return c.endpointSlices.filter((s) => s.service === service).flatMap((s) => s.endpoints)
    .filter((e) => e.targetRef?.name === pod).map((e) => ({ address: e.addresses[0]!, conditions: { ...e.conditions } }));
}

const dns = (c: Cluster, name: string) => {
  const r = resolveDns(c, { name, type: 'A', fromPod: 'default/test' });
  return { rcode: r.rcode, addresses: r.answers.filter((a) => a.type === 'A').map((a) => a.data).sort() };
};

const cond = (ready: boolean, serving: boolean, terminating: boolean): EndpointConditions => ({ ready, serving, terminating });

describe('deleting mysql-1 step by step', () => {
  const oldIP = base.pods.find((p) => p.name === 'mysql-1')!.ip;
  const others = base.pods.filter((p) => p.name === 'mysql-0' || p.name === 'mysql-2').map((p) => p.ip).sort();
  // A Terminating Pod's containers still run and its readiness probe still passes: READY 1/1, serving true.
  const stages = [
    { name: 'Terminating', steps: 0, status: ['1/1', 'Terminating', oldIP], endpoint: [{ address: oldIP, conditions: cond(false, true, true) }], nxdomain: true },
    { name: 'the new Pod Pending', steps: 1, status: ['0/1', 'Pending', '<none>', '<none>'], endpoint: [], nxdomain: true },
    { name: 'ContainerCreating', steps: 2, status: ['0/1', 'ContainerCreating'], endpoint: 'new-ip-not-ready', nxdomain: true },
    { name: 'Running, not Ready', steps: 3, status: ['0/1', 'Running'], endpoint: 'new-ip-not-ready', nxdomain: true },
    { name: 'Ready', steps: 4, status: ['1/1', 'Running'], endpoint: 'new-ip-ready', nxdomain: false },
  ] as const;

  it.each(stages)('$name', ({ steps, status, endpoint, nxdomain }) => {
    const actions: ClusterAction[] = [{ type: 'terminatePod', namespace: 'default', name: 'mysql-1' }, ...Array<ClusterAction>(steps).fill(step)];
    const r = applyActions(base, actions);
    expect(r.diagnostics).toBeUndefined();
    const c = r.cluster;
    expect(row(c, 'mysql-1')?.slice(0, status.length)).toEqual([...status]);
    const pod = c.pods.find((p) => p.name === 'mysql-1')!;
    const eps = endpoints(c, 'mysql-headless', 'mysql-1');
    if (endpoint === 'new-ip-not-ready' || endpoint === 'new-ip-ready') {
      expect(pod.ip).not.toBe(oldIP);
      expect(pod.ip).toMatch(/^10\.244\.\d+\.\d+$/);
      const ready = endpoint === 'new-ip-ready';
      expect(eps).toEqual([{ address: pod.ip, conditions: cond(ready, ready, false) }]);
    } else {
      expect(eps).toEqual(endpoint);
    }
    // The lesson: while mysql-1 is anything but Ready, its own name does not exist and the headless name omits it.
    const own = dns(c, 'mysql-1.mysql-headless');
    const all = dns(c, 'mysql-headless');
    if (nxdomain) {
      expect(own.rcode).toBe('NXDOMAIN');
      expect(all.addresses).toEqual(others);
    } else {
      expect(own).toEqual({ rcode: 'NOERROR', addresses: [pod.ip] });
      expect(all.addresses).toEqual([...others, pod.ip].sort());
    }
  });

  it('a Terminating Pod still serves through the ClusterIP when it is the only serving endpoint left', () => {
    // kube-proxy topology.go CategorizeEndpoints: with no ready endpoint, serving terminating ones are used.
    const svc = `apiVersion: v1
kind: Service
metadata: { name: one }
spec:
  selector: { app: one }
  ports: [{ port: 80 }]
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: one }
spec:
  replicas: 1
  selector: { matchLabels: { app: one } }
  template:
    metadata: { labels: { app: one } }
    spec: { containers: [{ name: web, image: nginx, ports: [{ containerPort: 80 }] }] }
---
apiVersion: v1
kind: Pod
metadata: { name: test }
spec: { containers: [{ name: c, image: busybox }] }
`;
    const c0 = loadCluster(svc).cluster;
    const victim = c0.pods.find((p) => p.owner?.workload?.name === 'one')!;
    const c1 = applyActions(c0, [{ type: 'terminatePod', namespace: 'default', name: victim.name }]).cluster;
    // The ReplicaSet made the replacement at once, Pending; the old Pod is Terminating and still serving.
    const mine = c1.pods.filter((p) => p.owner?.workload?.name === 'one');
    expect(mine.map((p) => [p.terminating, p.lifecycle ?? 'settled'])).toEqual(expect.arrayContaining([[true, 'settled'], [false, 'Scheduling']]));
    const { trace } = sendRequest(c1, { from: 'default/test', url: 'http://one/', seed: 1, options: { client: 'busybox-wget' } });
    expect(trace.outcome).toBe('delivered');
    expect(trace.pod).toBe(`default/${victim.name}`);
    // One step on: the old Pod is gone, the new one is ContainerCreating (not ready, not serving): refused.
    const c2 = applyActions(c1, [step]).cluster;
    expect(c2.pods.some((p) => p.name === victim.name)).toBe(false);
    expect(sendRequest(c2, { from: 'default/test', url: 'http://one/', seed: 1 }).trace.outcome).toBe('refused');
    const c4 = applyActions(c2, [step, step]).cluster;
    expect(sendRequest(c4, { from: 'default/test', url: 'http://one/', seed: 1 }).trace.outcome).toBe('delivered');
    expect(c4.pods.filter((p) => p.owner?.workload?.name === 'one').map((p) => [p.phase, p.ready, p.lifecycle])).toEqual([['Running', true, undefined]]);
  });

  it('steps past the end change nothing; deleting a terminating Pod again changes nothing', () => {
    const done = applyActions(base, [{ type: 'terminatePod', namespace: 'default', name: 'mysql-1' }, step, step, step, step]).cluster;
    expect(applyActions(done, [step]).cluster.pods).toEqual(done.pods);
    const t = applyActions(base, [{ type: 'terminatePod', namespace: 'default', name: 'mysql-1' }]).cluster;
    expect(applyActions(t, [{ type: 'terminatePod', namespace: 'default', name: 'mysql-1' }]).cluster).toBe(t);
  });

  it('a starting Pod marked Ready by hand is settled', () => {
    const starting = applyActions(base, [{ type: 'terminatePod', namespace: 'default', name: 'mysql-1' }, step, step, step]).cluster;
    const c = applyActions(starting, [{ type: 'setPodReady', namespace: 'default', name: 'mysql-1', ready: true }]).cluster;
    const p = c.pods.find((x) => x.name === 'mysql-1')!;
    expect([p.ready, p.lifecycle]).toEqual([true, undefined]);
  });
});

describe('advanceClock', () => {
  it.each([
    { name: 'adds up', actions: [30, 10800], want: 10830, errors: 0 },
    { name: 'rejects zero', actions: [0], want: 0, errors: 1 },
    { name: 'rejects a fraction', actions: [1.5], want: 0, errors: 1 },
    { name: 'rejects more than a year', actions: [31_536_001], want: 0, errors: 1 },
  ])('$name', ({ actions, want, errors }) => {
    const r = applyActions(base, actions.map((seconds) => ({ type: 'advanceClock', seconds })));
    expect(r.cluster.clockSeconds ?? 0).toBe(want);
    expect(r.diagnostics ?? []).toHaveLength(errors);
    if (errors) expect(r.diagnostics?.[0]).toMatchObject({ code: 'clock-step-invalid' });
  });
});
