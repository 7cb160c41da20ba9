import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byName, byNamespace } from './order';

type Named = { name: string; namespace?: string };
/** The order the graph had when it compared with `localeCompare` per pair. */
const reference = (a: Named, b: Named) =>
  a.name.localeCompare(b.name, 'en', { numeric: true }) || (a.namespace ?? '').localeCompare(b.namespace ?? '');

describe('graph order', () => {
  it('counts numbers in names as numbers, then orders by namespace', () => {
    const objects: Named[] = [
      { name: 'web-10' }, { name: 'web-2', namespace: 'shop' }, { name: 'web-2', namespace: 'default' }, { name: 'Web-1' },
      { name: 'mysql-0' }, { name: 'node-11' }, { name: 'node-3' }, { name: 'äpfel' }, { name: 'apfel' },
    ];
    expect(objects.sort(byName).map((o) => `${o.namespace ?? ''}/${o.name}`)).toEqual([
      '/apfel', '/äpfel', '/mysql-0', '/node-3', '/node-11', '/Web-1', 'default/web-2', 'shop/web-2', '/web-10',
    ]);
  });

  it('sorts exactly as localeCompare did (fast-check)', () => {
    const part = fc.stringMatching(/^[a-zA-Z0-9.-]{0,12}$/);
    fc.assert(fc.property(fc.array(fc.record({ name: part, namespace: fc.option(part, { nil: undefined }) }), { maxLength: 60 }), (objects) => {
      expect([...objects].sort(byName)).toEqual([...objects].sort(reference));
    }), { numRuns: 300 });
    fc.assert(fc.property(part, part, (a, b) => {
      expect(Math.sign(byNamespace(a, b))).toBe(Math.sign(a.localeCompare(b)));
    }));
  });
});
