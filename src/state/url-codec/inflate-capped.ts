// Inflate with a hard cap on the output. A deflate stream can expand about 1,000×, so a 50 kB fragment
// can hold 50 MB of zeros: inflateSync would allocate all of it before we could look. fflate's streaming
// Inflate hands us output per pushed chunk, so we feed small chunks and stop as soon as the total passes
// the cap; the most ever held is the cap plus one chunk's expansion.
import { Inflate } from 'fflate';

/** Compressed bytes fed per step: at most ~1,032× this is produced before we check again (~264 kB). */
const STEP = 256;

export type InflateResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'too-large' | 'truncated' | 'corrupt' };

/**
 * The first bytes `input` inflates to before it ends or fails, and how it failed; fed a byte at a time (fflate
 * hands output per push), so even a stream that breaks early shows what it began with. For damaged links only.
 */
export function inflateHead(input: Uint8Array, maxInput = 2048): { head: Uint8Array; failed: 'truncated' | 'corrupt' | undefined } {
  const head: number[] = [];
  try {
    const inflater = new Inflate((chunk) => {
      for (let i = 0; i < chunk.length && head.length < 16; i++) head.push(chunk[i] as number);
    });
    const n = Math.min(input.length, maxInput);
    for (let at = 0; at < n && head.length < 16; at++) inflater.push(input.subarray(at, at + 1), at + 1 === input.length);
    return { head: Uint8Array.from(head), failed: head.length < 16 && n === input.length ? 'truncated' : undefined };
  } catch (e) {
    return { head: Uint8Array.from(head), failed: (e as { code?: unknown }).code === 0 ? 'truncated' : 'corrupt' };
  }
}

export function inflateCapped(input: Uint8Array, cap: number, dictionary?: Uint8Array): InflateResult {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  let ended = false;
  try {
    const inflater = new Inflate(dictionary ? { dictionary } : {}, (chunk, final) => {
      total += chunk.length;
      if (total > cap) over = true;
      else chunks.push(chunk);
      if (final) ended = true;
    });
    for (let at = 0; at < input.length && !over; at += STEP) {
      const end = Math.min(at + STEP, input.length);
      inflater.push(input.subarray(at, end), end === input.length);
    }
    if (input.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    // fflate's FlateError codes (fflate src/index.ts, `ec`): 0 unexpected EOF, 1 invalid block type,
    // 2 invalid length/literal, 3 invalid distance.
    if (over) return { ok: false, reason: 'too-large' };
    return { ok: false, reason: (e as { code?: unknown }).code === 0 ? 'truncated' : 'corrupt' };
  }
  if (over) return { ok: false, reason: 'too-large' };
  if (!ended) return { ok: false, reason: 'truncated' };
  return { ok: true, bytes: joined(chunks, total) };
}

/**
 * inflateCapped with the browser's own inflate (DecompressionStream, native code, in chunks we count), the same
 * answer for every input: where the stream fails or the API is missing, fflate's inflate says how it failed.
 */
export async function inflateCappedAsync(input: Uint8Array, cap: number): Promise<InflateResult> {
  if (typeof DecompressionStream !== 'function' || typeof Blob !== 'function') return inflateCapped(input, cap);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const reader = new Blob([input as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > cap) {
        void reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    // Truncated, corrupt, or bytes after the end (which fflate ignores): fflate's reading decides.
    return inflateCapped(input, cap);
  }
  return { ok: true, bytes: joined(chunks, total) };
}

/** The chunks an inflate gave, in one array of `total` bytes. */
function joined(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}
