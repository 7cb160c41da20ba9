// Every target a scenario suggests reaches something from the seed's client: a suggestion carries its port, so
// the learner's first send is never refused for a port the Service or Pod does not have.
import { describe, expect, it } from 'vitest';
import { checkRequest, loadCluster, SEED_CLIENT } from '../core';
import { scenarios } from '.';

describe('suggested targets', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))('%s: each one is reachable on the port it names', (_id, s) => {
    const { cluster } = loadCluster(s.source, { run: [SEED_CLIENT] });
    for (const target of [s.suggested.target, ...s.targets]) {
      expect([target, checkRequest(cluster, { from: s.suggested.client, url: target }).status]).toEqual([target, 'ok']);
    }
  });
});
