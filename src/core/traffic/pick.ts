// How a client chooses among several A records of a headless Service. Codes name the common clients that behave
// each way, for the UI to explain:
// - 'first': the first address returned. busybox wget and curl try addresses in order; glibc getaddrinfo
//   sorts by RFC 6724 rules, which leave same-subnet IPv4 addresses in the order DNS gave them, so the
//   `loadbalance` shuffle in CoreDNS is what spreads such clients.
// - 'random': a client library that picks one at random (e.g. many database drivers' "random" host policy).
// - 'round-robin': the client cycles through the list (gRPC's round_robin balancer, Envoy STRICT_DNS).
import { nextInt, type RngState } from '../util/rng';
import type { HeadlessStrategy } from './types';

export const STRATEGY_CLIENTS: Record<HeadlessStrategy, string[]> = {
  first: ['busybox-wget', 'curl', 'glibc-getaddrinfo'],
  random: ['driver-random-host'],
  'round-robin': ['grpc-round-robin', 'envoy-strict-dns'],
};

/** Index of the chosen address. `counter` is the round-robin position (read and advanced by the caller). */
export function pickAddress(strategy: HeadlessStrategy, count: number, rng: RngState, counter: number): number {
  if (count <= 1) return 0;
  switch (strategy) {
    case 'first': return 0;
    case 'random': return nextInt(rng, count);
    case 'round-robin': return counter % count;
  }
}
