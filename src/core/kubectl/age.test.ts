// kubectl's AGE column: apimachinery's duration.HumanDuration of now − creationTimestamp. The table is
// duration_test.go's (TestHumanDuration and TestHumanDurationBoundaries) in whole seconds, the simulated clock's
// unit: "2m − 1ms" is 119 s here. A Pod a controller makes while the clock runs is younger than the rest.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyActions } from '../model/actions';
import { SEED_CLIENT } from '../model/defaults';
import { loadCluster } from '../model/load';
import { humanDuration } from './api-identity';
import { kubectlOn } from '../testing/kubectl';

const m = 60, h = 3600, d = 24 * h, y = 365 * d;

describe('humanDuration, as duration_test.go has it', () => {
  it.each([
    [1, '1s'], [70, '70s'], [190, '3m10s'], [70 * m, '70m'], [47 * h, '47h'], [49 * h, '2d1h'], [(8 * 24 + 2) * h, '8d'],
    [367 * d, '367d'], [2 * y + 25 * h, '2y1d'], [8 * y + 2 * h, '8y'],
    [-2, '<invalid>'], [-1, '0s'], [0, '0s'], [119, '119s'], [2 * m, '2m'], [2 * m + 1, '2m1s'], [10 * m - 1, '9m59s'],
    [10 * m, '10m'], [10 * m + 1, '10m'], [3 * h - 1, '179m'], [3 * h, '3h'], [3 * h + m, '3h1m'], [8 * h - 1, '7h59m'],
    [8 * h, '8h'], [8 * h + 59 * m, '8h'], [2 * d - 1, '47h'], [2 * d, '2d'], [2 * d + h, '2d1h'], [8 * d - 1, '7d23h'],
    [8 * d, '8d'], [8 * d + 23 * h, '8d'], [2 * y - 1, '729d'], [2 * y, '2y'], [2 * y + 23 * h + 59 * m, '2y'],
    [2 * y + d - 1, '2y'], [2 * y + d, '2y1d'], [3 * y, '3y'], [7 * y, '7y'], [8 * y - 1, '7y364d'], [8 * y, '8y'],
    [8 * y + 364 * d, '8y'], [9 * y, '9y'],
  ])('%i s → %s', (seconds, want) => {
    expect(humanDuration(seconds)).toBe(want);
  });
});

describe('AGE and creationTimestamp follow the simulated clock', () => {
  const yaml = readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8');
  const start = loadCluster(yaml, { run: [SEED_CLIENT] }).cluster;
  const kubectl = (c: typeof start, line: string) => kubectlOn(c)(line).stdout;
  const ageOf = (c: typeof start, name: string) => kubectl(c, 'get pods').split('\n').find((l) => l.startsWith(`${name} `))!.trim().split(/ +/).pop();
  const nginx = start.pods.filter((p) => p.name.startsWith('nginx-')).map((p) => p.name);

  it('everything the scenario made is as old as the cluster', () => {
    expect(ageOf(start, nginx[0]!)).toBe('0s');
    expect(kubectl(start, 'get svc web-service').split('\n')[1]).toMatch(/ 0s$/);
  });

  it('five minutes on, a deleted Pod\'s replacement is new and the others are 5m old; 70 s later, 70s and 6m10s', () => {
    const later = applyActions(start, [{ type: 'advanceClock', seconds: 300 }, { type: 'deletePod', namespace: 'default', name: nginx[0]! }]).cluster;
    const fresh = later.pods.find((p) => p.name.startsWith('nginx-') && !nginx.includes(p.name))!.name;
    expect([ageOf(later, fresh), ageOf(later, nginx[1]!), ageOf(later, 'mysql-0')]).toEqual(['0s', '5m', '5m']);
    const pod = JSON.parse(kubectl(later, `get pod ${fresh} -o json`));
    expect([pod.metadata.creationTimestamp, pod.status.startTime]).toEqual(['2026-01-01T00:05:00Z', '2026-01-01T00:05:00Z']);
    expect(JSON.parse(kubectl(later, `get pod ${nginx[1]} -o json`)).metadata.creationTimestamp).toBe('2026-01-01T00:00:00Z');
    const after = applyActions(later, [{ type: 'advanceClock', seconds: 70 }]).cluster;
    expect([ageOf(after, fresh), ageOf(after, nginx[1]!)]).toEqual(['70s', '6m10s']);
  });

  it('a StatefulSet Pod made again under its old name is new too, and so is a Pod kubectl runs later', () => {
    const later = applyActions(start, [
      { type: 'advanceClock', seconds: 3 * 3600 },
      { type: 'deletePod', namespace: 'default', name: 'mysql-1' },
      { type: 'runPod', namespace: 'default', name: 'test2', image: 'busybox' },
      { type: 'advanceClock', seconds: 30 },
    ]).cluster;
    expect([ageOf(later, 'mysql-1'), ageOf(later, 'mysql-0'), ageOf(later, 'test2'), ageOf(later, 'test')]).toEqual(['30s', '3h', '30s', '3h']);
  });

  it('describe pod prints the same times and volume as -o json, and a terminating Pod\'s deletion as still ahead (<invalid>)', () => {
    const later = applyActions(start, [{ type: 'advanceClock', seconds: 90 }, { type: 'deletePod', namespace: 'default', name: nginx[0]! }]).cluster;
    const fresh = later.pods.find((p) => p.name.startsWith('nginx-') && !nginx.includes(p.name))!.name;
    const text = kubectl(later, `describe pod ${fresh}`);
    const json = JSON.parse(kubectl(later, `get pod ${fresh} -o json`));
    expect(text).toMatch(/\nStart Time: +Thu, 01 Jan 2026 00:01:30 \+0000\n/);
    expect(text).toMatch(/\n {4}State: +Running\n {6}Started: +Thu, 01 Jan 2026 00:01:30 \+0000\n/);
    expect(text).toContain(` from ${json.spec.volumes[0].name} (ro)\n`);
    expect(kubectl(start, `describe pod ${nginx[1]}`)).toMatch(/\nStart Time: +Thu, 01 Jan 2026 00:00:00 \+0000\n/);
    const terminating = applyActions(start, [{ type: 'terminatePod', namespace: 'default', name: nginx[1]! }]).cluster;
    expect(kubectl(terminating, `describe pod ${nginx[1]}`)).toMatch(/\nStatus: +Terminating \(lasts <invalid>\)\nTermination Grace Period: +30s\n/);
  });
});
