// What travels between the core worker and the page. A reply is structured-cloned, except a built cluster's and
// its terminals': the clone of 5,000 Services and their EndpointSlices is hundreds of thousands of small objects,
// and even as JSON text (5.5 MB) and an iptables-save of 6 MB the page spent ~0.1 s reading the strings out of the
// message. So the cluster and the terminals travel as JSON in UTF-8 bytes, moved (not copied) to the page, which
// decodes and parses each in a task of its own (client.ts). The cluster and the terminals are plain data, so JSON
// carries them exactly (wire.test.ts checks every scenario).
import type { Cluster } from '../../core';
import type { BuildResult, CommandOutput, ViewsResult, WorkerReply } from './protocol';

export type WireMessage =
  | { kind: 'reply'; reply: WorkerReply }
  | { kind: 'build'; id: number; result: Omit<BuildResult, 'cluster' | 'views'>; cluster: Uint8Array; views: Uint8Array };

const isBuild = (reply: WorkerReply & { ok: true }): reply is typeof reply & { result: CommandOutput<'build'> } => reply.command === 'build';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const jsonBytes = (value: unknown): Uint8Array => encoder.encode(JSON.stringify(value));

/** The worker's side: a build's cluster and terminals as JSON bytes, every other reply as it is. */
export function toWire(reply: WorkerReply): WireMessage {
  if (!reply.ok || !isBuild(reply)) return { kind: 'reply', reply };
  const { cluster, views, ...rest } = reply.result;
  return { kind: 'build', id: reply.id, result: rest, cluster: jsonBytes(cluster), views: jsonBytes(views) };
}

/** What `postMessage` moves instead of copying: the buffers of a build's bytes. */
export const transferOf = (m: WireMessage): ArrayBuffer[] =>
  m.kind === 'build' ? [m.cluster.buffer as ArrayBuffer, m.views.buffer as ArrayBuffer] : [];

/**
 * The page's side: the reply the worker made. The cluster and the terminals are parsed with `between` awaited in
 * between, so the page can let each take a task of its own.
 */
export async function fromWire(m: WireMessage, between: () => Promise<void> = () => Promise.resolve()): Promise<WorkerReply> {
  if (m.kind === 'reply') return m.reply;
  // JSON.parse answers `unknown` data; the bytes are toWire's JSON of a Cluster and of a ViewsResult.
  const cluster = JSON.parse(decoder.decode(m.cluster)) as Cluster;
  await between();
  const views = JSON.parse(decoder.decode(m.views)) as ViewsResult;
  return { id: m.id, command: 'build', ok: true, result: { ...m.result, cluster, views } };
}

/** The request a message answers. */
export const idOf = (m: WireMessage): number => (m.kind === 'reply' ? m.reply.id : m.id);
