// The governing headless Service publishes the members that are not Ready; the client Service must not, and the
// members may not simply be declared Ready.
import { describe, expect, it } from 'vitest';
import { checkLesson } from './check';
import { publishNotReady } from './publish-not-ready';
import type { PlaygroundState } from './types';

const start = publishNotReady.start;
const PUBLISH = '  publishNotReadyAddresses: true\n';
const state = (over: Partial<PlaygroundState>): PlaygroundState => ({ ...start, ...over });
const publishing = (...services: string[]): string => services.reduce((yaml, name) => {
  const head = `  name: ${name}\nspec:\n`;
  expect(yaml).toContain(head);
  return yaml.replace(head, `${head}${PUBLISH}`);
}, start.yaml);
const failed = (s: PlaygroundState) => checkLesson(publishNotReady, s).items.filter((i) => !i.passed).map((i) => i.id);

describe('publish-not-ready', () => {
  it.each<[string, PlaygroundState]>([
    ['publishNotReadyAddresses on the headless Service', publishNotReady.solution],
    ['the same field written before clusterIP', state({ yaml: publishing('etcd') })],
  ])('passes: %s', (_, s) => {
    expect(failed(s)).toEqual([]);
  });

  it.each<[string, PlaygroundState, string[]]>([
    ['nothing done', start, ['peers-listed', 'peer-name']],
    ['on both Services: clients reach members that cannot serve', state({ yaml: publishing('etcd', 'etcd-client') }), ['clients-kept-away']],
    ['on the client Service only', state({ yaml: publishing('etcd-client') }), ['peers-listed', 'peer-name', 'clients-kept-away']],
    ['the members declared Ready', state({ actions: [] }), ['clients-kept-away']],
  ])('fails: %s', (_, s, items) => {
    expect(failed(s)).toEqual(items);
  });
});
