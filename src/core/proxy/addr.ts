// IPv4 matching as netfilter does it: a packet address against `-s/-d addr/prefix`.

/** Dotted quad to an unsigned 32-bit number; -1 if it is not one. */
export function ipToInt(ip: string): number {
  let n = 0;
  let parts = 0;
  let v = -1;
  for (let i = 0; i <= ip.length; i++) {
    const c = i < ip.length ? ip.charCodeAt(i) : 46;
    if (c === 46) {
      if (v < 0 || v > 255) return -1;
      n = n * 256 + v;
      parts++;
      v = -1;
    } else if (c >= 48 && c <= 57) {
      v = (v < 0 ? 0 : v * 10) + (c - 48);
    } else return -1;
  }
  return parts === 4 ? n : -1;
}

export interface Cidr {
  base: number;
  mask: number;
}

/** `10.244.0.0/16` or a bare address (a /32). */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  const ip = ipToInt(slash < 0 ? text : text.slice(0, slash));
  const prefix = slash < 0 ? 32 : Number(text.slice(slash + 1));
  if (ip < 0 || !Number.isInteger(prefix) || prefix < 0 || prefix > 32) return undefined;
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return { base: (ip & mask) >>> 0, mask };
}

export function inCidr(c: Cidr, ip: number): boolean {
  return ip >= 0 && ((ip & c.mask) >>> 0) === c.base;
}

export function cidrContains(cidr: string, ip: string): boolean {
  const c = parseCidr(cidr);
  return c !== undefined && inCidr(c, ipToInt(ip));
}
