// curl in a Pod, per option: what the transcripts (curl.golden.test.ts) cannot show — the files it writes, the
// clock its timeouts spend, the traces it animates, the images that have it, and that no line breaks it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedCluster } from '../../testing/seed-cluster';
import { runCommand } from '../run';
import { newShellSession } from '../session';

const cluster = seedCluster();
const curlPod = () => newShellSession(cluster, { pod: 'default/test', image: 'curlimages/curl:8.11.1' });
const run = (line: string) => runCommand(cluster, curlPod(), line);

describe('curl options', () => {
  it('-o FILE saves the body (the meter on stderr), -o - prints it', () => {
    const r = run('curl -s -o page.html http://web-service/');
    expect(r).toMatchObject({ output: '', exitCode: 0 });
    expect(r.session.files['/page.html']).toContain('<title>Welcome to nginx!</title>');
    expect(run('curl -s -o - http://web-service/').output).toContain('<title>Welcome to nginx!</title>');
    expect(run('curl -opage.html http://web-service/').output).toContain('% Total    % Received');
  });

  it('-I asks HEAD: nginx\'s status line and headers, no body, the connection kept alive', () => {
    const lines = run('curl -sI http://web-service').output.split('\n');
    expect(lines.slice(0, 2)).toEqual(['HTTP/1.1 200 OK', 'Server: nginx/1.31.5']);
    expect(lines).toContain('Connection: keep-alive');
    expect(lines).toContain('Content-Length: 896');
    expect(lines.at(-1)).toBe('');
  });

  it('a request sends a trace through the cluster, as wget does', () => {
    const r = run('curl -s http://web-service/');
    expect(r.traces).toHaveLength(1);
    expect(r.traces[0]!.outcome).toBe('delivered');
  });

  it('--connect-timeout spends its seconds on the clock; without it the kernel\'s 127 s', () => {
    const short = run('curl --connect-timeout 2.5 http://10.96.100.99/');
    expect(short).toMatchObject({ exitCode: 28, output: 'curl: (28) Failed to connect to 10.96.100.99 port 80 after 2500 ms: Timeout was reached\n' });
    expect(short.session.client.now).toBe(2.5);
    const long = run('curl -s http://10.96.100.99/');
    expect(long).toMatchObject({ exitCode: 28, output: '' });
    expect(long.session.client.now).toBe(127);
  });

  it.each([
    ['curl -sS http://no-such-service/', 'curl: (6) Could not resolve host: no-such-service\n', 6],
    ['curl -s http://no-such-service/', '', 6],
    ['curl http://web-service:99999/', 'curl: (3) URL using bad/illegal format or missing URL\n', 3],
    ['curl --connect-timeout', "curl: option --connect-timeout: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n", 2],
    ['curl --connect-timeout x http://web-service/', "curl: option --connect-timeout: expected a proper numerical parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n", 2],
    ['curl -s', "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n", 2],
    ['curl -7 http://web-service/', "curl: option -7: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n", 2],
  ])('%s', (line, out, status) => {
    expect(run(line)).toMatchObject({ output: out, exitCode: status });
  });

  it('https needs TLS, which is not simulated: a note', () => {
    expect(run('curl https://web-service/')).toMatchObject({ output: '', exitCode: 35, notes: [{ code: 'tls-not-modelled', command: 'curl' }] });
  });
  it('MySQL answers with its greeting: the error is the proof the port answered', () => {
    expect(run('curl http://mysql-0.mysql-headless:3306').notes).toEqual([{ code: 'not-http-but-answered', command: 'curl' }]);
  });
});

describe('which images have curl', () => {
  it.each([['curlimages/curl'], ['nginx:latest'], ['registry.k8s.io/e2e-test-images/agnhost:2.53']])('%s has it', (image) => {
    const r = runCommand(cluster, newShellSession(cluster, { pod: 'default/test', image }), 'curl -s http://web-service/ | head -n 1');
    expect(r.output).toBe('<!DOCTYPE html>\n');
  });
  it.each([['busybox', 'sh: curl: not found\n'], ['registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3', 'sh: 1: curl: not found\n']])('%s has not', (image, out) => {
    expect(runCommand(cluster, newShellSession(cluster, { pod: 'default/test', image }), 'curl http://web-service/')).toMatchObject({ output: out, exitCode: 127 });
  });
});

describe('no line crashes or hangs curl', () => {
  const words = fc.constantFrom('-v', '-s', '-S', '-I', '-sI', '-o', '-', '/dev/null', 'x', '--connect-timeout', '1', '0.5', '--bogus', '-L',
    'http://web-service/', 'web-service', 'http://10.244.1.7:81/', 'https://web-service', 'ftp://x', 'http://', 'http://:80', 'http://mysql-0.mysql-headless:3306',
    'http://no-such-service', 'http://10.96.100.99/', '|', 'head', '-n', '2', '>', 'f');
  it('any mix of its words and arbitrary strings', () => {
    fc.assert(fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 30 })), { maxLength: 8 }), (args) => {
      const started = Date.now();
      const r = run(['curl', ...args].join(' '));
      expect(typeof r.output).toBe('string');
      expect(Number.isInteger(r.exitCode)).toBe(true);
      expect(Date.now() - started).toBeLessThan(1000);
    }), { numRuns: 300 });
  });
});
