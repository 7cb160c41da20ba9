// Why requests stick or spread: the client kind (a busybox wget process per request, or a long-running app
// with a DNS cache and kept-alive connections) and the simulated clock the learner moves on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyActions } from '../model/actions';
import { SEED_CLIENT } from '../model/defaults';
import { loadCluster } from '../model/load';
import type { Cluster } from '../model/types';
import { clientBehaviour } from './client-kind';
import { sendRequest } from './send';
import { sendRequests } from './send-many';
import type { ClientState, RequestOptions } from './types';

const scenario = (name: string): Cluster =>
  loadCluster(readFileSync(new URL(`../../scenarios/${name}.yaml`, import.meta.url), 'utf8'), { run: [SEED_CLIENT] }).cluster;
const seed = scenario('default');
const MYSQL = ['default/mysql-0', 'default/mysql-1', 'default/mysql-2'];

describe('clientBehaviour', () => {
  it.each([
    { name: 'busybox wget: a new process per request, whatever is asked', opts: { client: 'busybox-wget', keepAlive: true, dnsCache: true, headlessStrategy: 'random' }, want: { dnsCache: false, keepAlive: false, headlessStrategy: 'first' } },
    { name: 'a long-running app caches and keeps alive by default', opts: { client: 'app' }, want: { dnsCache: true, keepAlive: true, headlessStrategy: 'first' } },
    { name: 'an app without a connection pool', opts: { client: 'app', keepAlive: false, headlessStrategy: 'round-robin' }, want: { dnsCache: true, keepAlive: false, headlessStrategy: 'round-robin' } },
    { name: 'no kind: the options as given', opts: {}, want: { dnsCache: true, keepAlive: false, headlessStrategy: 'first' } },
  ] satisfies Array<{ name: string; opts: RequestOptions; want: unknown }>)('$name', ({ opts, want }) => {
    expect(clientBehaviour(opts)).toEqual(want);
  });
});

describe('×10 to a headless Service', () => {
  const ten = (options: RequestOptions) =>
    sendRequests(seed, { from: 'default/test', url: 'mysql-headless:3306', seed: 11, options }, 10, { keepTraces: 10 });

  it('busybox wget asks CoreDNS every time, and loadbalance spreads the first address', () => {
    const r = ten({ client: 'busybox-wget' });
    expect(r.traces.every((t) => t.hops[0]?.kind === 'dns-query')).toBe(true);
    expect(Object.keys(r.counts).length).toBeGreaterThan(1);
    const many = sendRequests(seed, { from: 'default/test', url: 'mysql-headless:3306', seed: 11, options: { client: 'busybox-wget' } }, 3000);
    expect(Object.keys(many.counts)).toEqual(MYSQL);
    for (const n of Object.values(many.counts)) expect(n).toBeGreaterThan(900);
  });

  it('a long-running app sticks to one Pod: cached answer, then the kept-alive connection', () => {
    const r = ten({ client: 'app' });
    expect(Object.values(r.counts)).toEqual([10]);
    expect(r.traces[0]!.hops[0]!.kind).toBe('dns-query');
    expect(r.traces[1]!.hops.map((h) => h.kind)).toEqual(['conntrack-hit', 'deliver']);
    const noPool = ten({ client: 'app', keepAlive: false });
    expect(Object.values(noPool.counts)).toEqual([10]);
    expect(noPool.traces[1]!.hops[0]!.kind).toBe('dns-cache-hit');
  });
});

describe('advancing the clock', () => {
  const send = (c: Cluster, state: ClientState | undefined, options: RequestOptions, url = 'mysql-headless:3306') =>
    sendRequest(c, { from: 'default/test', url, seed: 3, state, options });

  it.each([
    { name: 'within the TTL the app uses its cached answer', wait: 20, want: 'dns-cache-hit' },
    { name: 'past the DNS TTL (30 s) the app asks CoreDNS again', wait: 31, want: 'dns-query' },
  ])('$name', ({ wait, want }) => {
    const options: RequestOptions = { client: 'app', keepAlive: false };
    const first = send(seed, undefined, options);
    expect(first.trace.hops[0]!.kind).toBe('dns-query');
    const later = applyActions(seed, [{ type: 'advanceClock', seconds: wait }]).cluster;
    expect(send(later, first.state, options).trace.hops[0]!.kind).toBe(want);
  });

  it.each([
    { name: 'an idle kept-alive connection is reused within 90 s', wait: 60, want: ['conntrack-hit', 'deliver'] },
    { name: 'past 90 s idle the app opens a new connection', wait: 120, want: ['reset', 'dns-query'] },
  ])('$name', ({ wait, want }) => {
    const options: RequestOptions = { client: 'app' };
    const first = send(seed, undefined, options, 'http://web-service/');
    const later = applyActions(seed, [{ type: 'advanceClock', seconds: wait }]).cluster;
    expect(send(later, first.state, options, 'http://web-service/').trace.hops.slice(0, 2).map((h) => h.kind)).toEqual(want);
  });

  it('sessionAffinity ClientIP holds for timeoutSeconds (10800) and lets go after it', () => {
    const affinity = scenario('session-affinity');
    const client = affinity.pods.find((p) => !p.system && !p.owner)!;
    const from = `${client.namespace}/${client.name}`;
    const options: RequestOptions = { client: 'busybox-wget' };
    const r = sendRequests(affinity, { from, url: 'http://my-service/', seed: 2, options }, 50);
    expect(Object.values(r.counts)).toEqual([50]);
    const pinned = Object.keys(r.counts)[0];
    // Just within the timeout the choice is still the remembered one; past it, kube-proxy's rules pick afresh.
    const within = sendRequests(applyActions(affinity, [{ type: 'advanceClock', seconds: 10_799 }]).cluster, { from, url: 'http://my-service/', state: r.state, options }, 1, { keepTraces: 1 });
    expect(Object.keys(within.counts)).toEqual([pinned]);
    expect(within.traces[0]!.hops.find((h) => h.kind === 'dnat')?.detail).toMatchObject({ choice: 'affinity' });
    const past = sendRequests(applyActions(affinity, [{ type: 'advanceClock', seconds: 10_801 }]).cluster, { from, url: 'http://my-service/', state: r.state, options }, 1, { keepTraces: 1 });
    expect(past.traces[0]!.hops.find((h) => h.kind === 'dnat')?.detail).not.toMatchObject({ choice: 'affinity' });
  });
});
