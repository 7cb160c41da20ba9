// Link format v1 — FROZEN. Links made with it are in blog posts and lesson notes; never change what this
// file reads. A new format is a new file (v2.ts) and a new entry in index.ts's table; this one
// stays so that old links open. Frozen example links live in v1.test.ts. The one change allowed here
// is a new optional key whose absence means exactly what older links meant.
//
// `v1.` + base64url(deflate-raw(JSON)), JSON with short keys:
//   { s: seed, y: yaml, a?: action tuples, c?: client, t?: target, N?: nodes,
//     K?: Kubernetes minor '1.33'…'1.37' (added later; absent: the playground's default minor, 1.35),
//     o?: { k?: keepAlive 0|1, g?: strategy 'f'|'r'|'rr', p?: proxyMode 't'|'v'|'n' (nftables, added later), n?: count,
//           c?: client kind 'b' (busybox wget) | 'a' (long-running app) },
//     r?: sends [[count, afterActions, target?], …],
//     v?: { m?: terminal 'n'|'d', b?: tab, n?: node, h?: hop, e?: embed 0|1, c?: [name, name],
//           x?: two-mode view 0|1 (added later; absent: off), s?: shell panel 0|1 (added later),
//           w?: the place the shell on screen runs (added later; absent: the client Pod) },
//     h?: [line, …] (added later),
//     H?: [[place, line, after], …] (added later),
//     L?: the language the link was made in, 'en'|'zh-CN' (added later; a suggestion; an unknown value is ignored),
//     l?: a teacher's own lesson over this state as its start (added later; absent: no lesson, as before) }
// `h`: the lines typed into the client Pod's shell, oldest first (at most 50, each at most 4,096 characters, no
// control characters but tab); opening the link runs them again in a new shell. `v.s`: the shell panel shown
// (absent: shown, the page's default).
// `H`: the lines typed into shells other than the client Pod's, oldest first (at most 50, each as `h`'s), each with
// its place and `after`, how many of `h`'s lines had been typed before it (0…h's length), so that opening the link
// replays all of them in the order typed. A place is `pod:NAMESPACE/NAME`, `node:NODE` or `laptop` (the learner's
// laptop, where kubectl runs). `v.w`: the place whose shell is on screen, the same form. Absent `H` and `v.w`: only
// the client Pod's shell, as before.
// `l`: { i: id, n?: title, g: goal, q: question, a?: its answer 'n' (absent: yes), c: [check, …] }, texts as { e?: English, z?: Chinese }; read
// and capped in url-codec/v1-lesson.ts, which lists the check tuples. Opening the link puts the state on screen and
// the lesson in the Lessons panel; a check kind this reader does not know refuses the link (`unknown-check`).
// A lesson link names its lesson BEFORE the fragment, outside this format: `#lesson=ID&v1.…` (or `#lesson=ID` alone,
// the lesson from its start); url-codec/lesson-fragment.ts splits it off, so this reader never sees it.
// Action tuples: ['s', ns, 'd'|'s', workload, replicas]  scale (Deployment | StatefulSet)
//                ['d', ns, pod]                          deletePod
//                ['r', ns, pod, 0|1]                     setPodReady
//                ['l', ns, pod, key, value]              labelPod
//                ['u', ns, pod, key]                     unlabelPod
//                ['q', ns, pod]                          terminatePod (delete played step by step)
//                ['p']                                   lifecycleStep
//                ['w', seconds]                          advanceClock
//                ['k', ns, pod, image]                   runPod: `kubectl run pod --rm -it --image=image -- /bin/sh`
// Without `o.c` the client is the long-running app with the link's keep-alive (`k`) and strategy (`g`):
// that is what a link meant before client kinds were named (DNS answers cached for their TTL).
// Every link's cluster starts with the seed's client, `kubectl run test --rm -it --image=busybox -- /bin/sh`,
// unless its YAML has a Pod of that name (then that Pod is the client, as before the playground ran one); a
// link that removed it carries ['d', 'default', 'test'], one that started it again a 'k' tuple after that.
import { deflateSync } from 'fflate';
import { KUBERNETES_VERSIONS, type KubernetesVersion } from '../../core';
import type { ClusterAction } from './actions';
import { decodeBase64url, encodeBase64url } from './base64url';
import { inflateCapped, inflateCappedAsync, inflateHead, type InflateResult } from './inflate-capped';
import { lessonToWire, readLesson } from './v1-lesson';
import {
  MAX_ACTIONS, MAX_COUNT, MAX_IMAGE_CHARS, MAX_SHELL_LINE_CHARS, MAX_SHELL_LINES, MAX_HOP, MAX_INFLATED_BYTES, MAX_NODES, MAX_REPLICAS, MAX_SENDS,
  MAX_SENT_REQUESTS, MAX_SOURCE_BYTES, MAX_TARGET_CHARS,
} from './limits';
import { isDnsName, isDns1123Label, isImage, isDns1123Subdomain, isLabelKey, isLabelValue, isPodRef, isTabId, isTarget } from './names';
import {
  FieldError, field, readArray, readEnum, readFlag, readInt, readObject, readString, toShareError,
  type Json, type JsonObject,
} from './read';
import { fail, ok, type Result, type ShareError } from './result';
import type { ClientKind, ProxyMode, RequestOptions, ShareSend, ShareState, ShareView, Strategy, TerminalTool } from './share-state';
import { MAX_CLOCK_STEP_SECONDS } from '../../core';

