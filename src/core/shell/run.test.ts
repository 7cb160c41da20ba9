// The runner in the seed's cluster: per command, what a learner sees (output, $?) and what the session keeps
// (clock, files, exit). Program text is checked against the real programs in the *.golden tests; these cases
// cover what a transcript cannot: the traces, the clock, the session, other images.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cluster } from '../model/types';
import { seedCluster } from '../testing/seed-cluster';
import { replayedLines, SHELL_INTERRUPT } from './replay';
import { runCommand } from './run';
import { newShellSession } from './session';
import type { ShellSession } from './types';

const cluster = seedCluster();
const test = (): ShellSession => newShellSession(cluster, { pod: 'default/test' });
/** Runs the lines in order, returning the last result. */
function runAll(c: Cluster, session: ShellSession, lines: string[]) {
  let r = runCommand(c, session, lines[0]!);
  for (const line of lines.slice(1)) r = runCommand(c, r.session, line);
  return r;
}

describe('newShellSession', () => {
  it('opens in the article\'s busybox client with the Pod\'s image and a fresh client', () => {
    const s = newShellSession(cluster, { pod: 'test' });
    expect(s).toMatchObject({ pod: 'default/test', image: 'busybox', status: 0, exited: false, files: {} });
    expect(s.client.now).toBe(0);
    expect(s.client.dnsCache).toEqual({});
  });
});

describe('env and the kubelet\'s Service variables', () => {
  const lines = runCommand(cluster, test(), 'env').output.split('\n');
  it.each([
    ['WEB_SERVICE_SERVICE_HOST=10.96.100.50'], ['WEB_SERVICE_SERVICE_PORT=80'], ['WEB_SERVICE_PORT=tcp://10.96.100.50:80'],
    ['WEB_SERVICE_PORT_80_TCP=tcp://10.96.100.50:80'], ['WEB_SERVICE_PORT_80_TCP_PROTO=tcp'], ['WEB_SERVICE_PORT_80_TCP_PORT=80'],
    ['WEB_SERVICE_PORT_80_TCP_ADDR=10.96.100.50'], ['KUBERNETES_SERVICE_HOST=10.96.0.1'], ['KUBERNETES_SERVICE_PORT_HTTPS=443'],
    ['KUBERNETES_PORT_443_TCP=tcp://10.96.0.1:443'], ['HOSTNAME=test'],
  ])('has %s', (line) => expect(lines).toContain(line));
  it('has none for a headless Service or another namespace\'s', () => {
    expect(lines.filter((l) => l.startsWith('MYSQL_HEADLESS') || l.startsWith('KUBE_DNS'))).toEqual([]);
  });
  it('expands them in the shell', () => {
    expect(runCommand(cluster, test(), 'echo $WEB_SERVICE_SERVICE_HOST:${WEB_SERVICE_SERVICE_PORT}').output).toBe('10.96.100.50:80\n');
  });
});

describe('cat /etc/hosts', () => {
  it('in a StatefulSet Pod names it with its subdomain (kubelet GeneratePodHostNameAndDomain)', () => {
    const out = runCommand(cluster, newShellSession(cluster, { pod: 'default/mysql-0', image: 'busybox' }), 'cat /etc/hosts').output;
    expect(out.split('\n').at(-2)).toBe('10.244.1.5\tmysql-0.mysql-headless.default.svc.cluster.local\tmysql-0');
  });
});

describe('sleep and the clock', () => {
  it('advances the session clock by the sum of its arguments', () => {
    expect(runAll(cluster, test(), ['sleep 5', 'sleep 1m 0.5']).session.client.now).toBe(65.5);
  });
  it('bare, answers as 1.36\'s ash builtin does (sleep.c: "missing operand"), and the clock stays', () => {
    expect(runCommand(cluster, test(), 'sleep')).toMatchObject({ output: 'sh: sleep: missing operand\n', exitCode: 1, session: { client: { now: 0 } } });
  });
});

