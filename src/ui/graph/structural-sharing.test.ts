import { describe, expect, it } from 'vitest';
import { seedCluster } from '../../core/testing';
import { shareUnchanged } from './structural-sharing';
import { toFlow } from './to-flow';

describe('shareUnchanged', () => {
  it('returns the previous graph when nothing changed', () => {
    const a = toFlow(seedCluster());
    expect(shareUnchanged(a, toFlow(seedCluster(), a.memory))).toBe(a);
  });

  it('keeps the objects of untouched elements and replaces the touched one', () => {
    const a = toFlow(seedCluster());
    const c = seedCluster();
    c.pods.find((p) => p.name === 'mysql-1')!.ready = false;
    const b = shareUnchanged(a, toFlow(c, a.memory));
    const before = new Map(a.nodes.map((n) => [n.id, n]));
    for (const n of b.nodes) {
      if (n.id === 'pod:default/mysql-1') expect(n).not.toBe(before.get(n.id));
      else expect(n, n.id).toBe(before.get(n.id));
    }
  });
});
