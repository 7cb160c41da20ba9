import { describe, expect, it } from 'vitest';
import { DEFAULT_KUBERNETES_VERSION } from '../../core';
import { scenarios } from '../../scenarios';
import { createMainThreadHandler } from './main-thread-handler';
import type { ViewsRequest, WorkerReply } from './protocol';
import { fromWire, idOf, toWire, transferOf } from './wire';

const views: ViewsRequest = { client: 'default/test', names: null, tool: 'nslookup', node: null, seed: 1 };

describe('the wire between the core worker and the page', () => {
  const handle = createMainThreadHandler();
  it.each(scenarios.map((s) => [s.id, s.source] as const))('a build of %s arrives as the worker made it, cluster and all', async (_, source) => {
    for (const nodes of [1, 3]) {
      const reply: WorkerReply = { id: 7, command: 'build', ok: true, result: await handle('build', { revision: nodes, recipe: { source, nodes, actions: [], kubernetesVersion: DEFAULT_KUBERNETES_VERSION }, views }) };
      const wire = toWire(reply);
      expect(wire.kind).toBe('build');
      expect(idOf(wire)).toBe(7);
      // Through the structured clone the browser applies (the bytes moved, not copied), then back: exactly the same data.
      const expected = structuredClone(reply);
      const moved = structuredClone(wire, { transfer: transferOf(wire) });
      expect(wire.kind === 'build' && wire.cluster.byteLength).toBe(0);
      expect(await fromWire(moved)).toStrictEqual(expected);
    }
  });

  it('every other reply, and a failure, travels as it is', async () => {
    const replies: WorkerReply[] = [
      { id: 1, command: 'views', ok: true, result: { unknownRevision: 3 } },
      { id: 2, command: 'build', ok: false, error: 'Internal error: x' },
    ];
    for (const r of replies) {
      expect(transferOf(toWire(r))).toEqual([]);
      expect(await fromWire(structuredClone(toWire(r)))).toStrictEqual(r);
    }
  });
});