const STRATEGY: Readonly<Record<string, Strategy>> = { f: 'first', r: 'random', rr: 'round-robin' };
const PROXY_MODE: Readonly<Record<string, ProxyMode>> = { t: 'iptables', v: 'ipvs', n: 'nftables' };
const TERMINAL: Readonly<Record<string, TerminalTool>> = { n: 'nslookup', d: 'dig' };
const KUBERNETES_VERSION: Readonly<Record<string, KubernetesVersion>> = Object.fromEntries(KUBERNETES_VERSIONS.map((v) => [v, v]));
const WORKLOAD: Readonly<Record<string, 'Deployment' | 'StatefulSet'>> = { d: 'Deployment', s: 'StatefulSet' };
const CLIENT_KIND: Readonly<Record<string, ClientKind>> = { b: 'busybox-wget', a: 'app' };
const invert = (t: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(t).map(([k, v]) => [v, k]));
const STRATEGY_KEY = invert(STRATEGY);
const PROXY_MODE_KEY = invert(PROXY_MODE);
const TERMINAL_KEY = invert(TERMINAL);
const WORKLOAD_KEY = invert(WORKLOAD);
const CLIENT_KIND_KEY = invert(CLIENT_KIND);

const flag = (b: boolean): 0 | 1 => (b ? 1 : 0);

/** A line as a keyboard types it: no control characters (a terminal would act on them) but tab. */
const isShellLine = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || (c >= 0x7f && c <= 0x9f)) return false;
  }
  return true;
};

/** `pod:NAMESPACE/NAME`, `node:NODE` or `laptop`. */
const isShellPlace = (s: string): boolean =>
  s === 'laptop' || (s.startsWith('pod:') && isPodRef(s.slice(4)) && s.includes('/')) || (s.startsWith('node:') && isDns1123Subdomain(s.slice(5)));

function actionToWire(a: ClusterAction): Json[] {
  switch (a.type) {
    case 'scale': return ['s', a.namespace, WORKLOAD_KEY[a.kind]!, a.name, a.replicas];
    case 'deletePod': return ['d', a.namespace, a.name];
    case 'setPodReady': return ['r', a.namespace, a.name, flag(a.ready)];
    case 'labelPod': return ['l', a.namespace, a.name, a.key, a.value];
    case 'unlabelPod': return ['u', a.namespace, a.name, a.key];
    case 'terminatePod': return ['q', a.namespace, a.name];
    case 'lifecycleStep': return ['p'];
    case 'advanceClock': return ['w', a.seconds];
    case 'runPod': return ['k', a.namespace, a.name, a.image];
  }
}

