// What travels between the core worker and the page. A reply is structured-cloned, except a built cluster's: the
// clone of 5,000 Services and their EndpointSlices is hundreds of thousands of small objects, which the page took
// ~0.1 s to read in one task (three times that on a busy machine); the same cluster as JSON text is cloned as one
// string and parsed in less than half the time, in a task of its own (client.ts). The cluster is plain data, so
// JSON carries it exactly (wire.test.ts checks every scenario).
import type { Cluster } from '../../core';
import type { BuildResult, CommandOutput, WorkerReply } from './protocol';

export type WireMessage =
  | { kind: 'reply'; reply: WorkerReply }
  | { kind: 'build'; id: number; result: Omit<BuildResult, 'cluster'>; cluster: string };

const isBuild = (reply: WorkerReply & { ok: true }): reply is typeof reply & { result: CommandOutput<'build'> } => reply.command === 'build';

/** The worker's side: a build's cluster as JSON text, every other reply as it is. */
export function toWire(reply: WorkerReply): WireMessage {
  if (!reply.ok || !isBuild(reply)) return { kind: 'reply', reply };
  const { cluster, ...rest } = reply.result;
  return { kind: 'build', id: reply.id, result: rest, cluster: JSON.stringify(cluster) };
}

/** The page's side: the reply the worker made. */
export function fromWire(m: WireMessage): WorkerReply {
  if (m.kind === 'reply') return m.reply;
  // JSON.parse answers `unknown` data; the text is toWire's JSON of a Cluster.
  const cluster = JSON.parse(m.cluster) as Cluster;
  return { id: m.id, command: 'build', ok: true, result: { ...m.result, cluster } };
}

/** The request a message answers. */
export const idOf = (m: WireMessage): number => (m.kind === 'reply' ? m.reply.id : m.id);
