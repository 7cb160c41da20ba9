import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashParts } from '../util/hash';
import { podHash } from './scheduler';
import type { Pod } from './types';

describe('podHash', () => {
  it('is hashParts of pod, namespace, name and incarnation, which seeds the Pod address', () => {
    const name = fc.string({ unit: 'binary', maxLength: 70 });
    fc.assert(
      fc.property(name, name, fc.option(fc.nat(1000), { nil: undefined }), (namespace, podName, incarnation) => {
        const pod: Pod = { namespace, name: podName, labels: {}, node: '', ip: '', phase: 'Pending', ready: true, terminating: false, containerPorts: [] };
        if (incarnation !== undefined) pod.incarnation = incarnation;
        expect(podHash(pod)).toBe(hashParts('pod', namespace, podName, incarnation ?? 0));
      }),
      { numRuns: 500 },
    );
  });
});
