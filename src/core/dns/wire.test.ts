// Our wire encoder, read back by an independent decoder (dns-packet).
import dnsPacket from 'dns-packet';
import { describe, expect, it } from 'vitest';
import { captureCluster } from '../testing/dns-capture-cluster';
import { dnsTestCluster } from '../testing/dns-clusters';
import { wireReply } from './reply';
import { queryCoreDns } from './coredns';
import type { DnsQueryType } from './types';
import { encodeMessage, fitReply } from './wire';

const D = 'default.svc.cluster.local';

describe('wire encoding', () => {
  it.each<[string, DnsQueryType]>([
    [`web-service.${D}`, 'A'], [`mysql-headless.${D}`, 'A'], [`_mysql._tcp.mysql-headless.${D}`, 'SRV'], [`es.${D}`, 'SRV'],
    ['50.100.96.10.in-addr.arpa', 'PTR'], [`ext-internal.${D}`, 'A'], [`nosuch.${D}`, 'A'], [`web-service.${D}`, 'AAAA'], ['dns-version.cluster.local', 'TXT'],
  ])('%s %s decodes to the same records, plain and compressed', (name, type) => {
    const a = queryCoreDns(dnsTestCluster(), name, type);
    const { message } = wireReply(a, { id: 7, name, type, rd: true, edns: { udpSize: 1232, cookie: Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]) } });
    for (const compress of [false, true]) {
      const bytes = encodeMessage(message, compress);
      const back = dnsPacket.decode(Buffer.from(bytes));
      expect(back.id).toBe(7);
      expect(back.flag_aa).toBe(a.aa);
      expect(back.flag_rd).toBe(true);
      expect((back as unknown as { rcode: string }).rcode).toBe(a.rcode);
      const txt = (d: unknown): string => (Array.isArray(d) ? d.map((b) => Buffer.from(b as Buffer).toString()).join('') : String(d));
      const show = (r: dnsPacket.Answer): string => {
        const d = (r as { data: unknown }).data as Record<string, unknown> | string;
        if (r.type === 'SRV') { const s = d as { priority: number; weight: number; port: number; target: string }; return `${r.name}. ${r.type} ${s.priority} ${s.weight} ${s.port} ${s.target}.`; }
        if (r.type === 'SOA') { const s = d as { mname: string; rname: string; serial: number; refresh: number; retry: number; expire: number; minimum: number }; return `${r.name}. SOA ${s.mname}. ${s.rname}. ${s.serial} ${s.refresh} ${s.retry} ${s.expire} ${s.minimum}`; }
        if (r.type === 'TXT') return `${r.name}. TXT ${txt(d)}`;
        return `${r.name}. ${r.type} ${r.type === 'CNAME' || r.type === 'PTR' ? `${String(d)}.` : String(d)}`;
      };
      expect((back.answers ?? []).map(show)).toEqual(a.answers.map((r) => `${r.name} ${r.type} ${r.data}`));
      expect((back.authorities ?? []).map(show)).toEqual((a.authority ?? []).map((r) => `${r.name} ${r.type} ${r.data}`));
      expect((back.additionals ?? []).filter((r) => r.type !== 'OPT').map(show)).toEqual(a.additionals.map((r) => `${r.name} ${r.type} ${r.data}`));
      if (!compress) {
        // dns-packet never compresses: an uncompressed message has the same length both ways.
        expect(bytes.length).toBe(dnsPacket.encode(back).length);
      }
    }
  });

  it('the capture sizes: 115 bytes for web A, 241 for three headless A, 639 for three SRV with glue (dig MSG SIZE)', () => {
    const size = (name: string, type: DnsQueryType): number => wireReply(queryCoreDns(captureCluster(), name, type, { shuffle: false }),
      { id: 1, name, type, rd: true, edns: { udpSize: 1232, cookie: new Uint8Array(8) } }).bytes.length;
    expect(size(`web.${D}`, 'A')).toBe(115);
    expect(size(`web-headless.${D}`, 'A')).toBe(241);
    expect(size(`_http._tcp.web-headless.${D}`, 'SRV')).toBe(639);
  });

  it('a reply too big for busybox (512 bytes, no EDNS) is compressed, then cut with TC set', () => {
    const c = dnsTestCluster();
    const svc = c.services.find((s) => s.name === 'mysql-headless')!;
    const slice = c.endpointSlices.find((s) => s.service === 'mysql-headless')!;
    slice.endpoints = Array.from({ length: 60 }, (_, i) => ({ addresses: [`10.244.9.${i + 1}`], conditions: { ready: true, serving: true, terminating: false } }));
    const name = `${svc.name}.${D}`;
    const { message, bytes } = wireReply(queryCoreDns(c, name, 'A'), { id: 1, name, type: 'A', rd: true });
    expect(bytes.length).toBeLessThanOrEqual(512);
    expect(message.tc).toBe(true);
    expect(message.answers.length).toBeGreaterThan(10);
    expect(message.answers.length).toBeLessThan(60);
    expect(dnsPacket.decode(Buffer.from(bytes)).answers).toHaveLength(message.answers.length);
    const small = wireReply(queryCoreDns(c, name, 'A'), { id: 1, name, type: 'A', rd: true, edns: { udpSize: 1232 } });
    expect(small.message.tc).toBe(false);
  });

  it('Truncate keeps every answer and cuts the glue, still setting TC (miekg/dns: TC when any record is left out)', () => {
    const glue = Array.from({ length: 50 }, (_, i) => ({ name: `host-${i}.some-long-service-name.default.svc.cluster.local.`, type: 'A' as const, ttl: 30, data: `10.1.0.${i}` }));
    const m = { id: 1, qr: true, aa: true, tc: false, rd: true, ra: false, rcode: 'NOERROR' as const, question: { name: 'x.default.svc.cluster.local.', type: 'SRV' },
      answers: [{ name: 'x.default.svc.cluster.local.', type: 'SRV' as const, ttl: 30, data: '0 100 80 x.default.svc.cluster.local.' }], authority: [], additionals: glue };
    const { message, bytes } = fitReply(m, 512);
    expect(message.answers).toHaveLength(1);
    expect(message.additionals.length).toBeGreaterThan(0);
    expect(message.additionals.length).toBeLessThan(50);
    expect(message.tc).toBe(true);
    expect(bytes.length).toBeLessThanOrEqual(512);
    expect(encodeMessage({ ...message, additionals: glue.slice(0, message.additionals.length + 1) }, true).length).toBeGreaterThan(512);
  });

  it('stays fast on a big headless Service (2000 endpoints)', () => {
    const c = dnsTestCluster();
    const slice = c.endpointSlices.find((s) => s.service === 'mysql-headless')!;
    for (let i = 0; i < 2000; i++) slice.endpoints.push({ addresses: [`10.250.${i >> 8}.${i & 255}`], conditions: { ready: true, serving: true, terminating: false } });
    const t = performance.now();
    const name = `mysql-headless.${D}`;
    const { message } = wireReply(queryCoreDns(c, name, 'A'), { id: 1, name, type: 'A', rd: true });
    expect(message.tc).toBe(true);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
