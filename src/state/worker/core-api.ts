// The core's types the state layer passes around (core/index.ts is the only import).
export type { ClusterAction, Trace, Hop, ClientState, RequestOptions, SendRequest } from '../../core';
import type { ClientKind, HeadlessStrategy, ProxyMode } from '../../core';

/** The request options the UI offers (core RequestOptions has more, with defaults). */
export interface SendOptions {
  /** The program that sends: busybox wget (the article's) or a long-running app. */
  clientKind: ClientKind;
  /** The app's kept-alive connection pool (busybox wget has none). */
  keepAlive: boolean;
  headlessStrategy: HeadlessStrategy;
  proxyMode: ProxyMode;
}
