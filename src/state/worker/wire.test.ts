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
      expect(wire.kind === 'build' && wire.cluster.rest.byteLength).toBe(0);
      expect(await fromWire(moved)).toStrictEqual(expected);
    }
  });

  it('a cluster with long lists arrives whole, its lists in pieces, its keys in their order', async () => {
    const services = Array.from({ length: 2100 }, (_, i) => `---
apiVersion: v1
kind: Service
metadata:
  name: svc-${i}
spec:
  selector:
    app: nginx
  ports:
  - port: 80
`).join('');
    const source = `${scenarios[0]!.source}\n${services}`;
    const built = await handle('build', { revision: 9, recipe: { source, nodes: 2, actions: [], kubernetesVersion: DEFAULT_KUBERNETES_VERSION }, views });
    expect(built.cluster.services.length).toBeGreaterThan(2100);
    const reply: WorkerReply = { id: 3, command: 'build', ok: true, result: built };
    const wire = toWire(reply);
    const expected = structuredClone(reply);
    if (wire.kind !== 'build') throw new Error('a build travels as a build');
    // Services and their EndpointSlices, over 2,000 each: three pieces each.
    expect(wire.cluster.lists.map((l) => [l.key, l.pieces.length])).toEqual([['services', 3], ['endpointSlices', 3]]);
    let pauses = 0;
    const back = await fromWire(structuredClone(wire, { transfer: transferOf(wire) }), async () => void pauses++);
    expect(back).toStrictEqual(expected);
    const clusterOf = (r: WorkerReply) => JSON.stringify(r.ok && 'cluster' in r.result ? r.result.cluster : null);
    expect(clusterOf(back) === JSON.stringify(built.cluster)).toBe(true);
    // One pause before each piece and one before the terminals.
    expect(pauses).toBe(7);
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
