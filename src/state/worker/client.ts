// Promises over the core worker (docs/architecture.md, The worker owns the cluster; after excalidraw's subset-main.ts):
// - every request carries an id; a reply for a request that a newer one for the same command replaced is
//   dropped (its promise rejects with StaleReply, which callers ignore);
// - a request that runs longer than `timeoutMs` terminates the worker (a hostile document must never freeze
//   the page); the next request starts a fresh one, which holds no cluster: asked about a revision it does not
//   know, it is sent the recipe this client kept, and rebuilds it;
// - where Worker is unavailable (old browsers, some test runners), or its script fails to load (a flaky network,
//   a policy that blocks it), the same handler runs on the main thread; the requests that were waiting for the
//   worker run there at once, so the first build never waits for a next edit.
import { takeEarlyWorker } from './early-worker';
import type { CoreHandler } from './handle';
import { fromWire, idOf, type WireMessage } from './wire';
import type {
  BuildResult, ClusterRecipe, CommandInput, CommandOutput, CoreCommand, Revision, ScaleResult, SendResult, ShellRunResult,
  UnknownRevision, ViewsResult, WorkerEnvelope, WorkerReply,
} from './protocol';

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

/** A command on a kept cluster, as the store asks it: the client adds the recipe when the core needs it. */
type ClusterInput<K extends 'views' | 'send' | 'scale' | 'shell'> = Omit<CommandInput<K>, 'recipe'>;

export interface CoreClient {
  /** Builds a cluster and prints its terminals; the reply names the revision later commands use. */
  build(input: Omit<CommandInput<'build'>, 'revision'>): Promise<BuildResult & { revision: Revision }>;
  views(input: ClusterInput<'views'>): Promise<ViewsResult>;
  send(input: ClusterInput<'send'>): Promise<SendResult>;
  scale(input: ClusterInput<'scale'>): Promise<ScaleResult>;
  shell(input: ClusterInput<'shell'>): Promise<ShellRunResult>;
  /** A file's text for the editor, a `kind: List` unpacked (parsed in the worker). */
  importText(input: CommandInput<'importText'>): Promise<CommandOutput<'importText'>>;
  checkLesson(input: CommandInput<'checkLesson'>): Promise<CommandOutput<'checkLesson'>>;
  encodeShare(input: CommandInput<'encodeShare'>): Promise<CommandOutput<'encodeShare'>>;
  /** 'worker' or 'main-thread': where the core runs now. */
  readonly mode: 'worker' | 'main-thread';
  dispose(): void;
}

interface Pending {
  command: CoreCommand;
  settle: (reply: WorkerReply) => void;
  reject: (e: Error) => void;
  timer: ReturnType<typeof setTimeout>;
  /** Runs this request on the main thread instead, settling the same promise. */
  runHere: () => void;
}

export interface CoreClientOptions {
  timeoutMs?: number;
  /** Allowance for the first request, which includes loading the worker's script. Default 10 s. */
  bootTimeoutMs?: number;
  /** Returns a Worker, or null where none can be made. */
  createWorker?: () => Worker | null;
  /** The main-thread fallback; loaded lazily so the core stays out of the first bundle. */
  loadHandler?: () => Promise<CoreHandler>;
}

