import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashParts } from '../util/hash';
import { podHash, podHasher } from './scheduler';
import type { Pod } from './types';

describe('podHash', () => {
  it('is hashParts of pod, namespace, name and incarnation, which seeds the Pod address', () => {
    const name = fc.string({ unit: 'binary', maxLength: 70 });
    fc.assert(
      fc.property(name, name, fc.option(fc.nat(1000), { nil: undefined }), (namespace, podName, incarnation) => {
        const pod: Pod = { namespace, name: podName, labels: {}, node: '', ip: '', phase: 'Pending', ready: true, terminating: false, containerPorts: [], containers: [] };
        if (incarnation !== undefined) pod.incarnation = incarnation;
        expect(podHash(pod)).toBe(hashParts('pod', namespace, podName, incarnation ?? 0));
      }),
      { numRuns: 500 },
    );
  });

  it('podHasher gives podHash for ReplicaSet Pods in runs, and for any other Pod', () => {
    const rs = fc.constantFrom('web-5d8f', 'web-5d8f-', 'api', '');
    const entry = fc.tuple(rs, fc.stringMatching(/^[a-z0-9-]{0,8}$/), fc.constantFrom('default', 'shop'), fc.boolean(), fc.option(fc.nat(3), { nil: undefined }));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), (list) => {
        const owners = new Map<string, NonNullable<Pod['owner']>>();
        const hashOf = podHasher();
        for (const [rsName, suffix, namespace, owned, incarnation] of list) {
          const owner = owners.get(rsName) ?? { kind: 'ReplicaSet' as const, name: rsName };
          owners.set(rsName, owner);
          const pod: Pod = { namespace, name: owned ? `${rsName}-${suffix}` : suffix, labels: {}, node: '', ip: '', phase: 'Pending', ready: true, terminating: false, containerPorts: [], containers: [] };
          if (owned || suffix.length % 2 === 0) pod.owner = owner;
          if (incarnation !== undefined) pod.incarnation = incarnation;
          expect(hashOf(pod)).toBe(podHash(pod));
        }
      }),
      { numRuns: 300 },
    );
  });
});
