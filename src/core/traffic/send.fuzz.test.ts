// Seeded property tests (fast-check): sendRequest never throws on any input, is deterministic, and the fast path
// of sendRequests agrees with the traced path for any seed and options.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioBasicCluster } from '../testing/proxy-clusters';
import { seedCluster } from '../testing/seed-cluster';
import { sendRequest } from './send';
import { sendRequests } from './send-many';

const seed = seedCluster();
const basic = scenarioBasicCluster();
const urls = ['http://web-service/', 'web-service:80', 'web-service:81', 'mysql-headless:3306', 'mysql-1.mysql-headless:3306', 'nope', 'http://10.244.1.7/', 'http://10.96.0.1:443/', 'kubernetes.default:443'];
const options = fc.record({
  keepAlive: fc.boolean(),
  headlessStrategy: fc.constantFrom('first' as const, 'random' as const, 'round-robin' as const),
  dnsCache: fc.boolean(),
  interval: fc.constantFrom(0, 1, 17, 100),
  proxyMode: fc.constantFrom('iptables' as const, 'ipvs' as const),
}, { requiredKeys: [] });

describe('sendRequest properties', () => {
  it('never throws, whatever the client and URL', () => {
    fc.assert(fc.property(fc.string(), fc.string(), fc.integer(), (from, url, s) => {
      const { trace } = sendRequest(seed, { from, url, seed: s });
      expect(['delivered', 'refused', 'nxdomain', 'timeout', 'external', 'invalid']).toContain(trace.outcome);
    }), { numRuns: 300, seed: 1 });
  });

  it('same cluster, seed and request give the same trace and state', () => {
    fc.assert(fc.property(fc.constantFrom(...urls), fc.integer(), options, (url, s, opts) => {
      const a = sendRequest(seed, { from: 'default/test', url, seed: s, options: opts });
      const b = sendRequest(seed, { from: 'default/test', url, seed: s, options: opts });
      expect(b).toEqual(a);
    }), { numRuns: 200, seed: 2 });
  });

  it('sendRequests: the fast path agrees with the traced path for any seed and options', () => {
    fc.assert(fc.property(fc.constantFrom(...urls, 'http://sticky/', 'http://empty/', 'http://172.18.0.3:30080/'), fc.integer(), options, (url, s, opts) => {
      const cluster = url.includes('sticky') || url.includes('empty') || url.includes('30080') ? basic : seed;
      const from = cluster === basic ? 'default/web-b' : 'default/test';
      const req = { from, url, seed: s, options: opts };
      const traced = sendRequests(cluster, req, 60, { keepTraces: 60 });
      const fast = sendRequests(cluster, req, 60, { keepTraces: 0 });
      expect(fast.counts).toEqual(traced.counts);
      expect(fast.outcomes).toEqual(traced.outcomes);
      expect(fast.state).toEqual(traced.state);
    }), { numRuns: 150, seed: 3 });
  });
});