export function toWireV1(s: ShareState): JsonObject {
  const w: JsonObject = { s: s.seed };
  if (s.actions.length > 0) w.a = s.actions.map(actionToWire);
  if (s.client !== undefined) w.c = s.client;
  if (s.target !== undefined) w.t = s.target;
  if (s.nodes !== undefined) w.N = s.nodes;
  if (s.kubernetesVersion !== undefined) w.K = s.kubernetesVersion;
  if (s.sends) w.r = s.sends.map((x) => (x.target !== undefined ? [x.count, x.afterActions, x.target] : [x.count, x.afterActions]));
  if (s.options) {
    const o: JsonObject = {};
    if (s.options.keepAlive !== undefined) o.k = flag(s.options.keepAlive);
    if (s.options.strategy !== undefined) o.g = STRATEGY_KEY[s.options.strategy]!;
    if (s.options.proxyMode !== undefined) o.p = PROXY_MODE_KEY[s.options.proxyMode]!;
    if (s.options.count !== undefined) o.n = s.options.count;
    if (s.options.clientKind !== undefined) o.c = CLIENT_KIND_KEY[s.options.clientKind]!;
    w.o = o;
  }
  if (s.view) {
    const v: JsonObject = {};
    if (s.view.terminal !== undefined) v.m = TERMINAL_KEY[s.view.terminal]!;
    if (s.view.tab !== undefined) v.b = s.view.tab;
    if (s.view.node !== undefined) v.n = s.view.node;
    if (s.view.hop !== undefined) v.h = s.view.hop;
    if (s.view.embed !== undefined) v.e = flag(s.view.embed);
    if (s.view.compare !== undefined) v.c = [...s.view.compare];
    if (s.view.modeCompare !== undefined) v.x = flag(s.view.modeCompare);
    if (s.view.shell !== undefined) v.s = flag(s.view.shell);
    if (s.view.shellPlace !== undefined) v.w = s.view.shellPlace;
    w.v = v;
  }
  if (s.shell && s.shell.length > 0) w.h = [...s.shell];
  if (s.shellElsewhere && s.shellElsewhere.length > 0) w.H = s.shellElsewhere.map((l) => [l.place, l.line, l.after]);
  if (s.language !== undefined) w.L = s.language;
  if (s.lesson !== undefined) w.l = lessonToWire(s.lesson);
  w.y = s.yaml;
  return w;
}

function readAction(item: Json, path: string): ClusterAction {
  const t = readArray(item, path, 5);
  const op = readString(t[0], `${path}.type`, 2);
  // The two actions without a Pod: time passing.
  if (op === 'p' || op === 'w') {
    if (t.length > (op === 'p' ? 1 : 2)) throw new FieldError(path, 'too-many');
    return op === 'p' ? { type: 'lifecycleStep' } : { type: 'advanceClock', seconds: readInt(t[1], `${path}.seconds`, 1, MAX_CLOCK_STEP_SECONDS) };
  }
  const namespace = readString(t[1], `${path}.namespace`, 63, isDns1123Label);
  const pod = (i: number): string => readString(t[i], `${path}.name`, 253, isDns1123Subdomain);
  switch (op) {
    case 's': return {
      type: 'scale', namespace, kind: readEnum(t[2], `${path}.kind`, WORKLOAD),
      name: readString(t[3], `${path}.name`, 253, isDns1123Subdomain),
      replicas: readInt(t[4], `${path}.replicas`, 0, MAX_REPLICAS),
    };
    case 'd': return { type: 'deletePod', namespace, name: pod(2) };
    case 'r': return { type: 'setPodReady', namespace, name: pod(2), ready: readFlag(t[3], `${path}.ready`) };
    case 'l': return {
      type: 'labelPod', namespace, name: pod(2),
      key: readString(t[3], `${path}.key`, 317, isLabelKey), value: readString(t[4], `${path}.value`, 63, isLabelValue),
    };
    case 'u': return { type: 'unlabelPod', namespace, name: pod(2), key: readString(t[3], `${path}.key`, 317, isLabelKey) };
    case 'q': return { type: 'terminatePod', namespace, name: pod(2) };
    case 'k': return { type: 'runPod', namespace, name: pod(2), image: readString(t[3], `${path}.image`, MAX_IMAGE_CHARS, isImage) };
    default: throw new FieldError(`${path}.type`, 'unknown-value');
  }
}

function readOptions(v: Json | undefined): RequestOptions {
  const o = readObject(v, 'options');
  const out: RequestOptions = {};
  const k = field(o, 'k'), g = field(o, 'g'), p = field(o, 'p'), n = field(o, 'n'), c = field(o, 'c');
  if (k !== undefined) out.keepAlive = readFlag(k, 'options.keepAlive');
  if (g !== undefined) out.strategy = readEnum(g, 'options.strategy', STRATEGY);
  if (p !== undefined) out.proxyMode = readEnum(p, 'options.proxyMode', PROXY_MODE);
  if (n !== undefined) out.count = readInt(n, 'options.count', 1, MAX_COUNT);
  if (c !== undefined) out.clientKind = readEnum(c, 'options.clientKind', CLIENT_KIND);
  return out;
}

