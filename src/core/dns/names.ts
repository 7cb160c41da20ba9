// Name and address helpers shared by the resolver, the stub resolvers and the printers.

/** `web.default` → `web.default.`; an empty name is the root `.`. */
export function fqdn(name: string): string {
  if (name === '' || name === '.') return '.';
  return name.endsWith('.') ? name : `${name}.`;
}

/** Drops the trailing dot (busybox prints names without it). */
export function bare(name: string): string {
  return name.length > 1 && name.endsWith('.') ? name.slice(0, -1) : name;
}

/** miekg/dns SplitDomainName on a name without its zone: labels, left to right. */
export function labels(name: string): string[] {
  const n = bare(name);
  return n === '' || n === '.' ? [] : n.split('.');
}

/** True when `name` is `zone` or below it (both FQDNs, compared case-insensitively). */
export function inZone(name: string, zone: string): boolean {
  const n = name.toLowerCase();
  const z = zone.toLowerCase();
  return n === z || n.endsWith(`.${z}`) || z === '.';
}

/** Go net.ParseIP for IPv4 dotted quads: four decimal octets, no leading zeros. */
export function isIPv4(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

/** IPv6 text form (RFC 4291 2.2), optionally ending in a dotted quad. */
export function isIPv6(s: string): boolean {
  if (!s.includes(':')) return false;
  let text = s;
  let extra = 0;
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!isIPv4(tail)) return false;
    text = `${text.slice(0, lastColon + 1)}0`;
    extra = 1;
  }
  const double = text.split('::');
  if (double.length > 2) return false;
  const group = /^[0-9a-fA-F]{1,4}$/;
  const side = (x: string): string[] | null => {
    if (x === '') return [];
    const g = x.split(':');
    return g.every((p) => group.test(p)) ? g : null;
  };
  if (double.length === 2) {
    const a = side(double[0]!);
    const b = side(double[1]!);
    return a !== null && b !== null && a.length + b.length + extra <= 8;
  }
  const all = side(text);
  return all !== null && all.length + extra === 8;
}

/** `10.244.1.5` → `5.1.244.10.in-addr.arpa.` (dig -x, busybox nslookup with an IP argument). */
export function reverseName(ip: string): string | undefined {
  if (!isIPv4(ip)) return undefined;
  return `${ip.split('.').reverse().join('.')}.in-addr.arpa.`;
}

/** miekg/dns dnsutil.ExtractAddressFromReverse for in-addr.arpa: the address, or '' if not a full one. */
export function addressFromReverse(name: string): string {
  const n = bare(name).toLowerCase();
  const suffix = '.in-addr.arpa';
  if (!n.endsWith(suffix)) return '';
  const parts = n.slice(0, -suffix.length).split('.');
  if (parts.length !== 4) return '';
  const ip = parts.reverse().join('.');
  return isIPv4(ip) ? ip : '';
}

/** coredns plugin/kubernetes endpointHostname without a hostname: the address with `.`/`:` as `-`. */
export function dashedIP(ip: string): string {
  if (ip.includes('.')) return ip.replaceAll('.', '-');
  const v6 = ip.replaceAll(':', '-');
  return v6.endsWith('-') ? `${v6}0` : v6;
}
