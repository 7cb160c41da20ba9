import { describe, expect, it } from 'vitest';
import { assignSlots, layoutGraph, podColumns, type LayoutInput } from './layout';

describe('assignSlots', () => {
  it.each([
    { name: 'no memory: natural order', prev: undefined, current: ['a', 'b', 'c'], want: ['a', 'b', 'c'] },
    { name: 'unchanged', prev: ['a', 'b', 'c'], current: ['a', 'b', 'c'], want: ['a', 'b', 'c'] },
    { name: 'an addition goes to the end', prev: ['a', 'c'], current: ['a', 'b', 'c'], want: ['a', 'c', 'b'] },
    { name: 'a replacement takes the freed slot', prev: ['a', 'b', 'c'], current: ['a', 'c', 'x'], want: ['a', 'x', 'c'] },
    { name: 'a removal leaves its slot empty', prev: ['a', 'b', 'c'], current: ['a', 'c'], want: ['a', null, 'c'] },
    { name: 'an empty slot at the end is dropped', prev: ['a', 'b', 'c'], current: ['a', 'b'], want: ['a', 'b'] },
    { name: 'a new id fills an empty slot', prev: ['a', null, 'c'], current: ['a', 'c', 'd'], want: ['a', 'd', 'c'] },
    { name: 'empty slots close when they pile up', prev: ['a', 'b', 'c', 'd', 'e', 'f', 'g'], current: ['a', 'g'], want: ['a', 'g'] },
    { name: 'everything new: natural order', prev: ['p', 'q'], current: ['a', 'b', 'c'], want: ['a', 'b', 'c'] },
  ])('$name', ({ prev, current, want }) => {
    expect(assignSlots(prev, current)).toEqual(want);
  });
});

describe('layoutGraph', () => {
  const input = (pods1: string[]): LayoutInput => ({
    services: ['dns:kube-dns', 'svc:default/a'],
    nodes: [
      { name: 'node-1', id: 'node:node-1', rulesId: 'node-rules:node-1', pods: pods1 },
      { name: 'node-2', id: 'node:node-2', rulesId: 'node-rules:node-2', pods: ['pod:default/z'] },
    ],
    pending: [], pendingId: 'pending',
  });

  it('puts the rules element and the Pods inside their node', () => {
    const l = layoutGraph(input(['pod:default/a', 'pod:default/b']));
    const node = l.rects.get('node:node-1')!;
    for (const id of ['node-rules:node-1', 'pod:default/a', 'pod:default/b']) {
      const r = l.rects.get(id)!;
      expect(l.parents.get(id)).toBe('node:node-1');
      expect(r.x).toBeGreaterThanOrEqual(node.x);
      expect(r.y).toBeGreaterThanOrEqual(node.y);
      expect(r.x + r.width).toBeLessThanOrEqual(node.x + node.width);
      expect(r.y + r.height).toBeLessThanOrEqual(node.y + node.height);
    }
    expect(l.rects.get('node-rules:node-1')!.y).toBeLessThan(l.rects.get('pod:default/a')!.y);
  });

  it('keeps every position when a Pod is added (with memory)', () => {
    const before = layoutGraph(input(['pod:default/b', 'pod:default/c']));
    const after = layoutGraph(input(['pod:default/a', 'pod:default/b', 'pod:default/c']), before.memory);
    for (const [id, r] of before.rects) {
      if (id.startsWith('node:')) continue; // the group grows to hold the new Pod
      expect(after.rects.get(id), id).toEqual(r);
    }
  });

  it('changes columns only past a threshold', () => {
    expect([1, 8, 9, 24, 25, 96, 97, 400, 401].map(podColumns)).toEqual([1, 1, 2, 2, 4, 4, 8, 8, 16]);
  });
});
