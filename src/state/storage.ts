// The learner's draft in localStorage: saved as they type (the caller debounces), restored on the next
// visit, and set aside before an opened link, a file or another scenario replaces it, so nothing silently
// overwrites unsaved work. Set-aside drafts form a short list (newest first, with their time and first
// line) that outlives reloads. Each saved draft names the tab that wrote it: a tab about to overwrite
// another tab's own work sets that work aside first, and the page tells a tab when another one wrote. Storage full (QuotaExceededError) or disabled (SecurityError on
// access: private mode, blocked site data) gives a StorageIssue for a notice, never an exception.
//
// A draft is stored as a share fragment (`v1.…`) with a time and the fragment it started from: the
// link codec's versioning, validation and compression come for free, and a draft saved by an old build
// opens in a new one exactly as an old link does.
import { DRAFT_KEY, KEPT_KEY, SET_ASIDE_KEY } from './storage-keys';
import type { LinkWriter } from './types';
import { decodeShareFragment, type Result, type ShareState } from './url-codec';

/** The part of the Web Storage API we use; tests pass a fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type StorageIssueCode =
  /** No storage at all (SecurityError on access, private mode, blocked site data). */
  | 'unavailable'
  /** QuotaExceededError: storage is full. */
  | 'quota-exceeded'
  /** The draft is past what a link can carry (the 1 MB cap), so it was not saved. */
  | 'too-large'
  /** Any other failure of the browser's storage. */
  | 'write-failed';

export interface StorageIssue {
  code: StorageIssueCode;
}

export interface SavedDraft {
  state: ShareState;
  /** ms since the epoch. */
  savedAt: number;
  /** The state it started from (a scenario, an opened link, a shared link, a file) as a fragment. */
  basis?: string;
  /** The link it came from (opened or shared): a reload of that link continues this draft. */
  link?: string;
  /** True when the learner changed it from its basis: their own work. */
  dirty: boolean;
}

export { DRAFT_KEY, KEPT_KEY, SET_ASIDE_KEY } from './storage-keys';
/** Set-aside drafts kept: the oldest goes when one more is set aside. */
export const MAX_SET_ASIDE = 8;

/** A set-aside draft as a list shows it. */
export interface SetAsideSummary {
  /** ms since the epoch; also names the draft. */
  savedAt: number;
  /** The first line of its text with something on it. */
  firstLine: string;
}

interface Record1 {
  v: 1;
  /** The state as a share fragment. */
  f: string;
  /** savedAt. */
  t: number;
  /** basis fragment. */
  b?: string;
  /** link fragment. */
  l?: string;
  /** The tab that wrote it. */
  o?: string;
  /** In the set-aside list because another tab saved over it (not because something replaced it here). */
  x?: true;
}

/** Browsers report a full storage as QuotaExceededError (code 22) or, in old Firefox,
 *  NS_ERROR_DOM_QUOTA_REACHED (code 1014). */
function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/**
 * `window.localStorage`, or an issue. Merely reading the property throws a SecurityError where site
 * data is blocked, so it is read inside try.
 */
export function resolveLocalStorage(win: { readonly localStorage: StorageLike } | undefined = globalThis as unknown as { localStorage: StorageLike }): Result<StorageLike, StorageIssue> {
  try {
    const storage = win?.localStorage;
    if (!storage) return { ok: false, error: { code: 'unavailable' } };
    return { ok: true, value: storage };
  } catch {
    return { ok: false, error: { code: 'unavailable' } };
  }
}