function readView(v: Json | undefined): ShareView {
  const o = readObject(v, 'view');
  const out: ShareView = {};
  const m = field(o, 'm'), b = field(o, 'b'), n = field(o, 'n'), h = field(o, 'h'), e = field(o, 'e');
  if (m !== undefined) out.terminal = readEnum(m, 'view.terminal', TERMINAL);
  if (b !== undefined) out.tab = readString(b, 'view.tab', 32, isTabId);
  if (n !== undefined) out.node = readString(n, 'view.node', 253, isDns1123Subdomain);
  if (h !== undefined) out.hop = readInt(h, 'view.hop', 0, MAX_HOP);
  if (e !== undefined) out.embed = readFlag(e, 'view.embed');
  const x = field(o, 'x');
  if (x !== undefined) out.modeCompare = readFlag(x, 'view.modeCompare');
  const sh = field(o, 's');
  if (sh !== undefined) out.shell = readFlag(sh, 'view.shell');
  const place = field(o, 'w');
  if (place !== undefined) out.shellPlace = readString(place, 'view.shellPlace', 322, isShellPlace);
  const c = field(o, 'c');
  if (c !== undefined) {
    const pair = readArray(c, 'view.compare', 2);
    if (pair.length !== 2) throw new FieldError('view.compare', 'wrong-type');
    out.compare = [readString(pair[0], 'view.compare[0]', 253, isDnsName), readString(pair[1], 'view.compare[1]', 253, isDnsName)];
  }
  return out;
}

function readSends(v: Json | undefined, actions: number): ShareSend[] {
  let total = 0;
  return readArray(v, 'sends', MAX_SENDS).map((item, i) => {
    const path = `sends[${i}]`;
    const t = readArray(item, path, 3);
    const send: ShareSend = { count: readInt(t[0], `${path}.count`, 1, MAX_COUNT), afterActions: readInt(t[1], `${path}.afterActions`, 0, actions) };
    if (t[2] !== undefined) send.target = readString(t[2], `${path}.target`, MAX_TARGET_CHARS, isTarget);
    total += send.count;
    if (total > MAX_SENT_REQUESTS) throw new FieldError(path, 'too-many');
    return send;
  });
}

/** Validates a parsed v1 payload into a ShareState; every field checked, unknown keys ignored. */
export function fromWireV1(json: Json): Result<ShareState, ShareError> {
  try {
    const w = readObject(json, '');
    const state: ShareState = {
      yaml: readString(field(w, 'y'), 'yaml', MAX_INFLATED_BYTES),
      actions: [],
      seed: readInt(field(w, 's'), 'seed', 0, 0xffff_ffff),
    };
    const a = field(w, 'a');
    if (a !== undefined) state.actions = readArray(a, 'actions', MAX_ACTIONS).map((item, i) => readAction(item, `actions[${i}]`));
    const c = field(w, 'c');
    if (c !== undefined) state.client = readString(c, 'client', 317, isPodRef);
    const t = field(w, 't');
    if (t !== undefined) state.target = readString(t, 'target', MAX_TARGET_CHARS, isTarget);
    const nodes = field(w, 'N');
    if (nodes !== undefined) state.nodes = readInt(nodes, 'nodes', 1, MAX_NODES);
    const version = field(w, 'K');
    if (version !== undefined) state.kubernetesVersion = readEnum(version, 'kubernetesVersion', KUBERNETES_VERSION);
    const sends = field(w, 'r');
    if (sends !== undefined) state.sends = readSends(sends, state.actions.length);
    if (field(w, 'o') !== undefined) state.options = readOptions(field(w, 'o'));
    if (field(w, 'v') !== undefined) state.view = readView(field(w, 'v'));
    const h = field(w, 'h');
    if (h !== undefined) {
      state.shell = readArray(h, 'shell', MAX_SHELL_LINES).map((line, i) => readString(line, `shell[${i}]`, MAX_SHELL_LINE_CHARS, isShellLine));
    }
    const elsewhere = field(w, 'H');
    if (elsewhere !== undefined) {
      const kept = state.shell?.length ?? 0;
      state.shellElsewhere = readArray(elsewhere, 'shellElsewhere', MAX_SHELL_LINES).map((item, i) => {
        const path = `shellElsewhere[${i}]`;
        const t = readArray(item, path, 3);
        return {
          place: readString(t[0], `${path}.place`, 322, isShellPlace),
          line: readString(t[1], `${path}.line`, MAX_SHELL_LINE_CHARS, isShellLine),
          after: readInt(t[2], `${path}.after`, 0, kept),
        };
      });
    }
    // Only a suggestion: a language this page does not speak (from a newer page) opens the link all the same.
    const language = field(w, 'L');
    if (language === 'en' || language === 'zh-CN') state.language = language;
    const lesson = field(w, 'l');
    if (lesson !== undefined) state.lesson = readLesson(lesson);
    return ok(state);
  } catch (e) {
    if (e instanceof FieldError) return fail(toShareError(e));
    throw e;
  }
}

