// What a link carries: enough to replay the author's screen. Opening it loads `yaml`, applies
// `actions` in order, and restores the selection, request options, seed and view.
import type { ClusterAction } from './actions';

export type { ClusterAction } from './actions';

export type Strategy = 'first' | 'random' | 'round-robin';
export type ProxyMode = 'iptables' | 'ipvs';
export type TerminalTool = 'nslookup' | 'dig';

export interface RequestOptions {
  keepAlive?: boolean;
  /** The headless client's pick among the A records. */
  strategy?: Strategy;
  proxyMode?: ProxyMode;
  /** Requests per send: 1, 10 or 100 in the UI; 1–1,000 accepted. */
  count?: number;
}

export interface ShareView {
  terminal?: TerminalTool;
  /** The terminal tab shown (`iptables`, `ipvs`, `resolv-conf`, …): lowercase words and dashes. */
  tab?: string;
  /** The node whose rules are shown. */
  node?: string;
  /** The hop of the animated request on screen (0-based). */
  hop?: number;
  /** The compact read-only view for an iframe. */
  embed?: boolean;
}

export interface ShareState {
  yaml: string;
  actions: ClusterAction[];
  /** The client Pod, `name` or `namespace/name`. */
  client?: string;
  /** What the client asks for: a name, `name:port`, `IP:port`. */
  target?: string;
  options?: RequestOptions;
  /** The traffic simulation's seed (uint32): same seed, same picks and answer order. */
  seed: number;
  view?: ShareView;
}
