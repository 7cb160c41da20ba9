// kube-proxy's chain names and probability text.
// Source: kubernetes/kubernetes pkg/proxy/iptables/proxier.go portProtoHash, servicePortEndpointChainName,
// computeProbability; iptables extensions/libxt_statistic.c for how the kernel's value is printed.
import { sha256 } from '../util/sha256';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Go base32.StdEncoding of the first 10 bytes = the first 16 characters (no padding reached). */
function base32First16(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < 10; i++) {
    buffer = (buffer << 8) | bytes[i]!;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}

// Names are memoised across clusters, as kube-proxy keeps them on its servicePortInfo/endpointInfo objects
// between syncs: each edit builds a new Cluster, but most Services and endpoints are unchanged.
const MEMO_LIMIT = 50_000;
const memo = new Map<string, string>();
function hash16(input: string): string {
  let v = memo.get(input);
  if (v === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    v = base32First16(sha256(input));
    memo.set(input, v);
  }
  return v;
}

/** Forget memoised chain names (benchmarks measure the cold path with it). */
export function clearChainNameMemo(): void {
  memo.clear();
}

/** proxier.go portProtoHash: base32(sha256(servicePortName + protocol))[:16]; `protocol` lower-case. */
export function portProtoHash(servicePortName: string, protocol: string): string {
  return hash16(servicePortName + protocol);
}

/** `KUBE-SVC-…`, and the same hash under the other per-service-port prefixes. */
export const serviceChainName = (prefix: 'KUBE-SVC-' | 'KUBE-SVL-' | 'KUBE-EXT-' | 'KUBE-FW-', servicePortName: string, protocol: string): string =>
  prefix + portProtoHash(servicePortName, protocol);

/** proxier.go servicePortEndpointChainName: base32(sha256(servicePortName + protocol + "ip:port"))[:16]. */
export function endpointChainName(servicePortName: string, protocol: string, endpoint: string): string {
  return 'KUBE-SEP-' + hash16(servicePortName + protocol + endpoint);
}

/**
 * pkg/proxy/nftables/proxier.go hashAndTruncate: the first 8 characters of base32(sha256(name)), a dash, the name;
 * cut to 240 characters (knftables.NameLengthMax 256 minus the longest prefix, 16) ending in `...`.
 */
export function nftablesNameBase(name: string): string {
  const full = hash16(name).slice(0, 8) + '-' + name;
  return full.length > NFT_NAME_BASE_MAX ? full.slice(0, NFT_NAME_BASE_MAX - 3) + '...' : full;
}
const NFT_NAME_BASE_MAX = 240;

/** nftables proxier.go servicePortChainNameBase: `HASH-ns/name/proto/portName`. */
export const nftablesServiceBase = (namespace: string, name: string, protocol: string, portName: string): string =>
  nftablesNameBase(`${namespace}/${name}/${protocol}/${portName}`);

/** nftables proxier.go servicePortEndpointChainNameBase: `HASH-ns/name/proto/portName__ip/port`. */
export const nftablesEndpointBase = (namespace: string, name: string, protocol: string, portName: string, ip: string, port: number): string =>
  nftablesNameBase(`${namespace}/${name}/${protocol}/${portName}__${ip}/${port}`);

/** pkg/proxy/types.go ServicePortName.String(): `ns/name`, plus `:port` only when the port is named. */
export const servicePortNameString = (namespace: string, name: string, portName: string): string =>
  `${namespace}/${name}${portName === '' ? '' : `:${portName}`}`;

/** proxier.go computeProbability: the payload text kube-proxy writes, `%0.10f` of 1/n. */
export const payloadProbability = (n: number): string => (1 / n).toFixed(10);

const TWO31 = 0x80000000;
const fixedCache = new Map<number, number>();
const printedCache = new Map<number, string>();

/**
 * libxt_statistic.c: the kernel keeps `lround(0x80000000 * p)` (31-bit fixed point) and the match is
 * `(prandom_u32() & 0x7FFFFFFF) < probability`.
 */
export function probabilityFixed(n: number): number {
  let v = fixedCache.get(n);
  if (v === undefined) {
    v = Math.round(Number(payloadProbability(n)) * TWO31); // positive: Math.round = lround (half away from 0)
    fixedCache.set(n, v);
  }
  return v;
}

/** `printf("%.11f", fixed / 0x80000000)` exactly (glibc rounds the exact binary value, ties to even). */
export function formatFixedProbability(fixed: number): string {
  const num = BigInt(fixed) * 100000000000n;
  const den = BigInt(TWO31);
  let q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && q % 2n === 1n)) q += 1n;
  const s = q.toString().padStart(12, '0');
  return `${s.slice(0, s.length - 11)}.${s.slice(s.length - 11)}`;
}

/** What `iptables-save` prints for kube-proxy's `1/n` rule: 3 → `0.33333333349`. */
export function savedProbability(n: number): string {
  let s = printedCache.get(n);
  if (s === undefined) {
    s = formatFixedProbability(probabilityFixed(n));
    printedCache.set(n, s);
  }
  return s;
}
