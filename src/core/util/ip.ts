// IPv4 helpers for the playground's address plan (node IPs, pod CIDRs, the Service CIDR).

/** Parse a dotted-quad IPv4 address into an unsigned 32-bit number; undefined if it is not one. */
export function parseIPv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const part of parts) {
    if (!/^[0-9]{1,3}$/.test(part)) return undefined;
    const v = Number(part);
    if (v > 255) return undefined;
    n = n * 256 + v;
  }
  return n;
}

export function formatIPv4(n: number): string {
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

export interface CIDR {
  /** Network address as a number. */
  base: number;
  prefix: number;
  /** Number of addresses in the block. */
  size: number;
  text: string;
}

export function parseCIDR(text: string): CIDR | undefined {
  const [ip, bits, ...rest] = text.split('/');
  if (ip === undefined || bits === undefined || rest.length > 0 || !/^[0-9]{1,2}$/.test(bits)) return undefined;
  const addr = parseIPv4(ip);
  const prefix = Number(bits);
  if (addr === undefined || prefix > 32) return undefined;
  const size = 2 ** (32 - prefix);
  const base = addr - (addr % size);
  return { base, prefix, size, text: `${formatIPv4(base)}/${prefix}` };
}

export function cidrContains(cidr: CIDR, ip: number): boolean {
  return ip >= cidr.base && ip < cidr.base + cidr.size;
}

/** True for anything net.ParseIP would accept as IPv6 (we only simulate IPv4, but must tell them apart). */
export function looksLikeIPv6(text: string): boolean {
  return text.includes(':') && /^[0-9a-fA-F:.]+$/.test(text);
}
