// The worker's commands against the real core (docs/architecture.md: unit tests call core directly), on the default scenario.
import { describe, expect, it } from 'vitest';
import { defaultScenario, findScenario } from '../../scenarios';
import { createMainThreadHandler } from './main-thread-handler';
import type { ClusterRecipe, ScaleResult, UnknownRevision, ViewsRequest, WorkloadRef } from './protocol';

const recipe: ClusterRecipe = { source: defaultScenario.source, nodes: 3, actions: [], kubernetesVersion: '1.35' };
const views: ViewsRequest = { client: 'default/test', names: null, tool: 'nslookup', node: null, seed: 1 };

async function built() {
  const handle = createMainThreadHandler();
  const first = await handle('build', { revision: 7, recipe, views });
  return { handle, first };
}

describe('scale', () => {
  const cases: { name: string; workload: WorkloadRef; want: (r: ScaleResult | UnknownRevision) => void }[] = [
    {
      name: 'edits replicas of a workload in the manifests',
      workload: { kind: 'Deployment', namespace: 'default', name: 'nginx' },
      want: (r) => {
        expect(r).toHaveProperty('source');
        if (!('source' in r)) return;
        expect(r.source).toContain('replicas: 5');
        expect(r.source?.split('\n').length).toBe(recipe.source.split('\n').length);
      },
    },
    {
      name: 'a workload not in the manifests is a code, not an English sentence',
      workload: { kind: 'Deployment', namespace: 'default', name: 'gone' },
      want: (r) => expect(r).toEqual({ source: null, error: { code: 'workload-not-found', kind: 'Deployment', name: 'gone' } }),
    },
    {
      name: 'same name, other kind, is not found',
      workload: { kind: 'StatefulSet', namespace: 'default', name: 'nginx' },
      want: (r) => expect(r).toEqual({ source: null, error: { code: 'workload-not-found', kind: 'StatefulSet', name: 'nginx' } }),
    },
  ];
  it.each(cases)('$name', async ({ workload, want }) => want(await (await built()).handle('scale', { revision: 7, workload, replicas: 5 })));
});

describe('revisions', () => {
  it('a revision the core does not hold is said so; sent with its recipe, it is rebuilt and kept', async () => {
    const { handle, first } = await built();
    const fresh = createMainThreadHandler();
    expect(await fresh('views', { revision: 7, views })).toEqual({ unknownRevision: 7 });
    expect(await fresh('views', { revision: 7, views, recipe })).toEqual(first.views);
    expect(await fresh('views', { revision: 7, views })).toEqual(first.views);
    expect(await handle('send', { revision: 8, request: { from: 'default/test', url: 'web-service', seed: 1 }, count: 1 })).toEqual({ unknownRevision: 8 });
  });

  it('keeps the clusters by revision: a command runs on the one it names, not the latest', async () => {
    const { handle } = await built();
    await handle('build', { revision: 8, recipe: { ...recipe, actions: [{ type: 'deletePod', namespace: 'default', name: 'test' }] }, views });
    const onSeven = await handle('views', { revision: 7, views });
    const onEight = await handle('views', { revision: 8, views });
    expect(onSeven).toMatchObject({ resolvConf: { status: 'ok' } });
    expect(onEight).toMatchObject({ resolvConf: { status: 'error', message: 'Error from server (NotFound): pods "test" not found' } });
  });
});

describe('DNS terminals carry their answers', () => {
  const cases: { name: string; names: [string, string]; tool: 'nslookup' | 'dig'; want: [string[], string[]] }[] = [
    { name: 'nslookup: the VIP, and one address per ready Pod', names: ['web-service', 'mysql-headless'], tool: 'nslookup', want: [['10.96.100.50'], ['10.244.1.5', '10.244.2.8', '10.244.3.12']] },
    { name: 'dig +search: the same answers', names: ['web-service', 'mysql-headless'], tool: 'dig', want: [['10.96.100.50'], ['10.244.1.5', '10.244.2.8', '10.244.3.12']] },
    // busybox does not search a name with a dot: no answer, where dig +search finds the Pod.
    { name: 'nslookup: a dotted name is not searched; a name that does not exist has none', names: ['mysql-0.mysql-headless', 'nope'], tool: 'nslookup', want: [[], []] },
    { name: 'dig +search: a Pod of the headless Service', names: ['mysql-0.mysql-headless', 'mysql-2.mysql-headless'], tool: 'dig', want: [['10.244.1.5'], ['10.244.3.12']] },
    { name: 'dig: a qualified name; no such name', names: ['web-service.default.svc.cluster.local', 'nope.default'], tool: 'dig', want: [['10.96.100.50'], []] },
  ];
  it.each(cases)('$name', async ({ names, tool, want }) => {
    const { handle } = await built();
    const r = await handle('views', { revision: 7, views: { ...views, names, tool } });
    if ('unknownRevision' in r) throw new Error('lost the cluster');
    r.dns.forEach((d, i) => {
      if (d === null) throw new Error('no name looked up');
      if (d.status !== 'ok') throw new Error(d.message);
      const addresses = d.answers.map((a) => a.data);
      expect(addresses).toEqual(want[i]);
      // The records are the ones printed: each address on its own answer line.
      for (const a of addresses.map((x) => x.replaceAll('.', '\\.'))) {
        expect(d.text).toMatch(new RegExp(tool === 'dig' ? `\\sIN\\sA\\s+${a}$` : `^Address: ${a}$`, 'm'));
      }
    });
  });
});

