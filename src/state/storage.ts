// The learner's draft in localStorage: saved as they type (the caller debounces), restored on the next
// visit, and set aside in a "kept draft" slot before an opened link replaces it, so a link never
// silently overwrites unsaved work. Storage full (QuotaExceededError) or disabled (SecurityError on
// access: private mode, blocked site data) gives a StorageIssue for a notice, never an exception.
//
// A draft is stored as a share fragment (`v1.…`) with a time and the fragment it started from: the
// link codec's versioning, validation and compression come for free, and a draft saved by an old build
// opens in a new one exactly as an old link does.
import { decodeShareFragment, encodeShareStateBestEffort, type Result, type ShareState } from './url-codec';

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

export const DRAFT_KEY = 'k8s-service-playground:draft';
export const KEPT_KEY = 'k8s-service-playground:kept-draft';

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
    const v = JSON.parse(raw) as unknown;
    if (typeof v !== 'object' || v === null) return undefined;
    const { v: version, f, t, b, l } = v as Record<string, unknown>;
    if (version !== 1 || typeof f !== 'string' || typeof t !== 'number') return undefined;
    return { v: 1, f, t, ...(typeof b === 'string' ? { b } : {}), ...(typeof l === 'string' ? { l } : {}) };
  } catch {
    return undefined;
  }
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
  saveDraft(state: ShareState, opts: { basis?: string; link?: string; pristine?: boolean; now: number }): Result<void, StorageIssue>;
  /** The saved draft, or null when there is none (or it is unreadable: a broken draft is no draft). */
  loadDraft(): Result<SavedDraft | null, StorageIssue>;
  clearDraft(): Result<void, StorageIssue>;
  /**
   * Call before an opened link (or an imported file) replaces the working state. When the saved draft
   * is the learner's own work and differs from what is being opened, it moves to the kept slot.
   */
  keepDraftBefore(incoming: string): Result<{ kept: boolean }, StorageIssue>;
  /** The kept draft, if any. */
  loadKept(): Result<SavedDraft | null, StorageIssue>;
  /** Removes the kept draft (after restoring it, or when the learner dismisses it). */
  discardKept(): Result<void, StorageIssue>;
}

/** A DraftStore over `storage`; with an issue instead (no storage), every call returns that issue. */
export function createDraftStore(storage: Result<StorageLike, StorageIssue>): DraftStore {
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
    saveDraft(state, { basis, link, pristine, now }) {
      // A draft must never be lost for a field a link would refuse (a target half typed): such
      // fields are left out of the saved copy.
      const f = encodeShareStateBestEffort(state);
      if (!f.ok) return { ok: false, error: { code: f.error.code === 'too-large' ? 'too-large' : 'write-failed' } };
      const b = pristine ? f.value.fragment : basis;
      const rec: Record1 = { v: 1, f: f.value.fragment, t: now, ...(b !== undefined ? { b } : {}), ...(link !== undefined ? { l: link } : {}) };
      return run((s) => s.setItem(DRAFT_KEY, JSON.stringify(rec)));
    },
    loadDraft: () => load(DRAFT_KEY),
    clearDraft: () => run((s) => s.removeItem(DRAFT_KEY)),
    keepDraftBefore(incoming) {
      return run((s) => {
        const raw = s.getItem(DRAFT_KEY);
        const rec = readRecord(raw);
        if (!raw || !rec || rec.f === rec.b || rec.f === incoming) return { kept: false };
        s.setItem(KEPT_KEY, raw);
        return { kept: true };
      });
    },
    loadKept: () => load(KEPT_KEY),
    discardKept: () => run((s) => s.removeItem(KEPT_KEY)),
  };
}
