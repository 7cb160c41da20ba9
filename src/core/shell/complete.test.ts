// Tab completion's words in the seed's client Pod.
import { describe, expect, it } from 'vitest';
import { seedCluster } from '../testing/seed-cluster';
import { shellWords } from './complete';
import { newShellSession } from './session';

const cluster = seedCluster();

describe('shellWords', () => {
  const words = shellWords(cluster, newShellSession(cluster, { pod: 'default/test' }));
  it('offers the busybox applets the runner has, and ash\'s builtins', () => {
    expect(words.commands).toEqual(expect.arrayContaining(['nslookup', 'wget', 'cat', 'echo', 'exit', 'sleep']));
  });
  it.each([
    'web-service', 'web-service.default', 'web-service.default.svc', 'web-service.default.svc.cluster.local', 'mysql-headless',
    'mysql-0.mysql-headless', 'mysql-2.mysql-headless.default.svc.cluster.local', 'kube-dns.kube-system', 'test', 'mysql-1',
  ])('offers %s', (name) => expect(words.names).toContain(name));
  it('does not offer another namespace\'s short names or system Pods', () => {
    expect(words.names).not.toContain('kube-dns');
    expect(words.names.some((n) => n.startsWith('coredns-'))).toBe(false);
  });
  it('an image without busybox has the builtins only', () => {
    const nginx = shellWords(cluster, newShellSession(cluster, { pod: 'default/nginx-5c7588df-2kx8j' }));
    expect(nginx.commands).toEqual(['echo', 'exit', 'false', 'true']);
  });
});
