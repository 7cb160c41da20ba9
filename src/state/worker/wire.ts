// What travels between the core worker and the page. A reply is structured-cloned, except a built cluster's and
// its terminals': the clone of 5,000 Services and their EndpointSlices is hundreds of thousands of small objects,
// and even as JSON text (5.5 MB) and an iptables-save of 6 MB the page spent ~0.1 s reading the strings out of the
// message, and as long again parsing the cluster's in one go. So the cluster and the terminals travel as JSON in
// UTF-8 bytes, moved (not copied) to the page, the cluster's long lists (Services, EndpointSlices) in pieces of
// PIECE items; the page decodes and parses them a piece per task (client.ts). The cluster and the terminals are
// plain data, so JSON carries them exactly (wire.test.ts checks every scenario).
import type { Cluster } from '../../core';
import type { BuildResult, CommandOutput, ViewsResult, WorkerReply } from './protocol';

/** A cluster on the wire: its JSON without its long lists, and each long list's items as JSON arrays of pieces. */
export interface WireCluster {
  rest: Uint8Array;
  lists: { key: string; pieces: Uint8Array[] }[];
}

export type WireMessage =
  | { kind: 'reply'; reply: WorkerReply }
  | { kind: 'build'; id: number; result: Omit<BuildResult, 'cluster' | 'views'>; cluster: WireCluster; views: Uint8Array };

const isBuild = (reply: WorkerReply & { ok: true }): reply is typeof reply & { result: CommandOutput<'build'> } => reply.command === 'build';

/** Items of a list per piece: 1,000 EndpointSlices are ~0.75 MB of JSON, parsed in ~10 ms. */
const PIECE = 1000;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const jsonBytes = (value: unknown): Uint8Array => encoder.encode(JSON.stringify(value));
const parseBytes = (bytes: Uint8Array): unknown => JSON.parse(decoder.decode(bytes));

function clusterToWire(cluster: Cluster): WireCluster {
  const rest: Record<string, unknown> = {};
  const lists: WireCluster['lists'] = [];
  for (const [key, value] of Object.entries(cluster)) {
    if (!Array.isArray(value) || value.length <= PIECE) {
      rest[key] = value;
      continue;
    }
    // The list's place is kept (null) so the page puts it back where it was: the cluster's keys in their order.
    rest[key] = null;
    const pieces: Uint8Array[] = [];
    for (let at = 0; at < value.length; at += PIECE) pieces.push(jsonBytes(value.slice(at, at + PIECE)));
    lists.push({ key, pieces });
  }
  return { rest: jsonBytes(rest), lists };
}

/** The worker's side: a build's cluster and terminals as JSON bytes, every other reply as it is. */
export function toWire(reply: WorkerReply): WireMessage {
  if (!reply.ok || !isBuild(reply)) return { kind: 'reply', reply };
  const { cluster, views, ...rest } = reply.result;
  return { kind: 'build', id: reply.id, result: rest, cluster: clusterToWire(cluster), views: jsonBytes(views) };
}

/** What `postMessage` moves instead of copying: the buffers of a build's bytes. */
export function transferOf(m: WireMessage): ArrayBuffer[] {
  if (m.kind !== 'build') return [];
  const bytes = [m.cluster.rest, ...m.cluster.lists.flatMap((l) => l.pieces), m.views];
  return bytes.map((b) => b.buffer as ArrayBuffer);
}

/**
 * The page's side: the reply the worker made. `between` is awaited after each piece (the cluster's, then the
 * terminals'), so the page can give each a task of its own.
 */
export async function fromWire(m: WireMessage, between: () => Promise<void> = () => Promise.resolve()): Promise<WorkerReply> {
  if (m.kind === 'reply') return m.reply;
  // JSON.parse answers `unknown` data; the bytes are clusterToWire's JSON of a Cluster's fields, in its order.
  const fields = parseBytes(m.cluster.rest) as Record<string, unknown>;
  for (const { key, pieces } of m.cluster.lists) {
    const items: unknown[] = [];
    for (const piece of pieces) {
      await between();
      for (const item of parseBytes(piece) as unknown[]) items.push(item);
    }
    fields[key] = items;
  }
  await between();
  const views = parseBytes(m.views) as ViewsResult;
  return { id: m.id, command: 'build', ok: true, result: { ...m.result, cluster: fields as unknown as Cluster, views } };
}

/** The request a message answers. */
export const idOf = (m: WireMessage): number => (m.kind === 'reply' ? m.reply.id : m.id);