function readRecord(raw: string | null): Record1 | undefined {
  if (raw === null) return undefined;
  try {
    return recordOf(JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

function recordOf(v: unknown): Record1 | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const { v: version, f, t, b, l, o, x } = v as Record<string, unknown>;
  if (version !== 1 || typeof f !== 'string' || typeof t !== 'number') return undefined;
  return {
    v: 1, f, t, ...(typeof b === 'string' ? { b } : {}), ...(typeof l === 'string' ? { l } : {}), ...(typeof o === 'string' ? { o } : {}),
    ...(x === true ? { x } : {}),
  };
}

/** The tab that wrote the draft stored as `raw` (a storage event's newValue), if it says. */
export function draftWriter(raw: string | null): string | undefined {
  return readRecord(raw)?.o;
}

function readList(s: StorageLike): Record1[] {
  const out: Record1[] = [];
  try {
    const v = JSON.parse(s.getItem(SET_ASIDE_KEY) ?? 'null') as unknown;
    if (typeof v === 'object' && v !== null && Array.isArray((v as { items?: unknown }).items)) {
      for (const item of (v as { items: unknown[] }).items) {
        const rec = recordOf(item);
        if (rec) out.push(rec);
      }
    }
  } catch {
    // An unreadable list is an empty one.
  }
  const legacy = readRecord(s.getItem(KEPT_KEY));
  if (legacy && !out.some((r) => r.f === legacy.f)) out.push(legacy);
  return out;
}

function writeList(s: StorageLike, items: Record1[]): void {
  s.setItem(SET_ASIDE_KEY, JSON.stringify({ v: 1, items: items.slice(0, MAX_SET_ASIDE) }));
  s.removeItem(KEPT_KEY);
}

/**
 * Puts `rec` first in the set-aside list (once: the same text set aside again moves up). Set aside because
 * another tab saved over it, it replaces what that tab had set aside the same way: two tabs typing side by
 * side keep each one's latest work, not every keystroke's.
 */
function pushSetAside(s: StorageLike, rec: Record1): void {
  const superseded = (r: Record1): boolean => r.f === rec.f || (rec.x === true && r.x === true && r.o === rec.o);
  writeList(s, [rec, ...readList(s).filter((r) => !superseded(r))]);
}

function firstLineOf(yaml: string): string {
  const line = yaml.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.trim().slice(0, 80);
}

function toDraft(rec: Record1): SavedDraft | undefined {
  const decoded = decodeShareFragment(rec.f);
  if (!decoded.ok) return undefined;
  return {
    state: decoded.value, savedAt: rec.t, ...(rec.b !== undefined ? { basis: rec.b } : {}), ...(rec.l !== undefined ? { link: rec.l } : {}),
    dirty: rec.f !== rec.b,
  };
}

export interface DraftStore {
  /**
   * Saves the working state. `basis`: the fragment of the link it started from (or was last shared
   * as). `pristine`: it is an unedited scenario or imported file, not the learner's own work.
   */
  saveDraft(state: ShareState, opts: { basis?: string; link?: string; pristine?: boolean; now: number; tab?: string }): Result<void, StorageIssue>;
  /** The saved draft, or null when there is none (or it is unreadable: a broken draft is no draft). */
  loadDraft(): Result<SavedDraft | null, StorageIssue>;
  clearDraft(): Result<void, StorageIssue>;
  /**
   * Call before an opened link (or an imported file) replaces the working state. When the saved draft
   * is the learner's own work and differs from what is being opened, it moves to the kept slot.
   */
  keepDraftBefore(incoming: string): Result<{ kept: boolean }, StorageIssue>;
  /** The newest set-aside draft, if any. */
  loadKept(): Result<SavedDraft | null, StorageIssue>;
  /** Removes the newest set-aside draft (after restoring it, or when the learner dismisses it). */
  discardKept(): Result<void, StorageIssue>;
  /** The set-aside drafts, newest first. */
  listSetAside(): Result<SetAsideSummary[], StorageIssue>;
  /** The set-aside draft saved at `savedAt`, taken off the list; null when it is gone. */
  takeSetAside(savedAt: number): Result<SavedDraft | null, StorageIssue>;
}

/**
 * A DraftStore over `storage`, encoding drafts with `encode` (the link writer's); with an issue instead (no
 * storage), every call returns that issue.
 */
export function createDraftStore(storage: Result<StorageLike, StorageIssue>, encode: LinkWriter['encode']): DraftStore {
  const run = <T>(f: (s: StorageLike) => T): Result<T, StorageIssue> => {
    if (!storage.ok) return storage;
    try {
      return { ok: true, value: f(storage.value) };
    } catch (e) {
      if (isQuotaError(e)) return { ok: false, error: { code: 'quota-exceeded' } };
      if (e instanceof Error && e.name === 'SecurityError') return { ok: false, error: { code: 'unavailable' } };
      return { ok: false, error: { code: 'write-failed' } };
    }
  };
  const load = (key: string): Result<SavedDraft | null, StorageIssue> =>
    run((s) => {
      const rec = readRecord(s.getItem(key));
      return (rec && toDraft(rec)) ?? null;
    });

  return {
    saveDraft(state, { basis, link, pristine, now, tab }) {
      // A draft must never be lost for a field a link would refuse (a target half typed): such
      // fields are left out of the saved copy.
      const f = encode(state);
      if (!f.ok) return { ok: false, error: { code: f.error.code === 'too-large' ? 'too-large' : 'write-failed' } };
      const b = pristine ? f.value.fragment : basis;
      const rec: Record1 = { v: 1, f: f.value.fragment, t: now, ...(b !== undefined ? { b } : {}), ...(link !== undefined ? { l: link } : {}), ...(tab !== undefined ? { o: tab } : {}) };
      return run((s) => {
        // Another tab's own work is never overwritten silently: it is set aside first.
        const stored = readRecord(s.getItem(DRAFT_KEY));
        if (stored && stored.o !== undefined && stored.o !== tab && stored.f !== stored.b && stored.f !== rec.f) pushSetAside(s, { ...stored, x: true });
        s.setItem(DRAFT_KEY, JSON.stringify(rec));
      });
    },
    loadDraft: () => load(DRAFT_KEY),
    clearDraft: () => run((s) => s.removeItem(DRAFT_KEY)),
    keepDraftBefore(incoming) {
      return run((s) => {
        const raw = s.getItem(DRAFT_KEY);
        const rec = readRecord(raw);
        if (!raw || !rec || rec.f === rec.b || rec.f === incoming) return { kept: false };
        pushSetAside(s, rec);
        return { kept: true };
      });
    },
    loadKept: () => run((s) => {
      const rec = readList(s)[0];
      return (rec && toDraft(rec)) ?? null;
    }),
    discardKept: () => run((s) => writeList(s, readList(s).slice(1))),
    listSetAside: () => run((s) => readList(s).flatMap((rec) => {
      const d = toDraft(rec);
      return d ? [{ savedAt: rec.t, firstLine: firstLineOf(d.state.yaml) }] : [];
    })),
    takeSetAside: (savedAt) => run((s) => {
      const list = readList(s);
      const rec = list.find((r) => r.t === savedAt);
      if (!rec) return null;
      writeList(s, list.filter((r) => r !== rec));
      return toDraft(rec) ?? null;
    }),
  };
}
