// Promises over the core worker (STYLE.md, Web Worker boundary; after excalidraw's subset-main.ts):
// - every request carries an id and a channel; a reply for a request that a newer one on the same channel
//   replaced is dropped (its promise rejects with StaleReply, which callers ignore);
// - a request that runs longer than `timeoutMs` terminates the worker (a hostile document must never freeze
//   the page); the next request starts a fresh one;
// - where Worker is unavailable (old browsers, some test runners) the same handler runs on the main thread.
import type { WorkerEnvelope, WorkerReply, WorkerRequest, WorkerResult } from './protocol';

export class StaleReply extends Error {
  constructor() {
    super('superseded by a newer request');
  }
}

export class Overrun extends Error {
  constructor(ms: number) {
    super(`The simulation took longer than ${ms / 1000} s and was stopped.`);
  }
}

export interface CoreClient {
  call<R extends WorkerRequest>(channel: string, request: R): Promise<WorkerResult<R>>;
  /** 'worker' or 'main-thread': where the core runs now. */
  readonly mode: 'worker' | 'main-thread';
  dispose(): void;
}

interface Pending {
  channel: string;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export interface CoreClientOptions {
  timeoutMs?: number;
  /** Allowance for the first request, which includes loading the worker's script. Default 10 s. */
  bootTimeoutMs?: number;
  /** Returns a Worker, or null where none can be made. */
  createWorker?: () => Worker | null;
  /** The main-thread fallback; loaded lazily so the core stays out of the first bundle. */
  loadHandler?: () => Promise<(req: WorkerRequest) => unknown>;
}

const defaultWorker = (): Worker | null => {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./core.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
};

const defaultHandler = async () => (await import('./handle')).handle;

export function createCoreClient(options: CoreClientOptions = {}): CoreClient {
  const timeoutMs = options.timeoutMs ?? 2000;
  const createWorker = options.createWorker ?? defaultWorker;
  const loadHandler = options.loadHandler ?? defaultHandler;
  let worker: Worker | null = null;
  let workerFailed = false;
  /** The worker has answered once: its script is loaded, so from now on a slow reply is slow work. */
  let booted = false;
  const bootTimeoutMs = Math.max(timeoutMs, options.bootTimeoutMs ?? 10_000);
  let nextId = 1;
  const latest = new Map<string, number>();
  const pending = new Map<number, Pending>();

  function settle(reply: WorkerReply) {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    clearTimeout(p.timer);
    if (latest.get(p.channel) !== reply.id) p.reject(new StaleReply());
    else if (reply.ok) p.resolve(reply.result);
    else p.reject(new Error(reply.error));
  }

  function ensureWorker(): Worker | null {
    if (worker || workerFailed) return worker;
    worker = createWorker();
    if (!worker) {
      workerFailed = true;
      return null;
    }
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      booted = true;
      settle(e.data);
    };
    worker.onerror = (e) => {
      // A worker that cannot even start (e.g. blocked by policy): fall back for good.
      e.preventDefault?.();
      restart(new Error(`Worker error: ${e.message || 'failed to start'}`));
      workerFailed = true;
    };
    return worker;
  }

  function restart(error: Error) {
    worker?.terminate();
    worker = null;
    booted = false;
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      pending.delete(id);
      p.reject(error);
    }
  }

  const client: CoreClient = {
    get mode() {
      return workerFailed ? 'main-thread' : 'worker';
    },
    call<R extends WorkerRequest>(channel: string, request: R): Promise<WorkerResult<R>> {
      const id = nextId++;
      latest.set(channel, id);
      // Older requests on this channel are now stale: reject them at once so callers stop waiting.
      for (const [oldId, p] of pending) {
        if (p.channel === channel && oldId !== id) {
          clearTimeout(p.timer);
          pending.delete(oldId);
          p.reject(new StaleReply());
        }
      }
      const w = ensureWorker();
      if (!w) {
        return loadHandler().then((handle) => {
          if (latest.get(channel) !== id) throw new StaleReply();
          const result = handle(request) as WorkerResult<R>;
          if (latest.get(channel) !== id) throw new StaleReply();
          return result;
        });
      }
      return new Promise<WorkerResult<R>>((resolve, reject) => {
        const limit = booted ? timeoutMs : bootTimeoutMs;
        const timer = setTimeout(() => restart(new Overrun(limit)), limit);
        pending.set(id, { channel, resolve: resolve as (v: unknown) => void, reject, timer });
        const envelope: WorkerEnvelope = { id, channel, request };
        w.postMessage(envelope);
      });
    },
    dispose() {
      restart(new Error('disposed'));
    },
  };
  return client;
}
