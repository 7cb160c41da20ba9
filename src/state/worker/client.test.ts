import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { defaultScenario } from '../../scenarios';
import { createCoreClient, Overrun, StaleReply } from './client';
import type { CoreHandler } from './handle';
import { createMainThreadHandler } from './main-thread-handler';
import type { ClusterRecipe, ViewsRequest, WorkerEnvelope, WorkerReply } from './protocol';
import { toWire, type WireMessage } from './wire';

/** A Worker stand-in: records messages; the test answers them. */
class FakeWorker {
  onmessage: ((e: MessageEvent<WireMessage>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  sent: WorkerEnvelope[] = [];
  terminated = false;
  postMessage(m: WorkerEnvelope) {
    this.sent.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  reply(n: number, result: unknown) {
    const { id, command } = this.sent[n]!;
    this.onmessage?.({ data: { kind: 'reply', reply: { id, command, ok: true, result } } } as MessageEvent<WireMessage>);
  }
}

const recipe = (source: string): ClusterRecipe => ({ source, nodes: 3, actions: [], kubernetesVersion: '1.35' });
const views: ViewsRequest = { client: 'default/test', names: null, tool: 'nslookup', node: null, seed: 1 };
const build = (source: string) => ({ recipe: recipe(source), views });
const fake = () => {
  const w = new FakeWorker();
  return { w, client: createCoreClient({ createWorker: () => w as unknown as Worker }) };
};

describe('createCoreClient', () => {
  it('resolves a reply by id, with the revision it chose for the cluster', async () => {
    const { w, client } = fake();
    const p = client.build(build('a'));
    expect(w.sent[0]).toEqual({ id: 1, command: 'build', input: { revision: 1, ...build('a') } });
    w.reply(0, { ok: 1 });
    await expect(p).resolves.toEqual({ ok: 1, revision: 1 });
    expect(client.mode).toBe('worker');
  });

  it('drops the reply of a request a newer one for the same command replaced', async () => {
    const { w, client } = fake();
    const first = client.build(build('a'));
    const second = client.build(build('ab'));
    const other = client.views({ revision: 2, views });
    await expect(first).rejects.toBeInstanceOf(StaleReply);
    w.reply(0, { late: true }); // ignored
    w.reply(1, { fresh: true });
    w.reply(2, { other: true });
    await expect(second).resolves.toEqual({ fresh: true, revision: 2 });
    await expect(other).resolves.toEqual({ other: true });
  });

  it('acts on replies in the order they came: a small one does not overtake a build still being parsed', async () => {
    // Tasks as the browser's scheduler.yield gives them (Node has none: its replies would be read in microtasks).
    vi.stubGlobal('scheduler', { yield: () => new Promise<void>((resolve) => setTimeout(resolve, 0)) });
    onTestFinished(() => void vi.unstubAllGlobals());
    const { w, client } = fake();
    const built = client.build(build('a'));
    const other = client.views({ revision: 1, views });
    const order: string[] = [];
    void built.then(() => order.push('build'));
    void other.then(() => order.push('views'));
    // A build travels as bytes the page parses over tasks of its own (wire.ts); the views reply is ready at once.
    const reply = { id: w.sent[0]!.id, command: 'build', ok: true, result: { cluster: { services: [] }, views: { dns: [] } } };
    w.onmessage?.({ data: toWire(reply as unknown as WorkerReply) } as MessageEvent<WireMessage>);
    w.reply(1, { other: true });
    await Promise.all([built, other]);
    expect(order).toEqual(['build', 'views']);
  });

  it('sends later commands the revision only; a fresh worker that does not know it is sent the recipe once', async () => {
    vi.useFakeTimers();
    const workers: FakeWorker[] = [];
    const client = createCoreClient({ timeoutMs: 2000, bootTimeoutMs: 2000, createWorker: () => (workers.push(new FakeWorker()), workers.at(-1) as unknown as Worker) });
    const built = client.build(build('good'));
    workers[0]!.reply(0, { cluster: 'c' });
    const { revision } = await built;
    const sent = client.send({ revision, request: { from: 'default/test', url: 'web', seed: 1 }, count: 1 });
    expect(workers[0]!.sent[1]!.input).toEqual({ revision, recipe: undefined, request: { from: 'default/test', url: 'web', seed: 1 }, count: 1 });
    workers[0]!.reply(1, { trace: null });
    await expect(sent).resolves.toEqual({ trace: null });
    // A huge text overruns: the worker and every cluster it held are gone.
    const huge = client.build(build('huge')).catch((e) => e);
    vi.advanceTimersByTime(2001);
    expect(await huge).toBeInstanceOf(Overrun);
    const shown = client.views({ revision, views });
    const w = workers[1]!;
    expect(w.sent[0]!.input).toEqual({ revision, recipe: undefined, views });
    w.reply(0, { unknownRevision: revision });
    await vi.waitFor(() => expect(w.sent).toHaveLength(2));
    expect(w.sent[1]).toMatchObject({ command: 'views', input: { revision, recipe: recipe('good'), views } });
    w.reply(1, { dns: 'printed' });
    await expect(shown).resolves.toEqual({ dns: 'printed' });
    vi.useRealTimers();
  });

  it('terminates an overrunning worker and starts a new one for the next request', async () => {
    vi.useFakeTimers();
    const workers: FakeWorker[] = [];
    const client = createCoreClient({ timeoutMs: 2000, bootTimeoutMs: 5000, createWorker: () => (workers.push(new FakeWorker()), workers.at(-1) as unknown as Worker) });
    // The first request may take the boot allowance (the worker loads its script).
    const first = client.build(build('a'));
    vi.advanceTimersByTime(4000);
    workers[0]!.reply(0, { booted: true });
    await expect(first).resolves.toEqual({ booted: true, revision: 1 });
    const slow = client.build(build('huge'));
    const caught = slow.catch((e) => e);
    vi.advanceTimersByTime(2001);
    expect(await caught).toBeInstanceOf(Overrun);
    expect(workers[0]!.terminated).toBe(true);
    const next = client.build(build('small'));
    expect(workers).toHaveLength(2);
    workers[1]!.reply(0, { ok: true });
    await expect(next).resolves.toEqual({ ok: true, revision: 3 });
    vi.useRealTimers();
  });

  it('falls back to the main thread where no worker can be made', async () => {
    const real = createMainThreadHandler();
    const ran: string[] = [];
    const handle: CoreHandler = (command, input) => (ran.push(command), real(command, input));
    const client = createCoreClient({ createWorker: () => null, loadHandler: async () => handle });
    const r = await client.build(build(defaultScenario.source));
    expect(r.cluster.services.map((s) => s.name)).toContain('web-service');
    await expect(client.views({ revision: r.revision, views })).resolves.toEqual(r.views);
    expect(client.mode).toBe('main-thread');
    expect(ran).toEqual(['build', 'views']);
  });

  it('a worker whose script fails to load: what waited for it runs on the main thread at once', async () => {
    const w = new FakeWorker();
    const client = createCoreClient({ createWorker: () => w as unknown as Worker, loadHandler: async () => createMainThreadHandler() });
    const built = client.build(build(defaultScenario.source));
    w.onerror?.(new Event('error') as ErrorEvent);
    const r = await built;
    expect(r.cluster.services.map((s) => s.name)).toContain('web-service');
    expect(w.terminated).toBe(true);
    expect(client.mode).toBe('main-thread');
    await expect(client.views({ revision: r.revision, views })).resolves.toEqual(r.views);
    expect(w.sent).toHaveLength(1);
  });

  it('a worker that fails after it has answered: the request it held fails, later ones run on the main thread', async () => {
    const w = new FakeWorker();
    const ran: string[] = [];
    const real = createMainThreadHandler();
    const client = createCoreClient({ createWorker: () => w as unknown as Worker, loadHandler: async () => (command, input) => (ran.push(command), real(command, input)) });
    const first = client.build(build('a'));
    w.reply(0, { ok: true });
    await first;
    const hostile = client.build(build('hostile'));
    w.onerror?.({ message: 'out of memory' } as ErrorEvent);
    await expect(hostile).rejects.toThrow('Worker error: out of memory');
    expect(ran).toEqual([]);
    await expect(client.build(build(defaultScenario.source))).resolves.toMatchObject({ diagnostics: [{ code: 'mysql-password-missing' }] });
    expect(ran).toEqual(['build']);
  });

  it('on the main thread too, a superseded request is dropped', async () => {
    const client = createCoreClient({ createWorker: () => null, loadHandler: async () => createMainThreadHandler() });
    const a = client.build(build('a'));
    const b = client.build(build(defaultScenario.source));
    await expect(a).rejects.toBeInstanceOf(StaleReply);
    await expect(b).resolves.toMatchObject({ revision: 2, diagnostics: [{ code: 'mysql-password-missing' }] });
  });
});
