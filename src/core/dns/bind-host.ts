// bind 9.18's `host` (bin/dig/host.c printmessage, printsection, say_message; bin/dig/dighost.c): one line per
// answer record. Without -t it asks A, then AAAA, then MX for a name (only lines for what exists), a PTR for an
// address. Checked line for line against the real host (Debian bind9-host) in src/core/shell/dnsutils.golden.test.ts.
import type { Cluster } from '../model/types';
import { bindLookup, bindRdata, type BindLookupOptions } from './bind-lookup';
import { bare, isIPv4, reverseName } from './names';
import type { DnsQueryType, DnsRecord } from './types';

export interface BindHostOptions extends BindLookupOptions {
  /** `-t TYPE`. */
  type?: DnsQueryType;
}

// host.c rtype_text[]: what stands between the owner and the rdata.
const SAYS: Record<string, string> = {
  A: 'has address', AAAA: 'has IPv6 address', CNAME: 'is an alias for', PTR: 'domain name pointer', SRV: 'has SRV record',
  TXT: 'descriptive text', MX: 'mail is handled by', NS: 'name server', SOA: 'has SOA record',
};

const line = (r: DnsRecord): string => `${bare(r.name)} ${SAYS[r.type] ?? `has ${r.type} record`} ${bindRdata(r.type, r.data)}\n`;

/**
 * What bind's `host [-t TYPE] NAME [SERVER]` prints in a Pod, and its exit status (1 when the name does not exist).
 * @example bindHost(cluster, 'web-service', { fromPod: 'default/dnsutils' }).text // 'web-service.default.svc.cluster.local has address 10.96.100.50\n'
 */
export function bindHost(cluster: Cluster, name: string, opts: BindHostOptions): { text: string; exitCode: number } {
  let text = opts.server !== undefined ? `Using domain server:\nName: ${opts.server}\nAddress: ${opts.server}#53\nAliases: \n\n` : '';
  const reverse = opts.type === undefined && isIPv4(name);
  const types: DnsQueryType[] = opts.type ? [opts.type] : reverse ? ['PTR'] : ['A', 'AAAA'];
  const asked = reverse ? reverseName(name)! : name;
  for (const type of types) {
    const replies = bindLookup(cluster, asked, type, opts);
    const { reply } = replies[replies.length - 1]!;
    if (reply.rcode !== 'NOERROR') {
      // host.c printmessage: the name as typed, the rcode's number and text.
      const code = reply.rcode === 'NXDOMAIN' ? 3 : 2;
      return { text: `${text}Host ${reverse ? asked : name} not found: ${code}(${reply.rcode})\n`, exitCode: 1 };
    }
    text += reply.answers.map(line).join('');
    if (opts.type && reply.answers.length === 0) text += `${bare(replies[replies.length - 1]!.name)} has no ${type} record\n`;
  }
  // The default MX lookup: the kubernetes plugin has no MX records, so it answers NODATA and host prints nothing.
  return { text, exitCode: 0 };
}
