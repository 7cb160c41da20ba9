// nslookup succeeds with a name it does not have to search: the full name, with or without its dot, with a type
// or a server. The short name prints the address but exits 1; names with some dots are not searched.
import { describe, expect, it } from 'vitest';
import { checkLesson } from './check';
import { busyboxNslookupDots } from './busybox-nslookup-dots';
import type { PlaygroundState } from './types';

const start = busyboxNslookupDots.start;
const typed = (...lines: string[]): PlaygroundState => ({ ...start, shell: [...(start.shell ?? []), ...lines] });
const failed = (s: PlaygroundState) => checkLesson(busyboxNslookupDots, s).items.filter((i) => !i.passed).map((i) => i.id);

describe('busybox-nslookup-dots', () => {
  it.each<[string, PlaygroundState]>([
    ['the full name', busyboxNslookupDots.solution],
    ['the full name with its trailing dot', typed('nslookup web-service.default.svc.cluster.local.')],
    ['-type=a and the full name', typed('nslookup -type=a web-service.default.svc.cluster.local')],
    ['the full name asked of the kube-dns address', typed('nslookup web-service.default.svc.cluster.local 10.96.0.10')],
    ['busybox nslookup spelled out', typed('busybox nslookup web-service.default.svc.cluster.local')],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done', start, ['nslookup-succeeds']],
    ['the short name: the address, then NXDOMAIN for the other domains (exit 1)', typed('nslookup web-service'), ['nslookup-succeeds']],
    ['web-service.default again', typed('nslookup web-service.default'), ['nslookup-succeeds']],
    ['web-service.default.svc: one dot too few to be complete, and not searched', typed('nslookup web-service.default.svc'), ['nslookup-succeeds']],
    ['kubernetes.default, the docs\' example', typed('nslookup kubernetes.default'), ['nslookup-succeeds']],
    ['only wget, which works', typed('wget -q -O- http://web-service.default.svc.cluster.local'), ['nslookup-succeeds']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
