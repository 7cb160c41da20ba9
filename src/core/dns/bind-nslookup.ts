// bind 9.18's `nslookup` (bin/dig/nslookup.c printmessage, printsection; bin/dig/dighost.c), the one in the
// Kubernetes docs' dnsutils image — not busybox's (nslookup.ts), which prints differently. Checked line for
// line against the real nslookup (Debian bind9-dnsutils) in src/core/shell/dnsutils.golden.test.ts.
import type { Cluster } from '../model/types';
import { bindLookup, bindRdata, type BindLookupOptions, type BindReply } from './bind-lookup';
import { bare, isIPv4, reverseName } from './names';
import { podResolverConfig } from './search';
import type { DnsQueryType, DnsRecord } from './types';

export interface BindNslookupOptions extends BindLookupOptions {
  /** `-type=X` (also `-query=`, `-q=`): one lookup of that type instead of the default A-then-AAAA. */
  type?: DnsQueryType;
}

// nslookup.c rtypetext[]: the words between owner and rdata.
const RTYPE_TEXT: Record<string, string> = {
  CNAME: 'canonical name = ', PTR: 'name = ', NS: 'nameserver = ', TXT: 'text = ', SRV: 'service = ', MX: 'mail exchanger = ',
};

/** printsection: A/AAAA as `Name:`/`Address:` pairs, everything else `owner<TAB>words rdata`. */
function formatRecord(r: DnsRecord): string {
  if (r.type === 'A' || r.type === 'AAAA') return `Name:\t${bare(r.name)}\nAddress: ${r.data}\n`;
  if (r.type === 'SOA') {
    const [mname, rname, serial, refresh, retry, expire, minimum] = r.data.split(' ');
    return `${bare(r.name)}\n\torigin = ${mname}\n\tmail addr = ${rname}\n\tserial = ${serial}\n\trefresh = ${refresh}\n\tretry = ${retry}\n\texpire = ${expire}\n\tminimum = ${minimum}\n`;
  }
  return `${bare(r.name)}\t${RTYPE_TEXT[r.type] ?? ''}${bindRdata(r.type, r.data)}\n`;
}

/**
 * What bind's `nslookup NAME [SERVER]` prints in a Pod, and its exit status (1 when a lookup failed).
 * @example bindNslookup(cluster, 'web-service', { fromPod: 'default/dnsutils' }).text.split('\n')[1] // 'Server:\t\t10.96.0.10'
 */
export function bindNslookup(cluster: Cluster, name: string, opts: BindNslookupOptions): { text: string; exitCode: number } {
  const config = podResolverConfig(cluster, opts.fromPod);
  const server = opts.server ?? config.nameserver;
  const defaultLookups = opts.type === undefined;
  // An address is looked up in reverse (a PTR of its in-addr.arpa name), with the default lookups' header rule.
  const reverse = defaultLookups && isIPv4(name);
  const type: DnsQueryType = opts.type ?? (reverse ? 'PTR' : 'A');
  const asked = reverse ? reverseName(name)! : name;
  let text = '';
  let exitCode = 0;
  // The CoreDNS kubernetes plugin never sets RA: nslookup says so for each reply from resolv.conf's server
  // (a server named on the command line is asked without the remark).
  const remark = (replies: BindReply[]): void => {
    if (opts.server !== undefined) return;
    for (const r of replies) if (!r.reply.ra) text += `;; Got recursion not available from ${server}\n`;
  };

  const first = bindLookup(cluster, asked, type, opts);
  remark(first);
  const last = first[first.length - 1]!;
  if (!defaultLookups || type === 'A') text += `Server:\t\t${server}\nAddress:\t${server}#53\n\n`;
  if (last.reply.rcode !== 'NOERROR') {
    text += `** server can't find ${reverse ? bare(asked) : name}: ${last.reply.rcode}\n`;
    exitCode = 1;
  } else {
    if (!last.reply.aa && (!defaultLookups || type === 'A')) text += 'Non-authoritative answer:\n';
    text += last.reply.answers.map(formatRecord).join('');
    const noAnswer = last.reply.answers.length === 0;
    if (noAnswer && !defaultLookups) text += `*** Can't find ${name}: No answer\n`;
    if (defaultLookups && type === 'A') {
      // The AAAA lookup follows a successful A lookup, for the name found (CNAMEs chased), as an absolute name.
      const found = last.reply.answers.filter((r) => r.type === 'CNAME').reduce((n, r) => (r.name === n ? r.data : n), last.name);
      const aaaa = bindLookup(cluster, found, 'AAAA', opts);
      remark(aaaa);
      const a = aaaa[aaaa.length - 1]!.reply;
      if (a.rcode === 'NOERROR') {
        text += a.answers.map(formatRecord).join('');
        if (a.answers.length === 0 && noAnswer) text += `*** Can't find ${bare(found)}: No answer\n`;
      }
    }
  }
  return { text: `${text}\n`, exitCode };
}
