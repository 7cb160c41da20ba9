// busybox ip, ping and nc in the seed's client Pod default/test, against the real busybox in a Pod-like network
// (testdata/golden/shell/net-*.txt, scripts/busybox-capture/net.sh): the kube-proxy mode a transcript was made in
// is the end of its name (iptables when none). Run-to-run parts are normalised as testing/netns/volatile.ts lists.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProxyMode } from '../traffic/types';
import { normaliseVolatile } from '../testing/netns/volatile';
import { seedCluster } from '../testing/seed-cluster';
import { parseTranscript } from '../testing/shell-golden';
import { runCommand } from './run';
import { newShellSession } from './session';

const dir = join(__dirname, '../testdata/golden/shell');
const cases = readdirSync(dir).filter((f) => f.startsWith('net-') && f.endsWith('.txt')).sort().map((file) => ({
  file,
  mode: (/-(nftables|ipvs)\.txt$/.exec(file)?.[1] ?? 'iptables') as ProxyMode,
  ...parseTranscript(file, readFileSync(join(dir, file), 'utf8')),
}));

describe('busybox ip, ping and nc, against the real busybox', () => {
  const cluster = seedCluster();
  it('has the transcripts', () => expect(cases.length).toBeGreaterThanOrEqual(10));
  it.each(cases)('$file ($mode): $command', ({ command, output, exit, mode }) => {
    const got = runCommand(cluster, newShellSession(cluster, { pod: 'default/test', proxyMode: mode }), command);
    expect({ output: normaliseVolatile(got.output), exit: got.exitCode }).toEqual({ output: normaliseVolatile(output), exit });
  });
});

describe('ping and the clock', () => {
  const cluster = seedCluster();
  const at = (line: string, mode: ProxyMode = 'iptables') => runCommand(cluster, newShellSession(cluster, { pod: 'default/test', proxyMode: mode }), line);
  it('answered: one echo a second', () => expect(at('ping -c 3 10.244.1.5').session.client.now).toBe(2));
  it('unanswered: then -W seconds for a reply (default 10)', () => {
    expect(at('ping -c 2 10.96.100.50').session.client.now).toBe(11);
    expect(at('ping -c 2 -W 1 10.96.100.50', 'nftables').session.client.now).toBe(2);
  });
  it('without -c is stopped after four echoes, and says so', () => {
    expect(at('ping web-service', 'ipvs')).toMatchObject({ exitCode: 0, notes: [{ code: 'stopped-after', command: 'ping' }] });
  });
  it('a Pod on the same node answers with the TTL it set (the bridge does not route)', () => {
    expect(at('ping -c 1 10.244.2.4').output).toContain('ttl=64');
  });
});

describe('nc', () => {
  const cluster = seedCluster();
  it('to MySQL through the headless name: connected, a trace to animate, and a note on the greeting', () => {
    const r = runCommand(cluster, newShellSession(cluster, { pod: 'default/test' }), 'nc mysql-0.mysql-headless 3306');
    expect(r).toMatchObject({ exitCode: 0, notes: [{ code: 'connected-mysql' }] });
    expect(r.traces[0]).toMatchObject({ outcome: 'delivered', pod: 'default/mysql-0' });
  });
  it('to a port nothing answers on, without -w: the kernel gives up after 127 s', () => {
    const r = runCommand(cluster, newShellSession(cluster, { pod: 'default/test' }), 'nc web-service 8080');
    expect(r.output).toBe('nc: can\'t connect to remote host (10.96.100.50): Connection timed out\n');
    expect(r.session.client.now).toBe(127);
  });
});
