// Narrowing a hop to its kind, so readers of a trace get that kind's typed detail without a cast.
import type { Hop, HopKind } from './types';

/**
 * A type guard for one hop kind, for `find` and `filter`.
 * @example
 * trace.hops.find(isHop('dnat'))?.detail.endpoint; // '10.244.1.7:80'
 */
export const isHop = <K extends HopKind>(kind: K) => (hop: Hop): hop is Extract<Hop, { kind: K }> => hop.kind === kind;
