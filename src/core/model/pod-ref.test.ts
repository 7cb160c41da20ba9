import { describe, expect, it } from 'vitest';
import { seedCluster } from '../testing/seed-cluster';
import { findPod, parsePodRef } from './pod-ref';

describe('Pod references', () => {
  const cluster = seedCluster();

  it.each([
    { ref: 'test', want: { namespace: 'default', name: 'test' } },
    { ref: 'default/test', want: { namespace: 'default', name: 'test' } },
    { ref: 'kube-system/coredns-7db6d8ff4d-4x9tq', want: { namespace: 'kube-system', name: 'coredns-7db6d8ff4d-4x9tq' } },
    // A Pod name has no slash, so nothing after the first one is dropped to find a different Pod.
    { ref: 'default/test/extra', want: { namespace: 'default', name: 'test/extra' } },
  ])('parsePodRef($ref)', ({ ref, want }) => {
    expect(parsePodRef(ref)).toEqual(want);
  });

  it('finds a Pod by bare name in default, or by namespace/name', () => {
    expect(findPod(cluster, 'test')?.ip).toBe('10.244.2.9');
    expect(findPod(cluster, 'default/test')?.ip).toBe('10.244.2.9');
    expect(findPod(cluster, 'kube-system/coredns-7db6d8ff4d-4x9tq')?.namespace).toBe('kube-system');
  });

  it('finds nothing for a Pod in another namespace or a ref with extra parts', () => {
    expect(findPod(cluster, 'kube-system/test')).toBeUndefined();
    expect(findPod(cluster, 'default/test/extra')).toBeUndefined();
  });
});
