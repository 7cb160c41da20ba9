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

/** n characters of SAFE_ALPHANUMS drawn from the hash `h`. */
export function safeStringFromHash(n: number, h: number): string {
  let out = '';
  for (let i = 0; i < n; i++) {
    // xorshift to draw the next character from the running hash
    h ^= h << 13;
    h ^= h >>> 17;
    h ^= h << 5;
    h >>>= 0;
    out += SAFE_ALPHANUMS[h % SAFE_ALPHANUMS.length];
  }
  return out;
}
