// The fast forms of the name and hash functions must give exactly what their plain definitions give:
// generated names and pod-template-hash labels are what a learner reads.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a, hashMore, hashMoreInt, hashParts } from '../util/hash';
import { loadCluster } from './load';
import { podTemplateHash, podTemplateHashOf, replicaSetPodName, replicaSetPodNamer } from './naming';

describe('podTemplateHashOf', () => {
  it('is podTemplateHash of the JSON text, for any JSON value', () => {
    // Ports and counts (non-negative integers) take a path of their own, so they are drawn often.
    const value = fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.oneof(fc.nat(), fc.integer(), fc.string(), fc.array(fc.nat()))));
    fc.assert(
      fc.property(value, (value) => {
        expect(podTemplateHashOf(value)).toBe(podTemplateHash(JSON.stringify(value)));
      }),
      { numRuns: 500 },
    );
  });

  it('is podTemplateHash of the JSON text for a workload template', () => {
    const template = [
      'Deployment',
      {
        labels: { app: 'web', 'pod-template-hash': 'x"y\\z\u0001' },
        containerPorts: [{ container: 'app', name: 'http', containerPort: 8080, protocol: 'TCP' }, { container: 'app', containerPort: 0, protocol: 'UDP' }],
        image: 'nginx:1.27',
        skipped: undefined,
        ratio: 0.5,
        big: 2 ** 31,
        negative: -3,
      },
    ];
    expect(podTemplateHashOf(template)).toBe(podTemplateHash(JSON.stringify(template)));
  });
});

describe('hashes of integers', () => {
  it('hashMoreInt is hashMore of the number', () => {
    fc.assert(
      fc.property(fc.nat(), fc.oneof(fc.nat(), fc.maxSafeNat(), fc.integer()), (h, n) => {
        expect(hashMoreInt(h, n)).toBe(hashMore(h, n));
      }),
      { numRuns: 500 },
    );
  });

  it('hashMore continues hashParts', () => {
    expect(hashMore(hashParts('pod', 'default'), 'web', 3)).toBe(hashParts('pod', 'default', 'web', 3));
    expect(fnv1a('')).toBe(hashParts());
  });
});

describe('replicaSetPodNamer', () => {
  it('names each serial as replicaSetPodName does', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9-]{1,70}$/), fc.stringMatching(/^[a-z]{1,10}$/), fc.nat(100000), (rs, ns, serial) => {
        expect(replicaSetPodNamer(ns, rs)(serial)).toBe(replicaSetPodName(ns, rs, serial));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the names links and lessons already hold', () => {
  // A link's actions name Pods (delete nginx-5cd48bb5b9-qmldf); a change to what the hash reads renames every
  // Deployment's Pods and breaks those links. These are the default scenario's names since links began.
  it('the default scenario\'s Deployment Pods keep their names', () => {
    const yaml = readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8');
    const names = (text: string) => loadCluster(text).cluster.pods.filter((p) => p.owner?.workload?.name === 'nginx').map((p) => p.name).sort();
    expect(names(yaml)).toEqual(['nginx-5cd48bb5b9-ll2t8', 'nginx-5cd48bb5b9-qmldf', 'nginx-5cd48bb5b9-vcn87']);
  });
});
