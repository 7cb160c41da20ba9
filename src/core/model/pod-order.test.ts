import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortPods } from './pod-order';
import type { OwnerRef, Pod } from './types';

function pod(namespace: string, name: string, owner: OwnerRef | undefined): Pod {
  const p: Pod = { namespace, name, labels: {}, node: '', ip: '', phase: 'Pending', ready: true, terminating: false, containerPorts: [], containers: [] };
  if (owner) p.owner = owner;
  return p;
}

describe('sortPods', () => {
  it('orders by namespace, then name, whatever the input order and owners', () => {
    const owners: (OwnerRef | undefined)[] = [undefined, { kind: 'ReplicaSet', name: 'a' }, { kind: 'StatefulSet', name: 'b' }];
    const pods = fc.uniqueArray(fc.tuple(fc.constantFrom('default', 'kube-system', 'shop'), fc.stringMatching(/^[a-z0-9-]{1,8}$/), fc.nat(2)), {
      selector: ([ns, name]) => `${ns}/${name}`,
      maxLength: 60,
    });
    fc.assert(
      fc.property(pods, (list) => {
        const input = list.map(([ns, name, o]) => pod(ns, name, owners[o]));
        const want = input.map((p) => `${p.namespace}/${p.name}`).sort((a, b) => {
          const [na = '', ma = ''] = a.split('/');
          const [nb = '', mb = ''] = b.split('/');
          return na === nb ? (ma < mb ? -1 : ma > mb ? 1 : 0) : na < nb ? -1 : 1;
        });
        expect(sortPods([...input]).map((p) => `${p.namespace}/${p.name}`)).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });
});
