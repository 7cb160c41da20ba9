// CoreDNS's own expectations, checked against our answers: the cases of coredns/coredns plugin/kubernetes
// handler_test.go TestServeDNS and handler_pod_insecure_test.go TestServeDNSModeInsecure over the cluster of
// their APIConnServeTest, and reverse_test.go TestReverse over its APIConnReverseTest. Compared the way their
// test.SortAndCheck does (rcode, then each section sorted) on whole records; an SOA is compared whole where the
// test's strings hold the serial and minimum it asks with (handler_test.go), elsewhere as test.Section does:
// owner, TTL and nameserver (those tests' SOA strings carry serials and minimums they never compare).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corednsHandlerTestCluster, corednsReverseTestCluster } from '../testing/coredns-handler-cluster';
import { queryCoreDns, type DnsQueryType, type DnsRecord } from '../index';

interface Case { qname: string; qtype: DnsQueryType; rcode: string; answer: string[]; authority: string[]; additional: string[] }

/** A zone-file line as miekg/dns reads it: a name without its final dot is absolute, blanks separate fields. */
function normalise(line: string): string {
  const [name, ttl, cls, type, ...data] = line.trim().split(/\s+/);
  return [name!.endsWith('.') ? name : `${name}.`, ttl, cls, type, data.join(' ')].join('\t');
}

function parseGolden(text: string): Case[] {
  const cases: Case[] = [];
  let section: 'answer' | 'authority' | 'additional' = 'answer';
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('; ')) continue;
    if (line.startsWith('$ ')) {
      const [qname, qtype] = line.slice(2).split(' ');
      cases.push({ qname: qname!, qtype: qtype as DnsQueryType, rcode: '', answer: [], authority: [], additional: [] });
      section = 'answer';
    } else if (line.startsWith(';; ')) section = line.slice(3).toLowerCase() as typeof section;
    else if (cases.at(-1)!.rcode === '') cases.at(-1)!.rcode = line;
    else cases.at(-1)![section].push(normalise(line));
  }
  return cases;
}

/** The record, or of an SOA what test.Section compares: owner, TTL, type and nameserver. */
const soaAsSection = (line: string): string => {
  const [name, ttl, cls, type, data] = line.split('\t');
  return type === 'SOA' ? [name, ttl, cls, type, data!.split(' ')[0]].join('\t') : line;
};
const zoneLine = (r: DnsRecord): string => normalise(`${r.name} ${r.ttl} IN ${r.type} ${r.data}`);

const golden = (file: string): Case[] => parseGolden(readFileSync(new URL(`../testdata/golden/dns/coredns/${file}`, import.meta.url), 'utf8'));
const suites = [
  { test: 'handler_test.go TestServeDNS', cases: golden('handler_test.zone'), count: 29, exactSoa: true, cluster: corednsHandlerTestCluster() },
  { test: 'handler_pod_insecure_test.go TestServeDNSModeInsecure', cases: golden('handler_pod_insecure_test.zone'), count: 6, exactSoa: false,
    cluster: corednsHandlerTestCluster() },
  { test: 'reverse_test.go TestReverse', cases: golden('reverse_test.zone'), count: 6, exactSoa: false, cluster: corednsReverseTestCluster() },
];

describe.each(suites)('CoreDNS $test cases', ({ cases, count, exactSoa, cluster }) => {
  const compared = (line: string): string => (exactSoa ? line : soaAsSection(line));
  const sorted = (rs: DnsRecord[] | undefined): string[] => (rs ?? []).map(zoneLine).sort().map(compared);

  it('reads every case of the golden file', () => {
    expect(cases.length).toBe(count);
  });

  it.each(cases.map((c) => ({ ...c, label: `${c.qname} ${c.qtype}` })))('$label', (c) => {
    const got = queryCoreDns(cluster, c.qname, c.qtype, { ttl: 5, soaSerial: 1499347823, shuffle: false });
    expect(got.rcode).toBe(c.rcode);
    expect(sorted(got.answers)).toEqual(c.answer.map(compared));
    expect(sorted(got.authority)).toEqual(c.authority.map(compared));
    expect(sorted(got.additionals)).toEqual(c.additional.map(compared));
    // test.CNAMEOrder: a CNAME comes before the records of its target.
    const firstCname = got.answers.findIndex((r) => r.type === 'CNAME');
    if (firstCname >= 0) expect(got.answers.slice(0, firstCname).some((r) => r.name === got.answers[firstCname]!.data)).toBe(false);
  });
});
