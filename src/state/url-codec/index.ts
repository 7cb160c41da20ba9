// The whole share state in a URL fragment (`#v1.…`), never sent to a server. Versioned: the encoder
// writes CURRENT_VERSION; the decoder keeps one module per version ever released, so a link made
// today still opens after the format changes. Decoding is untrusted input and never throws.
//
// Example:
//   const made = encodeShareState({ yaml, actions: [], seed: 1, target: 'web-service' });
//   if (made.ok) location.hash = made.value;              // '#v1.q1YqL…'
//   const opened = decodeShareFragment(location.hash);    // { ok: true, value: { yaml, … } }
import { MAX_FRAGMENT_CHARS, MAX_SOURCE_BYTES } from './limits';
import { fail, ok, type Result, type ShareError } from './result';
import type { ShareState } from './share-state';
import { decodeV1, decodeV1Async, encodeV1, fromWireV1, toWireV1 } from './v1';

export type { ClusterAction } from './actions';
export type { ProxyMode, RequestOptions, ShareLanguage, ShareLesson, ShareLessonCheck, ShareLessonText, ShareSend, ShareState, ShareView, Strategy, TerminalTool } from './share-state';
export type { FieldReason, Result, ShareError, ShareErrorCode } from './result';
export { MAX_FRAGMENT_CHARS, MAX_INFLATED_BYTES, MAX_SOURCE_BYTES } from './limits';

export const CURRENT_VERSION = 1;

/** A version's decoder: `async` gives the same answer as `sync`, with the browser's own inflate. */
interface Decoder {
  sync: (payload: string) => Result<ShareState, ShareError>;
  async: (payload: string) => Promise<Result<ShareState, ShareError>>;
}

/** One decoder per released version. Never remove an entry. */
const DECODERS: Readonly<Record<number, Decoder>> = {
  1: { sync: decodeV1, async: decodeV1Async },
};

/**
 * The fragment for a state, without `#`. Fails (invalid-field) when the state holds a value a link
 * would refuse on open (a client that is not a Pod name, a target with markup, …): a link we make
 * always opens.
 */
export function encodeShareState(state: ShareState): Result<string, ShareError> {
  // The page encodes the same state more than once in a row (the draft's basis, then the draft; a link opened, then
  // saved): a large text costs a deflate of up to a megabyte each time, so the last answer is kept.
  const key = cacheKey(state);
  if (lastEncoded && sameKey(lastEncoded, key)) return lastEncoded.result;
  const result = encodeUncached(state);
  lastEncoded = { ...key, result };
  return result;
}

interface CacheKey {
  yaml: string;
  rest: string;
}

const cacheKey = ({ yaml, ...rest }: ShareState): CacheKey => ({ yaml, rest: JSON.stringify(rest) });
const sameKey = (a: CacheKey, b: CacheKey) => a.yaml === b.yaml && a.rest === b.rest;

let lastEncoded: (CacheKey & { result: Result<string, ShareError> }) | undefined;

/**
 * Takes `fragment`, made elsewhere (the core worker) by encodeShareStateBestEffort with nothing dropped, as the
 * answer for `state`: the next encode of the same state on the page costs nothing.
 */
export function rememberEncoded(state: ShareState, fragment: string): void {
  lastEncoded = { ...cacheKey(state), result: ok(fragment) };
}

/** Whether encoding `state` on the page costs nothing (it is the last state encoded). */
export const isEncoded = (state: ShareState): boolean => lastEncoded !== undefined && sameKey(lastEncoded, cacheKey(state));

function encodeUncached(state: ShareState): Result<string, ShareError> {
  // Validate through the decoder's own reader, so encode and decode agree on what is valid.
  const check = fromWireV1(JSON.parse(JSON.stringify(toWireV1(state))));
  if (!check.ok) return check;
  const payload = encodeV1(state);
  // The one size limit: the core's (a text it would not read is not saved or shared either).
  if (payload === undefined) return fail({ code: 'too-large', limit: MAX_SOURCE_BYTES });
  return ok(`v${CURRENT_VERSION}.${payload}`);
}

const OPTIONAL_FIELDS = ['client', 'target', 'nodes', 'sends', 'options', 'view', 'shell'] as const;

/**
 * Like encodeShareState, but a value a link would refuse in an optional field (a target half typed as
 * `http://web/`) is left out instead of failing, and named in `dropped`. Fails only when the YAML itself
 * is past the cap. For drafts and the Share button: the text must always travel.
 */