describe('notes on real output that looks like a failure', () => {
  const lookups = async (names: [string, string], tool: 'nslookup' | 'dig') => {
    const handle = createMainThreadHandler();
    const r = await handle('build', { revision: 1, recipe, views: { ...views, names, tool } });
    return r.views!.dns;
  };

  it('busybox: the search-list NXDOMAIN lines of a lookup that found the name', async () => {
    const [web, headless] = await lookups(['web-service', 'mysql-headless'], 'nslookup');
    expect(web).toMatchObject({ status: 'ok', notes: [{ kind: 'search-nxdomain', found: 'web-service.default.svc.cluster.local',
      missed: ['web-service.svc.cluster.local', 'web-service.cluster.local'], replies: 4, queries: 6 }] });
    // Exactly the lines busybox printed.
    expect(web!.status === 'ok' && web!.text.match(/^\*\* server can't find .*: NXDOMAIN$/gm)).toHaveLength(4);
    expect(headless).toMatchObject({ status: 'ok', notes: [{ kind: 'search-nxdomain', found: 'mysql-headless.default.svc.cluster.local' }] });
  });

  it('busybox: none when there is no such noise — a full name, or a name that exists nowhere (that NXDOMAIN is the answer)', async () => {
    const [full, nosuch] = await lookups(['web-service.default.svc.cluster.local', 'nosuch'], 'nslookup');
    expect(full).toMatchObject({ status: 'ok', notes: [] });
    expect(full!.status === 'ok' && full!.text).not.toContain("can't find");
    expect(nosuch).toMatchObject({ status: 'ok', notes: [] });
  });

  it("dig: the mDNS warning for names under .local and CoreDNS's missing recursion, as printed", async () => {
    const [web] = await lookups(['web-service', 'mysql-headless'], 'dig');
    expect(web).toMatchObject({ status: 'ok', notes: [{ kind: 'mdns-local' }, { kind: 'recursion-not-available' }] });
    expect(web!.status === 'ok' && web!.text).toContain(';; WARNING: .local is reserved for Multicast DNS\n');
    expect(web!.status === 'ok' && web!.text).toContain(';; WARNING: recursion requested but not available\n');
  });
});

describe('the seed client in every cluster', () => {
  // The seed's 场景 1 pasted over everything: no `test` Pod and no headless Service in the YAML.
  const article1 = [
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: web-service\nspec:\n  type: ClusterIP\n  selector:\n    app: nginx\n  ports:\n  - port: 80\n    targetPort: 80',
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: nginx\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: nginx\n  template:\n    metadata:\n'
      + '      labels:\n        app: nginx\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:latest',
  ].join('\n---\n');

  it('pasted YAML without `test`: the lookups and the request run from kubectl run test; HEADLESS looks up nothing', async () => {
    const handle = createMainThreadHandler();
    const r = await handle('build', { revision: 1, recipe: { source: article1, nodes: 3, actions: [], kubernetesVersion: '1.35' }, views });
    expect(r.diagnostics).toEqual([]);
    expect(r.cluster.pods.find((p) => p.name === 'test')?.kubectlRun).toEqual({ namespace: 'default', name: 'test', image: 'busybox' });
    const vip = r.cluster.services.find((s) => s.name === 'web-service')?.clusterIP;
    expect(r.views.dns[0]).toMatchObject({ status: 'ok', answers: [{ type: 'A', data: vip }] });
    expect(r.views.dns[1]).toBeNull();
    expect(r.views.resolvConf.status).toBe('ok');
    const sent = await handle('send', { revision: 1, request: { from: 'default/test', url: 'web-service', seed: 1 }, count: 1 });
    expect(sent).toMatchObject({ trace: { outcome: 'delivered' } });
  });

  it('builds under the recipe\'s Kubernetes minor: the API server of that minor warns, and another minor is another cluster', async () => {
    const handle = createMainThreadHandler();
    const endpoints = 'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\nsubsets:\n- addresses:\n  - ip: 10.0.0.5\n  ports:\n  - port: 3306\n';
    const at = (revision: number, kubernetesVersion: ClusterRecipe['kubernetesVersion']) =>
      handle('build', { revision, recipe: { source: endpoints, nodes: 3, actions: [], kubernetesVersion }, views });
    const old = await at(1, '1.33');
    expect(old.diagnostics.filter((d) => d.code === 'api-warning').map((d) => d.message))
      .toEqual(['Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice']);
    expect((await at(2, '1.33')).cluster).toBe(old.cluster);
    expect((await at(3, '1.37')).cluster).not.toBe(old.cluster);
  });

  it('actions are applied before the warnings: they describe the cluster on screen', async () => {
    const handle = createMainThreadHandler();
    const mixed = findScenario('mysql-mixed')!.source;
    const label = (name: string) => ({ type: 'labelPod' as const, namespace: 'default', name, key: 'role', value: 'replica' });
    const before = await handle('build', { revision: 1, recipe: { source: mixed, nodes: 3, actions: [], kubernetesVersion: '1.35' }, views });
    expect(before.diagnostics.map((d) => d.code)).toContain('selector-matches-nothing');
    const after = await handle('build', { revision: 2, recipe: { source: mixed, nodes: 3, actions: [label('mysql-1'), label('mysql-2')], kubernetesVersion: '1.35' }, views });
    expect(after.diagnostics.map((d) => d.code)).not.toContain('selector-matches-nothing');
  });
});
