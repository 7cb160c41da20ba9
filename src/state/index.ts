export { createAppStore, getAppStore, useAppStore } from './store';
export * from './selectors';
export type * from './types';
export type { ClusterAction, Hop, Trace, SendOptions } from './worker/core-api';
export type { ActionError, CoreModels, DnsLookupResult, TextResult, ViewsResult } from './worker/protocol';
export { createCoreClient, StaleReply, Overrun } from './worker/client';