const defaultWorker = (): Worker | null => {
  if (typeof Worker === 'undefined') return null;
  try {
    return takeEarlyWorker() ?? new Worker(new URL('./core.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
};

const defaultHandler = async () => (await import('./main-thread-handler')).createMainThreadHandler();

/** The reply is to a request for `command`: its result is that command's output (the worker runs the same map). */
const answers = <K extends CoreCommand>(reply: WorkerReply & { ok: true }, command: K): reply is typeof reply & { result: CommandOutput<K> } =>
  reply.command === command;

/**
 * Resolves in a new task where the browser offers one (Chromium's `scheduler.yield`), in a microtask elsewhere.
 * Taking a large reply in (a 5,000-Service cluster, wire.ts) is one task's work; what the page then does with it
 * (the store, React's render of the graph) is the next one's, so neither holds the page alone for long.
 */
function nextTask(): Promise<void> {
  const scheduler: unknown = Reflect.get(globalThis, 'scheduler');
  const yieldTask: unknown = typeof scheduler === 'object' && scheduler !== null ? Reflect.get(scheduler, 'yield') : undefined;
  return typeof yieldTask === 'function' ? Promise.resolve(yieldTask.call(scheduler)).then(() => undefined) : Promise.resolve();
}

/** Recipes of the revisions the store may still name, most recently used last. */
const RECIPES_KEPT = 8;

export function createCoreClient(options: CoreClientOptions = {}): CoreClient {
  // The core's input limits bound every text it accepts; this budget only stops a runaway. The largest accepted
  // scenario (5,000 documents: thousands of Services, megabytes of iptables-save) takes 2–4 s to build on a busy
  // laptop, more on a phone, and must not be stopped as if it were hostile.
  const timeoutMs = options.timeoutMs ?? 10_000;
  const createWorker = options.createWorker ?? defaultWorker;
  const loadHandler = options.loadHandler ?? defaultHandler;
  let worker: Worker | null = null;
  let workerFailed = false;
  let handler: Promise<CoreHandler> | undefined;
  /** The worker has answered once: its script is loaded, so from now on a slow reply is slow work. */
  let booted = false;
  /** The replies being read, in the order they came. */
  let inbox: Promise<void> = Promise.resolve();
  const bootTimeoutMs = Math.max(timeoutMs, options.bootTimeoutMs ?? 10_000);
  let nextId = 1;
  let nextRevision = 1;
  const latest = new Map<CoreCommand, number>();
  const pending = new Map<number, Pending>();
  const recipes = new Map<Revision, ClusterRecipe>();

  function remember(revision: Revision, recipe: ClusterRecipe) {
    recipes.delete(revision);
    recipes.set(revision, recipe);
    for (const old of recipes.keys()) {
      if (recipes.size <= RECIPES_KEPT) break;
      recipes.delete(old);
    }
  }

  function onMessage(reply: WorkerReply) {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    clearTimeout(p.timer);
    if (latest.get(p.command) !== reply.id) p.reject(new StaleReply());
    else p.settle(reply);
  }

  function ensureWorker(): Worker | null {
    if (worker || workerFailed) return worker;
    worker = createWorker();
    if (!worker) {
      workerFailed = true;
      return null;
    }
    worker.onmessage = (e: MessageEvent<WireMessage>) => {
      booted = true;
      const message = e.data;
      // The reply is in: a slow page from here on is not the worker overrunning.
      const p = pending.get(idOf(message));
      if (p) clearTimeout(p.timer);
      // Parsing a cluster's JSON, its terminals' and acting on the reply: one task each. Replies are acted on in the
      // order they came: a small one after a build (a send, the views) must not overtake the build's parsing.
      inbox = inbox.then(async () => {
        await nextTask();
        const reply = await fromWire(message, nextTask);
        await nextTask();
        onMessage(reply);
      });
    };
    worker.onerror = (e) => {
      e.preventDefault?.();
      // Any worker error ends the worker for good. One that never answered could not load its script: what
      // waits for it runs on the main thread now. One that had answered failed on some input; running that
      // input again here could freeze the page, so its requests fail instead.
      const failedToStart = !booted;
      workerFailed = true;
      if (failedToStart) {
        const waiting = [...pending.values()];
        restart(null);
        for (const p of waiting) p.runHere();
      } else {
        restart(new Error(`Worker error: ${e.message || 'failed'}`));
      }
    };
    return worker;
  }

  /** Ends the worker; the requests waiting for it are rejected with `error`, or left to the caller when null. */
  function restart(error: Error | null) {
    worker?.terminate();
    worker = null;
    booted = false;
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      pending.delete(id);
      if (error) p.reject(error);
    }
  }

  function runOnMainThread<K extends CoreCommand>(command: K, id: number, input: CommandInput<K>): Promise<CommandOutput<K>> {
    handler ??= loadHandler();
    return handler.then(async (handle) => {
      if (latest.get(command) !== id) throw new StaleReply();
      const result = await handle(command, input);
      if (latest.get(command) !== id) throw new StaleReply();
      return result;
    });
  }

  /** One request on the wire (or on the main thread); a newer request for the same command supersedes it. */
  function request<K extends CoreCommand>(command: K, input: CommandInput<K>): Promise<CommandOutput<K>> {
    const id = nextId++;
    latest.set(command, id);
    // Older requests for this command are now stale: reject them at once so callers stop waiting.
    for (const [oldId, p] of pending) {
      if (p.command === command && oldId !== id) {
        clearTimeout(p.timer);
        pending.delete(oldId);
        p.reject(new StaleReply());
      }
    }
    const w = ensureWorker();
    if (!w) return runOnMainThread(command, id, input);
    return new Promise<CommandOutput<K>>((resolve, reject) => {
      const limit = booted ? timeoutMs : bootTimeoutMs;
      const timer = setTimeout(() => restart(new Overrun(limit)), limit);
      const settle = (reply: WorkerReply) => {
        if (!reply.ok) reject(new Error(reply.error));
        else if (answers(reply, command)) resolve(reply.result);
        else reject(new Error(`Internal error: a ${reply.command} reply to a ${command} request`));
      };
      const runHere = () => void runOnMainThread(command, id, input).then(resolve, reject);
      pending.set(id, { command, settle, reject, timer, runHere });
      const envelope: WorkerEnvelope<K> = { id, command, input };
      w.postMessage(envelope);
    });
  }

  /** Asks about a kept cluster; a core that does not know the revision is asked again, with its recipe. */
  async function onCluster<T extends object>(revision: Revision, ask: (recipe?: ClusterRecipe) => Promise<T | UnknownRevision>): Promise<T> {
    const recipe = recipes.get(revision);
    if (recipe) remember(revision, recipe);
    const first = await ask();
    if (!('unknownRevision' in first)) return first;
    if (!recipe) throw new Error(`Internal error: the recipe of revision ${revision} is gone`);
    const again = await ask(recipe);
    if (!('unknownRevision' in again)) return again;
    throw new Error(`Internal error: revision ${revision} was not rebuilt`);
  }

  return {
    get mode() {
      return workerFailed ? 'main-thread' : 'worker';
    },
    async build(input) {
      const revision = nextRevision++;
      remember(revision, input.recipe);
      try {
        return { ...(await request('build', { ...input, revision })), revision };
      } catch (e) {
        // The store never saw this revision, so nothing will name it.
        recipes.delete(revision);
        throw e;
      }
    },
    views: (input) => onCluster(input.revision, (recipe) => request('views', { ...input, recipe })),
    send: (input) => onCluster(input.revision, (recipe) => request('send', { ...input, recipe })),
    scale: (input) => onCluster(input.revision, (recipe) => request('scale', { ...input, recipe })),
    shell: (input) => onCluster(input.revision, (recipe) => request('shell', { ...input, recipe })),
    importText: (input) => request('importText', input),
    checkLesson: (input) => request('checkLesson', input),
    encodeShare: (input) => request('encodeShare', input),
    dispose() {
      restart(new Error('disposed'));
    },
  };
}