describe('exit', () => {
  it('ends the session with its status; later lines do nothing', () => {
    const r = runAll(cluster, test(), ['echo a; exit 3; echo b']);
    expect(r).toMatchObject({ output: 'a\n', exitCode: 3, session: { exited: true, status: 3 } });
    expect(runCommand(cluster, r.session, 'echo c').output).toBe('');
  });
  it('with a word that is not a number, says so and goes on (interactive ash)', () => {
    expect(runCommand(cluster, test(), 'exit x')).toMatchObject({ output: 'sh: exit: Illegal number: x\n', exitCode: 2, session: { exited: false } });
  });
});

describe('a for loop typed over several lines (interactive ash at its PS2 prompt)', () => {
  it('keeps an unfinished loop in the session, prints nothing, and runs it when `done` comes', () => {
    const first = runCommand(cluster, test(), 'for i in a b; do');
    expect({ output: first.output, pending: first.session.pending }).toEqual({ output: '', pending: 'for i in a b; do' });
    const second = runCommand(cluster, first.session, 'echo $i');
    expect(second.session.pending).toBe('for i in a b; do\necho $i');
    const done = runCommand(cluster, second.session, 'done');
    expect({ output: done.output, pending: done.session.pending }).toEqual({ output: 'a\nb\n', pending: undefined });
  });
  it('a syntax error at the continuation drops the pending text, as ash does', () => {
    const r = runAll(cluster, test(), ['for i in a b', 'echo']);
    expect({ output: r.output, exit: r.exitCode, pending: r.session.pending }).toEqual({ output: 'sh: syntax error: unexpected word (expecting "do")\n', exit: 2, pending: undefined });
    expect(runCommand(cluster, r.session, 'echo next').output).toBe('next\n');
  });
  it('`exit` in the body ends the shell; in a pipeline it ends only the loop', () => {
    expect(runCommand(cluster, test(), 'for i in a; do exit 3; done').session).toMatchObject({ exited: true, status: 3 });
    expect(runCommand(cluster, test(), 'for i in a; do exit 3; done | wc -l').session).toMatchObject({ exited: false, status: 0 });
  });
  it('a replay needs neither Ctrl+C nor the loop it dropped, and comes to the same session without them', () => {
    const lines = ['echo a', 'for i in a; do', 'echo $i', SHELL_INTERRUPT, 'echo b', 'for i in c; do', 'echo $i', 'done', 'for j in d; do'];
    const keep = replayedLines(lines);
    expect(keep).toEqual([true, false, false, false, true, true, true, true, true]);
    const typed = runAll(cluster, test(), lines);
    const replayed = runAll(cluster, test(), lines.filter((_, i) => keep[i]));
    // All but the count of lines read, which only dash's messages show (the busybox image's ash prints none).
    expect({ ...replayed.session, lines: 0 }).toEqual({ ...typed.session, lines: 0 });
  });
  it('in dash, an open quote waits for more at `> `, so its Ctrl+C drops it too; read as ash, the replay would differ', () => {
    const nginx = newShellSession(cluster, { pod: 'default/nginx-5c7588df-2kx8j' });
    const lines = ['echo "a', SHELL_INTERRUPT, 'echo b'];
    const typed = runAll(cluster, nginx, lines);
    expect(typed.output).toBe('b\n');
    const keep = replayedLines(lines, 'dash');
    expect(keep).toEqual([false, false, true]);
    const replayed = runAll(cluster, nginx, lines.filter((_, i) => keep[i]));
    expect({ ...replayed.session, lines: 0 }).toEqual({ ...typed.session, lines: 0 });
    // ash refuses the open quote at once, so its reading keeps the line; replayed in dash it would swallow `echo b`.
    expect(replayedLines(lines, 'ash')).toEqual([true, false, true]);
    expect(runAll(cluster, nginx, ['echo "a', 'echo b']).session.pending).toBe('echo "a\necho b');
  });
  it('runs each wget in the body: three requests, three traces', () => {
    const r = runCommand(cluster, test(), 'for i in 0 1 2; do wget -q -O- http://mysql-$i.mysql-headless:3306; done');
    expect(r.traces.map((t) => t.pod)).toEqual(['default/mysql-0', 'default/mysql-1', 'default/mysql-2']);
  });
});

