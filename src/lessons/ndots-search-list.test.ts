// One query: a name the first search domain completes, or a name marked complete with its trailing dot. Fewer
// dots than the full name but not none still walks the search list; an address skips DNS and the Service name.
import { describe, expect, it } from 'vitest';
import { buildLessonCluster, checkLesson } from './check';
import { ndotsSearchList } from './ndots-search-list';
import type { PlaygroundState } from './types';

const start = ndotsSearchList.start;
const target = (t: string): PlaygroundState => ({ ...start, target: t });
const failed = (s: PlaygroundState) => checkLesson(ndotsSearchList, s).items.filter((i) => !i.passed).map((i) => i.id);
const cluster = buildLessonCluster(start);
const vip = cluster.services.find((s) => s.name === 'web-service')!.clusterIP;
const podIP = cluster.pods.find((p) => p.name.startsWith('nginx-'))!.ip;

describe('ndots-search-list', () => {
  it.each<[string, PlaygroundState]>([
    ['the full name with its trailing dot', ndotsSearchList.solution],
    ['the short name', target('web-service')],
    ['the short name as a URL', target('http://web-service/')],
    ['the short name with the port', target('web-service:80')],
    ['the short name from the long-running app', { ...target('web-service'), options: { clientKind: 'app' } }],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done: four queries', start, ['one-query']],
    ['web-service.default: two queries', target('web-service.default'), ['one-query']],
    ['web-service.default.svc: three queries', target('web-service.default.svc'), ['one-query']],
    ['the ClusterIP: no DNS at all', target(`${vip}:80`), ['one-query']],
    ['a Pod address: neither DNS nor the Service', target(`${podIP}:80`), ['one-query']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
