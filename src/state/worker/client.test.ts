import { describe, expect, it, vi } from 'vitest';
import { createCoreClient, Overrun, StaleReply } from './client';
import type { WorkerEnvelope, WorkerReply, WorkerRequest } from './protocol';

/** A Worker stand-in: records messages; the test answers them. */
class FakeWorker {
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  sent: WorkerEnvelope[] = [];
  terminated = false;
  postMessage(m: WorkerEnvelope) {
    this.sent.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  reply(id: number, result: unknown) {
    this.onmessage?.({ data: { id, ok: true, result } } as MessageEvent<WorkerReply>);
  }
}

const build = (source: string): WorkerRequest => ({ op: 'build', input: { source, nodes: 3, actions: [] } });

describe('createCoreClient', () => {
  it('resolves a reply by id', async () => {
    const w = new FakeWorker();
    const client = createCoreClient({ createWorker: () => w as unknown as Worker });
    const p = client.call('build', build('a'));
    w.reply(w.sent[0]!.id, { ok: 1 });
    await expect(p).resolves.toEqual({ ok: 1 });
    expect(client.mode).toBe('worker');
  });

  it('drops the reply of a request a newer one on the same channel replaced', async () => {
    const w = new FakeWorker();
    const client = createCoreClient({ createWorker: () => w as unknown as Worker });
    const first = client.call('build', build('a'));
    const second = client.call('build', build('ab'));
    const other = client.call('views', build('x'));
    await expect(first).rejects.toBeInstanceOf(StaleReply);
    w.reply(w.sent[0]!.id, 'late'); // ignored
    w.reply(w.sent[1]!.id, 'fresh');
    w.reply(w.sent[2]!.id, 'other channel');
    await expect(second).resolves.toBe('fresh');
    await expect(other).resolves.toBe('other channel');
  });

  it('terminates an overrunning worker and starts a new one for the next request', async () => {
    vi.useFakeTimers();
    const workers: FakeWorker[] = [];
    const client = createCoreClient({ timeoutMs: 2000, bootTimeoutMs: 5000, createWorker: () => (workers.push(new FakeWorker()), workers.at(-1) as unknown as Worker) });
    // The first request may take the boot allowance (the worker loads its script).
    const first = client.call('build', build('a'));
    vi.advanceTimersByTime(4000);
    workers[0]!.reply(workers[0]!.sent[0]!.id, 'booted');
    await expect(first).resolves.toBe('booted');
    const slow = client.call('build', build('huge'));
    const caught = slow.catch((e) => e);
    vi.advanceTimersByTime(2001);
    expect(await caught).toBeInstanceOf(Overrun);
    expect(workers[0]!.terminated).toBe(true);
    const next = client.call('build', build('small'));
    expect(workers).toHaveLength(2);
    workers[1]!.reply(workers[1]!.sent[0]!.id, 'ok');
    await expect(next).resolves.toBe('ok');
    vi.useRealTimers();
  });

  it('falls back to the main thread where no worker can be made', async () => {
    const handle = vi.fn((req: WorkerRequest) => ({ echoed: req.op }));
    const client = createCoreClient({ createWorker: () => null, loadHandler: async () => handle });
    await expect(client.call('build', build('a'))).resolves.toEqual({ echoed: 'build' });
    expect(client.mode).toBe('main-thread');
    expect(handle).toHaveBeenCalledTimes(1);
  });

  it('on the main thread too, a superseded request is dropped', async () => {
    const client = createCoreClient({ createWorker: () => null, loadHandler: async () => (req: WorkerRequest) => req.op });
    const a = client.call('build', build('a'));
    const b = client.call('build', build('b'));
    await expect(a).rejects.toBeInstanceOf(StaleReply);
    await expect(b).resolves.toBe('build');
  });
});
