// A DnsAnswer as the message on the wire: the header flags CoreDNS sets (handler.go: AA; RD copied
// by SetReply; no RA from the kubernetes plugin), the question echoed, and EDNS copied from the
// query (request.go SizeAndDo).
import { fqdn } from './names';
import type { DnsAnswer } from './types';
import { fitReply, type WireMessage } from './wire';

export interface ClientQuery {
  id: number;
  name: string;
  type: string;
  rd: boolean;
  /** The client's EDNS: dig 9.18 sends UDP size 1232 and an 8-byte client cookie; busybox sends none. */
  edns?: { udpSize: number; cookie?: Uint8Array };
}

export function replyMessage(answer: Omit<DnsAnswer, 'tried'>, q: ClientQuery): WireMessage {
  return {
    id: q.id, qr: true, aa: answer.aa, tc: false, rd: q.rd, ra: answer.ra, rcode: answer.rcode,
    question: { name: fqdn(q.name), type: q.type },
    answers: answer.answers, authority: answer.authority ?? [], additionals: answer.additionals,
    ...(q.edns ? { edns: { udpSize: q.edns.udpSize, ...(q.edns.cookie ? { cookie: q.edns.cookie } : {}) } } : {}),
  };
}

/** The reply fitted to the client's buffer (512 bytes without EDNS; 65535 over TCP), and its bytes. */
export function wireReply(answer: Omit<DnsAnswer, 'tried'>, q: ClientQuery, maxSize?: number): { message: WireMessage; bytes: Uint8Array } {
  const m = replyMessage(answer, q);
  return fitReply(m, maxSize ?? Math.max(512, q.edns?.udpSize ?? 512));
}
