// The part of core/index.ts the playground calls, as the state layer expects it. The core lands piece by
// piece (issue 6 depends on the model, DNS and traffic issues), so every function but loadCluster is optional
// here: a missing one makes its panel say "not available yet" instead of showing invented text.
import type { Cluster, LoadOptions, LoadResult } from '../../core/model/types';

/** A change the learner makes to the running cluster (graph context menu, keyboard). Mirrors core's ClusterAction. */
export type ClusterAction = { type: string; [key: string]: unknown };

export interface Hop {
  kind: string;
  from: string;
  to: string;
  detail?: Record<string, unknown>;
}

export interface Trace {
  hops: Hop[];
  outcome: string;
  pod?: string;
  [key: string]: unknown;
}

export interface SendOptions {
  keepAlive: boolean;
  headlessStrategy: string;
  proxyMode: 'iptables' | 'ipvs';
}

export interface SendRequestInput {
  from: string;
  url: string;
  seed: number;
  state?: unknown;
  options: SendOptions;
}

export interface CoreApi {
  loadCluster(source: string, options?: LoadOptions): LoadResult;
  applyActions?(cluster: Cluster, actions: ClusterAction[]): unknown;
  scaleReplicasEdit?(source: string, ...args: unknown[]): unknown;
  nslookup?(cluster: Cluster, name: string, opts: { fromPod: string; seed?: number }): unknown;
  dig?(cluster: Cluster, name: string, type: 'A', opts: { fromPod: string; search?: boolean; seed?: number }): unknown;
  resolvConf?(cluster: Cluster, pod: unknown): unknown;
  iptablesSave?(cluster: Cluster, opts: { node: string }): unknown;
  ipvsadm?(cluster: Cluster, opts?: unknown): unknown;
  sendRequest?(cluster: Cluster, req: SendRequestInput): unknown;
  sendRequests?(cluster: Cluster, req: SendRequestInput, count: number): unknown;
}
