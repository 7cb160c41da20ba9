// bind's tools in the dnsutils Pod, per command and option: what a learner sees (output, $?, notes) where the
// golden transcripts (dnsutils.golden.test.ts) cannot say it — usage errors, types the simulation does not answer,
// servers outside the cluster, the clock, pipes and the shell around them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedCluster } from '../../testing/seed-cluster';
import { DNSUTILS_IMAGE } from '../image-names';
import { runCommand } from '../run';
import { newShellSession } from '../session';

const cluster = seedCluster();
const dnsutils = () => newShellSession(cluster, { pod: 'default/test', image: DNSUTILS_IMAGE });
const run = (line: string) => runCommand(cluster, dnsutils(), line);

describe('dig options', () => {
  it.each([
    ['dig +short web-service.default.svc.cluster.local', '10.96.100.50\n'],
    ['dig +short -t A web-service.default.svc.cluster.local', '10.96.100.50\n'],
    ['dig +short web-service.default.svc.cluster.local a', '10.96.100.50\n'],
    ['dig +short +search web-service', '10.96.100.50\n'],
    ['dig +short web-service', ''],
    ['dig +short +search +nosearch web-service', ''],
    ['dig +short -x 10.244.1.5', 'mysql-0.mysql-headless.default.svc.cluster.local.\n'],
    ['dig +short @10.96.0.10 web-service.default.svc.cluster.local', '10.96.100.50\n'],
    ['dig +short @10.244.1.2 web-service.default.svc.cluster.local', '10.96.100.50\n'],
    ['dig +short -t srv web-service.default.svc.cluster.local', '0 100 80 web-service.default.svc.cluster.local.\n'],
    ['dig +noall web-service.default.svc.cluster.local', ''],
    ['dig +noall +answer web-service.default.svc.cluster.local IN A', 'web-service.default.svc.cluster.local. 30 IN A\t10.96.100.50\n'],
    ['dig +short web-service.default.svc.cluster.local mysql-0.mysql-headless.default.svc.cluster.local', '10.96.100.50\n10.244.1.5\n'],
  ])('%s', (line, out) => {
    expect(run(line)).toMatchObject({ output: out, exitCode: 0, notes: [] });
  });

  it('prints the whole reply by default, from the Pod\'s resolv.conf server, dated by the session clock', () => {
    const r = runCommand(cluster, runCommand(cluster, dnsutils(), 'sleep 60').session, 'dig web-service.default.svc.cluster.local');
    expect(r.output).toContain('; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> web-service.default.svc.cluster.local\n');
    expect(r.output).toContain(';; SERVER: 10.96.0.10#53(10.96.0.10) (UDP)\n');
    expect(r.output).toContain(';; WHEN: Wed Nov 25 16:26:32 UTC 2026\n');
    expect(r.output).toContain(';; WARNING: recursion requested but not available\n');
  });

  it.each([
    ['dig +bogus web-service', 1, 'usage-text-not-shown'],
    ['dig -z web-service', 1, 'usage-text-not-shown'],
    ['dig -t', 1, 'usage-text-not-shown'],
    ['dig -t MX web-service', 1, 'query-type-not-modelled'],
    ['dig web-service.default.svc.cluster.local NS', 1, 'query-type-not-modelled'],
    ['dig', 1, 'query-type-not-modelled'],
    ['dig @8.8.8.8 web-service', 9, 'dns-server-not-simulated'],
  ])('%s: says why instead of inventing output', (line, status, code) => {
    expect(run(line)).toMatchObject({ output: '', exitCode: status, notes: [{ code, command: 'dig' }] });
  });

  it('pipes into the shell\'s text tools', () => {
    expect(run('dig +short mysql-headless.default.svc.cluster.local | wc -l').output).toBe('3\n');
  });
});

