// checkRequest: what the send bar says before a request is sent, from the seed's scenarios and its client.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyActions } from '../model/actions';
import { SEED_CLIENT } from '../model/defaults';
import { loadCluster } from '../model/load';
import { checkRequest, type RequestCheck } from './check';
import { sendRequest } from './send';

const scenario = (name: string) => loadCluster(readFileSync(new URL(`../../scenarios/${name}.yaml`, import.meta.url), 'utf8'), { run: [SEED_CLIENT] }).cluster;
const seed = scenario('default');

const cases: { name: string; url: string; from?: string; want: RequestCheck }[] = [
  { name: 'a ClusterIP Service on its port', url: 'web-service', want: { status: 'ok', port: 80, target: { kind: 'service', namespace: 'default', name: 'web-service', headless: false, ports: [80] } } },
  { name: 'a ClusterIP Service on a port it lacks', url: 'web-service:3306', want: { status: 'wrong-port', port: 3306, target: { kind: 'service', namespace: 'default', name: 'web-service', headless: false, ports: [80] } } },
  { name: 'the headless Service without a port means 80', url: 'mysql-headless', want: { status: 'wrong-port', port: 80, target: { kind: 'service', namespace: 'default', name: 'mysql-headless', headless: true, ports: [3306] } } },
  { name: 'the headless Service with its port', url: 'http://mysql-headless:3306/', want: { status: 'ok', port: 3306, target: { kind: 'service', namespace: 'default', name: 'mysql-headless', headless: true, ports: [3306] } } },
  { name: 'one StatefulSet Pod by name', url: 'mysql-0.mysql-headless', want: { status: 'wrong-port', port: 80, target: { kind: 'pod', namespace: 'default', name: 'mysql-0', headless: false, ports: [3306] } } },
  { name: 'the VIP by address', url: '10.96.100.50:8080', want: { status: 'wrong-port', port: 8080, target: { kind: 'service', namespace: 'default', name: 'web-service', headless: false, ports: [80] } } },
  { name: 'a name nothing answers', url: 'web-servce', want: { status: 'unknown-name', host: 'web-servce' } },
  { name: 'nothing typed', url: '  ', want: { status: 'no-target' } },
  { name: 'not a URL', url: 'http://web service', want: { status: 'bad-url' } },
  { name: 'a client that is not there', url: 'web-service', from: 'default/nosuch', want: { status: 'no-client', client: 'default/nosuch', pending: false } },
];

describe('checkRequest', () => {
  it.each(cases)('$name', ({ url, from, want }) => {
    expect(checkRequest(seed, { from: from ?? 'default/test', url })).toEqual(want);
  });

  it('a deleted client is missing; started again, it is there', () => {
    const gone = applyActions(seed, [{ type: 'deletePod', namespace: 'default', name: 'test' }]).cluster;
    expect(checkRequest(gone, { from: 'test', url: 'web-service' })).toEqual({ status: 'no-client', client: 'default/test', pending: false });
    const back = applyActions(gone, [{ type: 'runPod', ...SEED_CLIENT }]).cluster;
    expect(checkRequest(back, { from: 'test', url: 'web-service' }).status).toBe('ok');
  });

  it('agrees with the request itself: a wrong port is refused or times out, a right one is delivered', () => {
    for (const c of cases.filter((x) => x.want.status === 'wrong-port' || x.want.status === 'ok')) {
      const { trace } = sendRequest(seed, { from: 'default/test', url: c.url, seed: 1 });
      expect([c.url, trace.outcome]).toEqual([c.url, c.want.status === 'ok' ? 'delivered' : expect.stringMatching(/^(refused|timeout)$/)]);
    }
  });
});
