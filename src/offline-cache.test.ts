// The build's service worker (scripts/offline-cache.ts), run in a stand-in for the browser's worker scope
// across three deployments: offline visits, an update picked up on the next visit, and an open page of the
// previous build that still loads its lazy files.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { serviceWorkerSource } from '../scripts/offline-cache';

const SCOPE = 'https://playground.example/app/';

type Files = Record<string, string>;

/** CacheStorage as the worker sees it, shared by every version of the worker (keys are absolute URLs). */
class FakeCaches {
  readonly stores = new Map<string, Map<string, Response>>();
  constructor(private readonly network: () => Files | null) {}
  async open(name: string) {
    let store = this.stores.get(name);
    if (!store) this.stores.set(name, (store = new Map()));
    const s = store;
    const url = (r: { url: string } | string) => new URL(typeof r === 'string' ? r : r.url, SCOPE).href;
    return {
      addAll: async (requests: { url: string }[]) => {
        for (const r of requests) s.set(url(r), await fetchFrom(this.network(), url(r)));
      },
      match: async (r: { url: string } | string) => s.get(url(r))?.clone(),
      put: async (r: string, response: Response) => void s.set(url(r), response),
    };
  }
  async match(r: { url: string }) {
    for (const store of this.stores.values()) {
      const hit = store.get(r.url);
      if (hit) return hit.clone();
    }
    return undefined;
  }
  async keys() {
    return [...this.stores.keys()];
  }
  async delete(name: string) {
    return this.stores.delete(name);
  }
}

async function fetchFrom(files: Files | null, url: string): Promise<Response> {
  if (files === null) throw new TypeError('Failed to fetch (offline)');
  const path = url.slice(SCOPE.length) || 'index.html';
  const body = files[path];
  return body === undefined ? new Response('not found', { status: 404 }) : new Response(body);
}

/** One version of the worker: runs its script, then its install and activate events. */
async function deploy(caches: FakeCaches, network: () => Files | null, version: string, files: Files) {
  const listeners: Record<string, (event: unknown) => void> = {};
  class FakeRequest {
    readonly url: string;
    readonly method = 'GET';
    readonly mode: string;
    constructor(url: string, init?: { mode?: string }) {
      this.url = new URL(url, SCOPE).href;
      this.mode = init?.mode ?? 'cors';
    }
  }
  const self = { registration: { scope: SCOPE }, addEventListener: (type: string, fn: (e: unknown) => void) => void (listeners[type] = fn), skipWaiting: async () => {} };
  runInNewContext(serviceWorkerSource(version, Object.keys(files)), {
    self,
    caches,
    Request: FakeRequest,
    Response,
    URL,
    Set,
    JSON,
    fetch: (r: { url: string }) => fetchFrom(network(), r.url),
  });
  for (const type of ['install', 'activate']) {
    const pending: Promise<unknown>[] = [];
    listeners[type]!({ waitUntil: (p: Promise<unknown>) => pending.push(p) });
    await Promise.all(pending);
  }
  /** What a page's request gets through this worker (undefined: the worker lets the browser fetch it). */
  return async (path: string, mode: 'navigate' | 'cors' = 'cors'): Promise<string | undefined> => {
    let answer: Promise<Response> | undefined;
    listeners.fetch!({ request: new FakeRequest(path, { mode }), respondWith: (p: Promise<Response>) => (answer = p) });
    return answer && (await answer).text();
  };
}

describe('the offline cache service worker', () => {
  it('serves each build whole: offline, after an update on the next visit, and an open page of the build before', async () => {
    let live: Files | null = { 'index.html': 'page A', 'assets/a.js': 'chunk A', 'assets/shared.js': 'shared' };
    const network = () => live;
    const caches = new FakeCaches(network);
    const a = await deploy(caches, network, 'A', live);

    live = null;
    expect(await a('?lang=zh-CN', 'navigate')).toBe('page A');
    expect(await a('assets/a.js')).toBe('chunk A');

    // Build B replaces a.js with b.js; its worker takes over at once.
    live = { 'index.html': 'page B', 'assets/b.js': 'chunk B', 'assets/shared.js': 'shared' };
    const b = await deploy(caches, network, 'B', live);
    expect(await b('', 'navigate')).toBe('page B');
    expect(await b('assets/b.js')).toBe('chunk B');
    // A page that build A served, still open, loads A's lazy chunk: gone from the server, kept in A's cache.
    expect(await b('assets/a.js')).toBe('chunk A');

    // Build C: A's files go, B's stay for B's open pages.
    live = { 'index.html': 'page C', 'assets/c.js': 'chunk C' };
    const c = await deploy(caches, network, 'C', live);
    expect((await caches.keys()).sort()).toEqual(['ksp-B', 'ksp-C', 'ksp-versions']);
    expect(await c('', 'navigate')).toBe('page C');
    expect(await c('assets/b.js')).toBe('chunk B');
    live = null;
    await expect(c('assets/a.js')).rejects.toThrow('offline');
  });

  it('leaves other origins, other pages and other methods to the browser', async () => {
    const live: Files = { 'index.html': 'page', 'robots.txt': 'robots' };
    const sw = await deploy(new FakeCaches(() => live), () => live, 'A', live);
    expect(await sw('https://elsewhere.example/x.js')).toBeUndefined();
    expect(await sw('docs/', 'navigate')).toBeUndefined();
    expect(await sw('robots.txt')).toBe('robots');
  });
});