const utf8 = new TextEncoder();

/** undefined when the text is past the core's source limit (the one size limit), so it could not load. */
export function encodeV1(state: ShareState): string | undefined {
  if (state.yaml.length > MAX_SOURCE_BYTES / 4 && utf8.encode(state.yaml).length > MAX_SOURCE_BYTES) return undefined;
  const bytes = utf8.encode(JSON.stringify(toWireV1(state)));
  // Unreachable for a text under the source limit (MAX_INFLATED_BYTES allows for JSON's escapes): kept as the guard.
  if (bytes.length > MAX_INFLATED_BYTES) return undefined;
  // Level 9 searches longer for matches: worth it for a link someone reads, but past 64 KB it doubles the time of a
  // deflate that drafts pay on every save, for a link a few bytes shorter (the same for the 5,000-document text).
  return encodeBase64url(deflateSync(bytes, { level: bytes.length > 64 * 1024 ? 6 : 9 }));
}

/** Every v1 payload inflates to JSON that starts so (toWireV1 writes the seed first). */
const WIRE_START = utf8.encode('{"s":');

/** The bytes a damaged payload did inflate to could begin a link of ours (or are too few to tell). */
function couldBeOurs(head: Uint8Array): boolean {
  for (let i = 0; i < head.length && i < WIRE_START.length; i++) if (head[i] !== WIRE_START[i]) return false;
  return true;
}

/**
 * A payload that ends too early or does not inflate: a link of ours cut or damaged, or bytes that never were
 * a link (random bytes after `v1.`). Told apart by what it inflates to before it breaks: ours begin with
 * WIRE_START once past the block header (a few hundred bytes at most); bytes that begin otherwise, or break
 * before giving any byte though the header would be over, are not a link of ours.
 */
function damaged(compressed: Uint8Array | undefined, reason: 'truncated' | 'corrupt'): ShareError {
  if (!compressed) return { code: 'truncated' };
  const { head, failed } = inflateHead(compressed);
  if (!couldBeOurs(head)) return { code: 'not-share-link' };
  if (head.length === 0 && (failed === 'corrupt' || compressed.length > 512)) return { code: 'not-share-link' };
  return { code: reason };
}

/** `payload` is what follows `v1.`. */
export function decodeV1(payload: string): Result<ShareState, ShareError> {
  const compressed = readPayload(payload);
  return compressed.ok ? fromInflated(compressed.value, inflateCapped(compressed.value, MAX_INFLATED_BYTES)) : compressed;
}

/**
 * decodeV1 with the browser's own inflate (off the page's JavaScript): the same answer for every payload. For the
 * link in the address as the page starts, where inflating a large one held the page.
 */
export async function decodeV1Async(payload: string): Promise<Result<ShareState, ShareError>> {
  const compressed = readPayload(payload);
  return compressed.ok ? fromInflated(compressed.value, await inflateCappedAsync(compressed.value, MAX_INFLATED_BYTES)) : compressed;
}

/** The deflated bytes a payload carries, or why it carries none. */
function readPayload(payload: string): Result<Uint8Array, ShareError> {
  if (!/^[A-Za-z0-9_-]*$/.test(payload)) return fail({ code: 'bad-encoding' });
  if (payload === '') return fail({ code: 'truncated' });
  // base64url never leaves one character over (length % 4 === 1): the link was cut, if it was ours.
  if (payload.length % 4 === 1) return fail(damaged(decodeBase64url(payload.slice(0, -1)), 'truncated'));
  const compressed = decodeBase64url(payload);
  // The alphabet and the length are checked above: what is left is a last character with bits set that a
  // whole link never has, so the link was cut there (if it was ours).
  if (!compressed) return fail(damaged(decodeBase64url(payload.slice(0, -1)), 'truncated'));
  return ok(compressed);
}

/** The state `compressed` inflated to, or why it is not one. */
function fromInflated(compressed: Uint8Array, inflated: InflateResult): Result<ShareState, ShareError> {
  if (!inflated.ok) {
    if (inflated.reason === 'too-large') return fail({ code: 'too-large', limit: MAX_INFLATED_BYTES });
    return fail(damaged(compressed, inflated.reason));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(inflated.bytes);
  } catch {
    return fail({ code: 'bad-encoding' });
  }
  let json: Json;
  try {
    json = JSON.parse(text) as Json;
  } catch {
    return fail({ code: 'bad-json' });
  }
  return fromWireV1(json);
}
