// Serves a simulated cluster's DNS over UDP and TCP, answering each question with queryCoreDns and
// the core's own wire encoder (src/core/dns/wire.ts, the bytes dig counts as MSG SIZE). Queries are
// decoded with dns-packet. Used by the real-client test (inside a private network namespace) and by
// `npm run dns` (scripts/dns-server.ts) so a learner can ask it with their own dig.
import { createSocket, type Socket } from 'node:dgram';
import { createServer, type Server } from 'node:net';
import dnsPacket from 'dns-packet';
import { queryCoreDns, wireReply, type ClientQuery, type Cluster, type DnsQueryType, type ResolveOptions } from '../src/core/index';

const SUPPORTED = new Set<string>(['A', 'AAAA', 'SRV', 'PTR', 'CNAME', 'TXT']);

export interface AnsweredQuery {
  transport: 'udp' | 'tcp';
  name: string;
  type: string;
  rcode: string;
  answers: number;
}

/** The reply bytes for one query packet, or undefined for a packet that is not a query. */
export function answerPacket(cluster: Cluster, packet: Uint8Array, opts: ResolveOptions, log?: (q: AnsweredQuery & { transport: 'udp' | 'tcp' }) => void, transport: 'udp' | 'tcp' = 'udp'): Uint8Array | undefined {
  let query: dnsPacket.Packet;
  try {
    query = dnsPacket.decode(Buffer.from(packet));
  } catch {
    return undefined;
  }
  const question = query.questions?.[0];
  if (!question || query.type !== 'query') return undefined;
  const opt = (query.additionals ?? []).find((r) => r.type === 'OPT') as dnsPacket.OptAnswer | undefined;
  const options = (opt?.options ?? []) as unknown as Array<{ code: number; data?: Buffer }>;
  const cookie = options.find((o) => o.code === 10)?.data;
  const client: ClientQuery = {
    id: query.id ?? 0,
    name: question.name,
    type: question.type,
    rd: ((query.flags ?? 0) & dnsPacket.RECURSION_DESIRED) !== 0,
    // request.go SizeAndDo: the client's UDP size, and its client cookie echoed.
    ...(opt ? { edns: { udpSize: opt.udpPayloadSize ?? 512, ...(cookie ? { cookie: Uint8Array.from(cookie.subarray(0, 8)) } : {}) } } : {}),
  };
  // handler.go default branch: other types get a "fake A lookup" that only decides NXDOMAIN vs NODATA, and
  // NODATA carries the zone's SOA (BackendError with RcodeSuccess), as the A answer's NODATA would.
  const type = (SUPPORTED.has(question.type) ? question.type : 'A') as DnsQueryType;
  let answer = queryCoreDns(cluster, question.name, type, opts);
  if (!SUPPORTED.has(question.type)) {
    const authority = answer.authority ?? (answer.rcode === 'NOERROR' && !answer.forwarded ? queryCoreDns(cluster, cluster.clusterDomain, 'A', opts).authority : undefined);
    answer = { ...answer, answers: [], additionals: [], ...(authority ? { authority } : {}) };
  }
  const out = wireReply(answer, client, transport === 'tcp' ? 65535 : undefined).bytes;
  log?.({ transport, name: question.name, type: question.type, rcode: answer.rcode, answers: answer.answers.length });
  return out;
}

export interface DnsWireServer {
  host: string;
  port: number;
  queries: AnsweredQuery[];
  close(): Promise<void>;
}

/** Listens on host:port (UDP and TCP) and answers from `cluster`. */
export async function startDnsServer(cluster: Cluster, opts: { host?: string; port?: number; resolve?: ResolveOptions; onQuery?: (q: AnsweredQuery) => void } = {}): Promise<DnsWireServer> {
  const host = opts.host ?? '127.0.0.1';
  const queries: AnsweredQuery[] = [];
  const log = (q: AnsweredQuery): void => { queries.push(q); opts.onQuery?.(q); };
  const udp: Socket = createSocket('udp4');
  udp.on('message', (msg, rinfo) => {
    const reply = answerPacket(cluster, msg, opts.resolve ?? {}, log, 'udp');
    if (reply) udp.send(reply, rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve, reject) => {
    udp.once('error', reject);
    udp.bind(opts.port ?? 5353, host, () => resolve());
  });
  const port = udp.address().port;
  const tcp: Server = createServer((sock) => {
    let buf = Buffer.alloc(0);
    sock.on('data', (d) => {
      buf = Buffer.concat([buf, d]);
      while (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
        const len = buf.readUInt16BE(0);
        const reply = answerPacket(cluster, buf.subarray(2, 2 + len), opts.resolve ?? {}, log, 'tcp');
        buf = buf.subarray(2 + len);
        if (reply) {
          const head = Buffer.alloc(2);
          head.writeUInt16BE(reply.length);
          sock.write(Buffer.concat([head, Buffer.from(reply)]));
        }
      }
    });
    sock.on('error', () => sock.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    tcp.once('error', reject);
    tcp.listen(port, host, () => resolve());
  });
  return {
    host, port, queries,
    close: () => new Promise<void>((resolve) => { udp.close(); tcp.close(() => resolve()); }),
  };
}