describe('the image decides the programs', () => {
  const nginx = newShellSession(cluster, { pod: 'default/nginx-5c7588df-2kx8j' });
  it.each([['wget http://web-service/'], ['nslookup web-service'], ['ping -c 1 10.244.1.5']])('nginx (Debian, dash) has no busybox: %s', (line) => {
    const name = line.split(' ')[0];
    expect(runCommand(cluster, nginx, line)).toMatchObject({ output: `sh: 1: ${name}: not found\n`, exitCode: 127 });
  });
  it('nginx has Debian\'s cat and curl', () => {
    expect(runCommand(cluster, nginx, 'cat /etc/hosts').exitCode).toBe(0);
    expect(runCommand(cluster, nginx, 'curl -sI http://web-service').output.split('\n')[0]).toBe('HTTP/1.1 200 OK');
  });
  it('an image the table does not know has the shell\'s builtins only (mysql)', () => {
    expect(runCommand(cluster, newShellSession(cluster, { pod: 'default/mysql-0' }), 'cat /etc/hosts')).toMatchObject({ output: 'sh: cat: not found\n', exitCode: 127 });
  });
  it('the shell\'s own echo works anywhere', () => {
    expect(runCommand(cluster, nginx, 'echo hi').output).toBe('hi\n');
  });
});

describe('wget sends one request through the cluster', () => {
  it('a new process each time: DNS asked again, nothing kept alive', () => {
    const r1 = runCommand(cluster, test(), 'wget -q -O- http://web-service/');
    const r2 = runCommand(cluster, r1.session, 'wget -q -O- http://web-service/');
    for (const r of [r1, r2]) {
      expect(r.traces).toHaveLength(1);
      expect(r.traces[0]!.outcome).toBe('delivered');
      expect(r.traces[0]!.hops.map((h) => h.kind)).toEqual(['dns-query', 'dns-answer', 'connect', 'dnat', 'deliver']);
    }
    expect(r2.session.client.connections).toEqual({});
  });

  it('to a Service without endpoints: kube-proxy\'s REJECT, "Connection refused"', () => {
    const empty: Cluster = { ...cluster, endpointSlices: cluster.endpointSlices.map((s) => (s.service === 'web-service' ? { ...s, endpoints: [] } : s)) };
    const r = runCommand(empty, newShellSession(empty, { pod: 'default/test' }), 'wget -O- http://web-service/');
    expect(r.output).toBe('Connecting to web-service (10.96.100.50:80)\nwget: can\'t connect to remote host (10.96.100.50): Connection refused\n');
    expect(r.traces[0]!.reason).toBe('no-endpoints-reject');
  });

  // No real capture: Debian's busybox is built without FEATURE_WGET_TIMEOUT (its wget lacks -T), and a dropped SYN
  // takes the kernel 127 s to give up. From wget.c (open_socket's alarm, alarm_handler's "download timed out";
  // xconnect_stream's bb_perror_msg "can't connect to remote host") and tcp_syn_retries=6.
  it.each([
    { line: 'wget -O- http://web-service:8080/', tail: 'wget: can\'t connect to remote host (10.96.100.50): Connection timed out\n', seconds: 127 },
    { line: 'wget -T 5 -O- http://web-service:8080/', tail: 'wget: download timed out\n', seconds: 5 },
  ])('to a port the Service does not expose: $line waits $seconds s', ({ line, tail, seconds }) => {
    const r = runCommand(cluster, test(), line);
    expect(r.output).toBe(`Connecting to web-service:8080 (10.96.100.50:8080)\n${tail}`);
    expect(r.exitCode).toBe(1);
    expect(r.session.client.now).toBe(seconds);
  });

  it('to MySQL: the greeting is no HTTP, and the note says the name resolved and the port answered', () => {
    const r = runCommand(cluster, test(), 'wget -O- http://mysql-0.mysql-headless:3306');
    expect(r.notes).toEqual([{ code: 'not-http-but-answered', command: 'wget' }]);
    expect(r.traces[0]).toMatchObject({ outcome: 'delivered', pod: 'default/mysql-0' });
  });

  it('https is not simulated, and says so', () => {
    expect(runCommand(cluster, test(), 'wget https://web-service/')).toMatchObject({ output: '', exitCode: 1, notes: [{ code: 'tls-not-modelled' }] });
  });
});

