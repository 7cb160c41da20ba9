// Small deterministic hashes. The playground must give the same cluster for the same text, so every
// "random" choice (names, IPs, spread) is a hash of stable inputs instead of Math.random.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32 bit, over the UTF-16 code units of `text`, optionally continuing from `seed`. */
export function fnv1a(text: string, seed: number = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** fnv1a(String.fromCharCode(code), seed) for one UTF-16 code unit, without the string. */
export function fnv1aChar(code: number, seed: number): number {
  return Math.imul((seed >>> 0) ^ code, FNV_PRIME) >>> 0;
}

/**
 * fnv1a(JSON.stringify(s), seed) in one pass: the quoted string hashed as it is read, falling back to
 * JSON.stringify only for a string that needs an escape (control characters, `"`, `\`, surrogates).
 */
export function fnv1aJSONString(s: string, seed: number): number {
  let h = Math.imul((seed >>> 0) ^ 34, FNV_PRIME);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return fnv1a(JSON.stringify(s), seed);
    h ^= c;
    h = Math.imul(h, FNV_PRIME);
  }
  h ^= 34;
  return Math.imul(h, FNV_PRIME) >>> 0;
}

/** fnv1a(String(n), seed) for a non-negative safe integer `n`, without making the string. */
export function fnv1aDigits(n: number, seed: number): number {
  let div = 1;
  while (div * 10 <= n) div *= 10;
  let h = seed >>> 0;
  for (; div >= 1; div /= 10) {
    h ^= 48 + (Math.floor(n / div) % 10);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Hash several parts with a separator that cannot occur in Kubernetes names. */
export function hashParts(...parts: (string | number)[]): number {
  let h = FNV_OFFSET;
  for (const part of parts) {
    h = fnv1a(String(part), h);
    h = fnv1a('\u0000', h);
  }
  return h >>> 0;
}

/**
 * apimachinery pkg/util/rand: the alphabet of generated name suffixes and hashes; vowels and
 * confusable characters are left out so names never spell words.
 */
export const SAFE_ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

/**
 * apimachinery rand.SafeEncodeString: maps every byte of `s` into SAFE_ALPHANUMS. The ReplicaSet's
 * pod-template-hash is SafeEncodeString(fmt.Sprint(fnv32a(template))), 1–10 characters long.
 */
export function safeEncodeString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += SAFE_ALPHANUMS[s.charCodeAt(i) % SAFE_ALPHANUMS.length];
  return out;
}

/** A deterministic stand-in for apimachinery rand.String(n) (the suffix of generateName). */
export function safeRandomString(n: number, ...seed: (string | number)[]): string {
  return safeStringFromHash(n, hashParts(...seed));
}

/** Continue a hashParts hash with more parts (hashParts(a, b) === hashMore(hashParts(a), b)). */
export function hashMore(h: number, ...parts: (string | number)[]): number {
  for (const part of parts) {
    h = fnv1a(String(part), h);
    h = fnv1a('\u0000', h);
  }
  return h >>> 0;
}

/** hashMore(h, n) for one non-negative integer, without making the string String(n). */
export function hashMoreInt(h: number, n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) return hashMore(h, n);
  // fnv1a over the decimal digits of n, most significant first, then the separator
  // (^= 0 for '\u0000' leaves h unchanged).
  return Math.imul(fnv1aDigits(n, h), FNV_PRIME) >>> 0;
}

/** Char codes of SAFE_ALPHANUMS. */
const SAFE_CODES = Array.from(SAFE_ALPHANUMS, (c) => c.charCodeAt(0));

/** The next xorshift state after `h`; the running hash that draws suffix characters. */
function xorshift(h: number): number {
  h ^= h << 13;
  h ^= h >>> 17;
  h ^= h << 5;
  return h >>> 0;
}

/** n characters of SAFE_ALPHANUMS drawn from the hash `h`. */
export function safeStringFromHash(n: number, h: number): string {
  if (n === 5) {
    // generateName's suffix: built in one go instead of five growing strings (once per Pod).
    const a = xorshift(h);
    const b = xorshift(a);
    const c = xorshift(b);
    const d = xorshift(c);
    const e = xorshift(d);
    const m = SAFE_CODES.length;
    return String.fromCharCode(SAFE_CODES[a % m] as number, SAFE_CODES[b % m] as number, SAFE_CODES[c % m] as number, SAFE_CODES[d % m] as number, SAFE_CODES[e % m] as number);
  }
  let out = '';
  for (let i = 0; i < n; i++) {
    h = xorshift(h);
    out += SAFE_ALPHANUMS[h % SAFE_ALPHANUMS.length];
  }
  return out;
}
