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
  it('an image the table does not know has the builtins only (mysql)', () => {
    const mysql = shellWords(cluster, newShellSession(cluster, { pod: 'default/mysql-0' }));
    expect(mysql.commands).toEqual(['echo', 'exit', 'false', 'true']);
  });
  it.each([
    ['registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3', ['dig', 'host', 'nslookup'], ['busybox', 'curl', 'wget']],
    ['registry.k8s.io/e2e-test-images/agnhost:2.53', ['curl', 'dig', 'host', 'nslookup', 'wget', 'busybox', 'nc'], []],
    ['curlimages/curl', ['curl', 'nslookup', 'wget', 'busybox'], ['dig', 'host']],
    ['nginx:1.27', ['curl', 'cat'], ['wget', 'dig', 'busybox']],
  ])('%s: Tab offers %j, not %j', (image, has, lacks) => {
    const { commands } = shellWords(cluster, newShellSession(cluster, { pod: 'default/test', image }));
    for (const c of has) expect(commands).toContain(c);
    for (const c of lacks) expect(commands).not.toContain(c);
  });
});
