// The core's types the state layer passes around (core/index.ts is the only import).
export type { ClusterAction, Trace, Hop, ClientState, RequestOptions, SendRequest } from '../../core';
import type { ClientKind, HeadlessStrategy, ProxyMode, RequestOptions } from '../../core';

/** The request options the UI offers (core RequestOptions has more, with defaults). */
export interface SendOptions {
  /** The program that sends: busybox wget (the article's) or a long-running app. */
  clientKind: ClientKind;
  /** The app's kept-alive connection pool (busybox wget has none). */
  keepAlive: boolean;
  headlessStrategy: HeadlessStrategy;
  proxyMode: ProxyMode;
}

/** The core's request options for what the UI offers. */
export function requestOptions(o: SendOptions): RequestOptions {
  return { client: o.clientKind, keepAlive: o.keepAlive, headlessStrategy: o.headlessStrategy, proxyMode: o.proxyMode };
}
