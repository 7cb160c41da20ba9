// Every key the UI asks for a hop kind the core can produce exists in en.json.
import { describe, expect, it } from 'vitest';
import en from './en.json';

const kinds = ['dns-cache-hit', 'dns-query', 'dns-answer', 'client-pick', 'connect', 'dnat', 'ipvs', 'conntrack-hit', 'deliver', 'reject', 'reset', 'timeout', 'snat', 'leave-cluster'];

describe('en.json', () => {
  it.each(kinds)('names and explains the hop kind %s', (kind) => {
    expect((en.hopKind as Record<string, string>)[kind]).toBeTruthy();
    expect((en.hop as Record<string, unknown>)[kind]).toBeTruthy();
  });
  it.each(['overrun', 'workloadNotFound', 'invalidReplicas', 'noSpec', 'replicasLineChanged', 'specLineChanged'])('words the error code %s', (code) => {
    expect((en.errors as Record<string, string>)[code]).toBeTruthy();
  });
  it.each(['delivered', 'refused', 'nxdomain', 'timeout', 'external', 'invalid'])('words the outcome %s', (o) => {
    expect((en.outcome as Record<string, unknown>)[o]).toBeTruthy();
  });
});