describe('host and nslookup options', () => {
  it.each([
    ['host -tA web-service', 'web-service.default.svc.cluster.local has address 10.96.100.50\n', 0],
    ['host -t txt web-service', 'web-service.default.svc.cluster.local has no TXT record\n', 0],
    ['host mysql-3.mysql-headless', 'Host mysql-3.mysql-headless not found: 3(NXDOMAIN)\n', 1],
  ])('%s', (line, out, status) => {
    expect(run(line)).toMatchObject({ output: out, exitCode: status });
  });

  it.each([
    ['host', 'usage-text-not-shown'], ['host -v web-service', 'usage-text-not-shown'], ['host a b c', 'usage-text-not-shown'],
    ['host -t mx web-service', 'query-type-not-modelled'], ['host web-service 1.1.1.1', 'dns-server-not-simulated'],
  ])('%s: a note, no invented text', (line, code) => {
    expect(run(line)).toMatchObject({ output: '', exitCode: 1, notes: [{ code, command: 'host' }] });
  });

  it('bind\'s nslookup, not busybox\'s: the search list is walked as bind walks it', () => {
    const r = run('nslookup mysql-0.mysql-headless');
    expect(r.exitCode).toBe(0);
    expect(r.output).toContain('Name:\tmysql-0.mysql-headless.default.svc.cluster.local\nAddress: 10.244.1.5\n');
    expect(r.output).toContain('Address:\t10.96.0.10#53\n');
  });

  it.each([
    ['nslookup', 'usage-text-not-shown'], ['nslookup -debug web-service', 'usage-text-not-shown'],
    ['nslookup -type=soa cluster.local', 'query-type-not-modelled'], ['nslookup web-service 9.9.9.9', 'dns-server-not-simulated'],
  ])('%s: a note, no invented text', (line, code) => {
    expect(run(line)).toMatchObject({ output: '', exitCode: 1, notes: [{ code, command: 'nslookup' }] });
  });
});

describe('the dnsutils image', () => {
  it('has dash as sh: "not found" carries the number of the line typed', () => {
    const first = run('wget -O- http://web-service/');
    expect(first).toMatchObject({ output: 'sh: 1: wget: not found\n', exitCode: 127 });
    const third = runCommand(cluster, runCommand(cluster, first.session, 'true').session, 'ping web-service');
    expect(third).toMatchObject({ output: 'sh: 3: ping: not found\n', exitCode: 127 });
  });
  it('has no curl and no busybox', () => {
    expect(run('curl http://web-service').output).toBe('sh: 1: curl: not found\n');
    expect(run('busybox nslookup web-service').output).toBe('sh: 1: busybox: not found\n');
  });
  it('reads the Pod\'s files like any image', () => {
    expect(run('cat /etc/resolv.conf').output).toBe('search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n');
  });
});

describe('agnhost: Alpine\'s busybox with bind-tools and curl', () => {
  const agnhost = () => newShellSession(cluster, { pod: 'default/test', image: 'registry.k8s.io/e2e-test-images/agnhost:2.53' });
  it('nslookup is bind\'s, not busybox\'s', () => {
    expect(runCommand(cluster, agnhost(), 'nslookup web-service').output).toContain('Address:\t10.96.0.10#53\n');
  });
  it('its netcat-openbsd and iproute2 are not simulated: a note, not "not found"', () => {
    expect(runCommand(cluster, agnhost(), 'nc 10.244.1.5 3306')).toMatchObject({ output: '', exitCode: 1, notes: [{ code: 'program-not-modelled', command: 'nc' }] });
  });
  it('ash words "not found" without a line number', () => {
    expect(runCommand(cluster, agnhost(), 'xyz').output).toBe('sh: xyz: not found\n');
  });
});

describe('no line crashes or hangs bind\'s tools', () => {
  const words = fc.constantFrom('dig', 'host', 'nslookup', '+short', '+search', '+noall', '+answer', '+bogus', '-x', '-t', '-p', 'SRV', 'srv', 'mx',
    'A', 'IN', '@10.96.0.10', '@', '-type=srv', '-type=', 'web-service', 'mysql-0.mysql-headless', '10.244.1.5', '.', '..', '', '10.96.100.50',
    '_mysql._tcp.mysql-headless.default.svc.cluster.local', '|', 'wc', '-l', ';', '&&');
  it('any mix of their words and arbitrary strings', () => {
    fc.assert(fc.property(fc.constantFrom('dig', 'host', 'nslookup'), fc.array(fc.oneof(words, fc.string({ maxLength: 30 })), { maxLength: 8 }), (program, args) => {
      const started = Date.now();
      const r = run([program, ...args].join(' '));
      expect(typeof r.output).toBe('string');
      expect(Number.isInteger(r.exitCode)).toBe(true);
      expect(Date.now() - started).toBeLessThan(1000);
    }), { numRuns: 300 });
  });
});