export function encodeShareStateBestEffort(state: ShareState): Result<{ fragment: string; dropped: string[] }, ShareError> {
  let s: ShareState = state;
  const dropped: string[] = [];
  for (;;) {
    const r = encodeShareState(s);
    if (r.ok) return ok({ fragment: r.value, dropped });
    const top = r.error.path?.split(/[.[]/)[0];
    const field = OPTIONAL_FIELDS.find((f) => f === top);
    if (r.error.code !== 'invalid-field' || !field) {
      // Actions the link refuses (a name the core would not make) are dropped as a whole.
      if (r.error.code === 'invalid-field' && top === 'actions' && s.actions.length > 0) {
        s = { ...s, actions: [] };
        delete s.sends;
        dropped.push('actions');
        continue;
      }
      return r;
    }
    s = { ...s };
    delete s[field];
    dropped.push(field);
  }
}

const PREFIX = /^v([0-9]{1,6})\./;

/**
 * Decodes `#v1.…` (with or without `#`). Never throws. The page decodes the link in its address more than once
 * as it starts (its language, with `#`; whether it is an embed, then to open it, without): inflating a large one
 * costs a tenth of a second each time, so the last answer is kept, whichever way the link was written. Callers
 * treat the state as read-only.
 */
export function decodeShareFragment(fragment: string): Result<ShareState, ShareError> {
  const text = withoutHash(fragment);
  if (lastDecoded?.fragment !== text) lastDecoded = { fragment: text, result: decodeUncached(text) };
  return lastDecoded.result;
}

/**
 * decodeShareFragment with the browser's own inflate, off the page's JavaScript, and the same answer: the page
 * reads the link in its address so as it starts, and its later decodeShareFragment of it finds the answer kept.
 */
export function decodeShareFragmentAsync(fragment: string): Promise<Result<ShareState, ShareError>> {
  const text = withoutHash(fragment);
  if (lastDecoded?.fragment === text) return Promise.resolve(lastDecoded.result);
  if (pendingDecode?.fragment !== text) {
    const pending = decodeUncachedAsync(text).then((result) => {
      lastDecoded = { fragment: text, result };
      return result;
    });
    pendingDecode = { fragment: text, result: pending };
  }
  return pendingDecode.result;
}

let lastDecoded: { fragment: string; result: Result<ShareState, ShareError> } | undefined;
let pendingDecode: { fragment: string; result: Promise<Result<ShareState, ShareError>> } | undefined;

const withoutHash = (fragment: string): string => (fragment.startsWith('#') ? fragment.slice(1) : fragment);

function decodeUncached(text: string): Result<ShareState, ShareError> {
  try {
    const v = versionOf(text);
    return v.ok ? v.value.decoder.sync(v.value.payload) : v;
  } catch {
    // A bug, not an input problem: still an error value, never a blank page.
    return fail({ code: 'corrupt' });
  }
}

async function decodeUncachedAsync(text: string): Promise<Result<ShareState, ShareError>> {
  try {
    const v = versionOf(text);
    return v.ok ? await v.value.decoder.async(v.value.payload) : v;
  } catch {
    return fail({ code: 'corrupt' });
  }
}

/** The decoder for the version `text` (a fragment without `#`) names, and its payload. */
function versionOf(text: string): Result<{ decoder: Decoder; payload: string }, ShareError> {
  if (text.trim() === '') return fail({ code: 'empty' });
  if (text.length > MAX_FRAGMENT_CHARS) return fail({ code: 'too-long', limit: MAX_FRAGMENT_CHARS });
  const m = PREFIX.exec(text);
  if (!m) return fail({ code: 'not-share-link' });
  const version = Number(m[1]);
  const decoder = Object.hasOwn(DECODERS, version) ? DECODERS[version] : undefined;
  if (!decoder) return fail({ code: 'unsupported-version', version, newer: version > CURRENT_VERSION });
  return ok({ decoder, payload: text.slice(m[0].length) });
}

/** Whether a fragment looks like one of our links (so the app should try to open it). */
export const isShareFragment = (fragment: string): boolean => PREFIX.test(fragment.replace(/^#/, ''));

/**
 * A full link: `base` (origin + path of the playground) with `?embed` when asked, and the fragment.
 * `buildShareUrl('https://x.dev/play/', 'v1.abc', { embed: true })` → `https://x.dev/play/?embed#v1.abc`.
 */
export function buildShareUrl(base: string, fragment: string, opts: { embed?: boolean } = {}): string {
  const noHash = base.split('#')[0]!;
  const [path, query = ''] = noHash.split('?') as [string, string?];
  const params = new URLSearchParams(query);
  params.delete('embed');
  let q = params.toString();
  if (opts.embed) q = q ? `${q}&embed` : 'embed';
  return `${path}${q ? `?${q}` : ''}#${fragment}`;
}
