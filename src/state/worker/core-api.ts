// The core's types the state layer passes around (core/index.ts is the only import).
export type { ClusterAction, Trace, Hop, ClientState, RequestOptions, SendRequest } from '../../core';
import type { HeadlessStrategy, ProxyMode } from '../../core';

/** The request options the UI offers (core RequestOptions has more, with defaults). */
export interface SendOptions {
  keepAlive: boolean;
  headlessStrategy: HeadlessStrategy;
  proxyMode: ProxyMode;
}
