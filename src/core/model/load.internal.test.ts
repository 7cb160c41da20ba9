// An unexpected exception inside the core becomes an `Internal error` diagnostic; loadCluster still returns.

import { describe, expect, it, vi } from 'vitest';

vi.mock('./warnings', () => ({
  addWarnings: () => {
    throw new Error('boom');
  },
}));

const { loadCluster } = await import('./load');

describe('loadCluster internal errors', () => {
  it('reports an exception as Internal error and still returns a cluster', () => {
    const { cluster, diagnostics } = loadCluster('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n');
    expect(diagnostics).toEqual([{ severity: 'error', code: 'internal', message: 'Internal error: boom', line: 1, column: 1 }]);
    expect(cluster.clusterDomain).toBe('cluster.local');
    expect(cluster.serviceCIDR).toBe('10.96.0.0/12');
  });
});
