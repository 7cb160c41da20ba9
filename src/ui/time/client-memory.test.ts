import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyActions, loadCluster, SEED_CLIENT, sendRequests } from '../../core';
import { clientMemory, formatClock } from './client-memory';

const scenario = (name: string) => loadCluster(readFileSync(new URL(`../../scenarios/${name}.yaml`, import.meta.url), 'utf8'), { run: [SEED_CLIENT] }).cluster;

describe('clientMemory', () => {
  it('the app: its cached answer and connection, with the time left, on the clock moved on', () => {
    const c = scenario('default');
    const r = sendRequests(c, { from: 'default/test', url: 'mysql-headless:3306', seed: 1, options: { client: 'app' } }, 3);
    const m = clientMemory(r.state, c, 'default/test');
    expect(m.now).toBe(3);
    expect(m.answers).toEqual([{ name: 'mysql-headless', addresses: expect.any(Array), expiresIn: 27 }]);
    expect(m.connections).toEqual([{ target: 'mysql-headless:3306', pod: expect.stringMatching(/^default\/mysql-\d$/), idle: 1 }]);
    const later = clientMemory(r.state, applyActions(c, [{ type: 'advanceClock', seconds: 30 }]).cluster, 'test');
    expect(later.answers[0]?.expiresIn).toBe(-3);
    expect(later.connections[0]?.idle).toBe(31);
  });

  it('sessionAffinity: when the client node last saw this client', () => {
    const c = scenario('session-affinity');
    const client = c.pods.find((p) => !p.system && !p.owner)!;
    const from = `${client.namespace}/${client.name}`;
    const r = sendRequests(c, { from, url: 'http://my-service/', seed: 1, options: { client: 'busybox-wget' } }, 2);
    const m = clientMemory(r.state, applyActions(c, [{ type: 'advanceClock', seconds: 10_800 }]).cluster, from);
    expect(m.answers).toEqual([]);
    expect(m.affinity).toEqual([{ node: client.node, ago: 10_801 }]);
  });

  it.each([[0, '0:00:00'], [32, '0:00:32'], [10_831, '3:00:31'], [-4, '0:00:00']])('formatClock(%i) = %s', (s, want) => {
    expect(formatClock(s)).toBe(want);
  });
});