describe('nslookup', () => {
  it('gets a fresh loadbalance shuffle each time, replayed exactly from the session', () => {
    const orders = (s: ShellSession) => {
      const seen: string[] = [];
      for (let i = 0; i < 8; i++) {
        const r = runCommand(cluster, s, 'nslookup mysql-headless');
        seen.push(r.output.split('\n').filter((l) => l.startsWith('Address: ')).join(','));
        s = r.session;
      }
      return seen;
    };
    const a = orders(test());
    expect(new Set(a).size).toBeGreaterThan(1);
    expect(orders(test())).toEqual(a);
  });
});

describe('a shell on a node', () => {
  it('has the shell\'s builtins and the node\'s own programs (node/node-shell.test.ts has each)', () => {
    const node = newShellSession(cluster, { node: 'node-1' });
    expect(runCommand(cluster, node, 'echo $?; hostname')).toMatchObject({ output: '0\nnode-1\n', exitCode: 0 });
  });
});

describe('the session', () => {
  it('is not changed by running a line; the result carries the next one', () => {
    const s = test();
    const before = structuredClone(s);
    runCommand(cluster, s, 'wget http://web-service/; sleep 3');
    expect(s).toEqual(before);
  });

  it('replays: the same lines from a new session give the same outputs, traces and session', () => {
    const lines = ['wget -O- http://web-service/', 'nslookup mysql-headless', 'sleep 2', 'wget http://web-service/ && cat index.html | wc -l', 'echo $?'];
    const a = runAll(cluster, test(), lines);
    const b = runAll(cluster, test(), lines);
    expect(b).toEqual(a);
    expect(a.output).toBe('0\n');
  });

  it('of a Pod that is gone runs nothing', () => {
    const gone: Cluster = { ...cluster, pods: cluster.pods.filter((p) => p.name !== 'test') };
    expect(runCommand(gone, test(), 'echo hi')).toMatchObject({ output: '', exitCode: 1, notes: [{ code: 'no-such-pod' }] });
  });

  it('never throws on any line', () => {
    const piece = fc.constantFrom('wget', 'nslookup', 'cat', 'head', 'grep', 'wc', 'sleep', 'env', 'echo', 'exit', 'busybox', 'hostname',
      ' ', '-O-', '-q', '-T', '-n', '-c', '-e', '-type=srv', 'http://web-service/', 'mysql-0.mysql-headless:3306', '/etc/hosts', '|', '&&', '||', ';',
      '>', '2>&1', '$?', '"', "'", '\\', 'x', '1', '-1', '1e9', '.');
    fc.assert(fc.property(fc.array(piece, { maxLength: 16 }).map((p) => p.join(' ')), (line) => {
      const r = runCommand(cluster, test(), line);
      expect(typeof r.output).toBe('string');
    }), { numRuns: 400 });
  });
});

describe('a name that is a member of every JavaScript object', () => {
  it.each([
    ['the Pod', (): ShellSession => test(), 'sh: valueOf: not found\n'],
    ['a node', (): ShellSession => newShellSession(cluster, { node: 'node-2' }), 'bash: valueOf: command not found\n'],
    ['the laptop', (): ShellSession => newShellSession(cluster, { laptop: true }), 'bash: valueOf: command not found\n'],
  ])('is no program in %s', (_, session, output) => {
    expect(runCommand(cluster, session(), 'valueOf')).toMatchObject({ output, exitCode: 127 });
    expect(runCommand(cluster, session(), 'constructor; echo ok').output).toMatch(/constructor: (command )?not found\nok\n$/);
  });
});
