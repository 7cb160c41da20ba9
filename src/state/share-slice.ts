// Sharing's life in the page: open the link in the address bar (or restore the draft), autosave the draft,
// keep the learner's own work before anything replaces it, step through shared states with the browser's
// back and forward, and replay a ShareState's sends so a link reproduces the very trace on screen.
//
// Words used below:
//   link  — the fragment of a link opened or shared; reloading it continues the draft made from it.
//   basis — the fragment of the state right after it was opened, shared, imported or restored: the
//           draft is the learner's own work (worth keeping) once it differs from it.
import type { StateCreator } from 'zustand/vanilla';
import { DEFAULT_KUBERNETES_VERSION } from '../core';
import { scenarios } from '../scenarios';
import { clampHop } from './selectors';
import { emptySendLog, nextSendLog, shareStateOf, type SendLog } from './share-snapshot';
import { SAVED_FIELDS } from './source-fields';
import { parseShellPlaceKey } from './shell-slice';
import {
  createDraftStore, DRAFT_KEY, draftWriter, resolveLocalStorage, SET_ASIDE_KEY,
  type DraftStore, type SavedDraft, type SetAsideSummary, type StorageIssue, type StorageLike,
} from './storage';
import type { AppState, LinkWriter, StoreDeps, TerminalTab } from './types';
import { lessonFragment, splitLessonFragment } from './url-codec/lesson-fragment';
import { StaleReply } from './worker/client';
import {
  buildShareUrl, decodeShareFragment, decodeShareFragmentAsync, isEncoded, isShareFragment, rememberEncoded, type ShareLanguage, type ShareState,
} from './url-codec';

/** What sharing needs of the browser window; tests pass a fake. */
export interface BrowserPage {
  readonly location: { readonly origin: string; readonly pathname: string; readonly search: string; readonly hash: string };
  readonly history: {
    pushState(data: unknown, unused: string, url: string): void;
    replaceState(data: unknown, unused: string, url: string): void;
  };
  /** Reading it throws a SecurityError where site data is blocked. */
  readonly localStorage: StorageLike;
  /** Per tab, kept across reloads: names the tab that wrote a draft. Absent or throwing: a name per page. */
  readonly sessionStorage?: StorageLike;
  /** Whether the tab is on screen (`visibilitychange` on the document reaches the window). */
  readonly document?: { readonly visibilityState: string };
  /** Absent where the browser has none (Safari): a due autosave then runs at once. */
  requestIdleCallback?(callback: () => void, options: { timeout: number }): number;
  cancelIdleCallback?(handle: number): void;
  addEventListener(type: 'popstate' | 'pagehide' | 'visibilitychange', listener: () => void): void;
  addEventListener(type: 'storage', listener: (e: StorageChange) => void): void;
  removeEventListener(type: 'popstate' | 'pagehide' | 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'storage', listener: (e: StorageChange) => void): void;
}

/** What a `storage` event says: another tab wrote `key`. */
export interface StorageChange {
  readonly key: string | null;
  readonly newValue: string | null;
}

const TAB_KEY = 'k8s-service-playground:tab';

/** This tab's name: kept in sessionStorage, so a reload is the same tab and another tab is not. */
function tabIdOf(p: BrowserPage): string {
  const fresh = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  try {
    const s = p.sessionStorage;
    const id = s?.getItem(TAB_KEY);
    if (id) return id;
    s?.setItem(TAB_KEY, fresh);
  } catch {
    // No session storage: the tab is named for this page only.
  }
  return fresh;
}

export interface ShareLink {
  url: string;
  fragment: string;
  /** Optional fields left out because a link would refuse them. */
  dropped: string[];
}

export interface ShareSlice {
  /** The page is the read-only embed view: no editor, and nothing saved in the reader's browser. */
  embed: boolean;
  /** A link, a draft or a file is being put on screen: its replayed steps are not the learner's. */
  shareOpening: boolean;
  /** The sends since the client's state was last reset (share-snapshot.ts). */
  sendLog: SendLog;
  /** The draft's basis and link (see the words above). */
  draft: { basis?: string; link?: string };
  /** The state on screen, for a link, a draft or a file. */
  shareState(): ShareState;
  /** Puts `state` on screen: text, actions, selection, options, view; replays the sends; starts the history over. */
  openShareState(state: ShareState): Promise<void>;
  /** Opens the link in the address bar or restores the draft; resolves once it is on screen. Once per store. */
  startShareSession(page: BrowserPage, opts: { embed: boolean }): Promise<void>;
  /** Saves the draft now and stops saving and following the address bar. */
  stopShareSession(): void;
  /** The store has its link writer (StoreDeps.links): links and drafts can be written. */
  writesLinks: boolean;
  /** Gives the store its link writer, for a page that loads it after its first view. */
  writeLinksWith(writer: LinkWriter): void;
  /**
   * A link to the state on screen, carrying `language` (the page's) as a suggestion; null past the 1 MB cap, and
   * before the store has its link writer.
   */
  shareLink(opts?: { embed?: boolean; language?: ShareLanguage }): ShareLink | null;
  /** The learner shared `fragment`: a history entry in the browser, and the draft's new basis. */
  recordShared(fragment: string): void;
  restoreKept(): Promise<void>;
  dismissKept(): void;
  /** The set-aside drafts, newest first (time and first line), as stored; updated when any tab changes them. */
  setAside: SetAsideSummary[];
  /** Puts the set-aside draft saved at `savedAt` on screen; what was on screen, if the learner's own, is set aside. */
  restoreSetAside(savedAt: number): Promise<void>;
  importText(text: string, name: string): Promise<void>;
  resetToScenario(): void;
  /** Loads scenario `id` from the picker; the learner's own edits are set aside first, one click from coming back. */
  switchScenario(id: string): void;
  /** Saves the draft now instead of after the debounce. */
  flushDraft(): void;
  /** The screen holds the learner's own work: changed since it was opened, shared or restored, and not an untouched
   *  scenario. Whatever replaces it sets it aside first; this says whether to ask before. */
  hasOwnWork(): boolean;
  /** Puts `state` on screen as a new start (a lesson's start state); the learner's own work is set aside first, one
   *  click from coming back. `origin` names what replaced it. */
  replaceScreen(state: ShareState, origin: string): Promise<void>;
  /** A link that opens lesson `lesson` in the receiver's language: from its start, or with the state on screen (null
   *  with it past the 1 MB cap, and before the store has its link writer). */
  lessonLink(lesson: string, opts: { withState: boolean }): ShareLink | null;
}

const AUTOSAVE_MS = 400;
/**
 * A due autosave waits for an idle moment, this long at most: saving encodes the share link on the page's thread
 * (85 ms on a phone's CPU), and the first one comes while the page is still drawing its first view (a narrow screen
 * folds the shell, a saved field). A tab being hidden or left saves at once.
 */
const AUTOSAVE_IDLE_MS = 2000;
/** Past this much YAML the autosaved draft is deflated in the core worker: 680 KB took the page's thread 0.4 s. */
const ENCODE_IN_WORKER_CHARS = 64_000;
/** Every terminal tab (a Record, so a new tab without an entry fails the type-check): a link names one. */
const TABS: Record<TerminalTab, true> = { dns: true, iptables: true, filter: true, ipvs: true, resolv: true, slices: true, kubectl: true };
const isTab = (tab: string): tab is TerminalTab => Object.hasOwn(TABS, tab);

/**
 * Decodes the link in the page's address with the browser's own inflate, so that what the page asks of it as it
 * starts (its language, whether it is an embed, opening it) finds it decoded: inflating a 4,588-Service link in
 * the page's JavaScript held the page's first task.
 */
export async function readAddressLink(loc: { hash: string }): Promise<void> {
  const frag = splitLessonFragment(loc.hash).share;
  if (isShareFragment(frag)) await decodeShareFragmentAsync(frag);
}

/** Whether this page is the embed view: `?embed`, or a link whose view asks for it. */
export function isEmbed(loc: { search: string; hash: string }): boolean {
  if (new URLSearchParams(loc.search).has('embed')) return true;
  const frag = splitLessonFragment(loc.hash).share;
  if (!isShareFragment(frag)) return false;
  const d = decodeShareFragment(frag);
  return d.ok && d.value.view?.embed === true;
}

/** Without a link writer every typed line is kept: such a page's lines all came from a link (StoreDeps.links). */
const everyLine = (lines: readonly string[]): boolean[] => lines.map(() => true);

export const createShareSlice = (deps: StoreDeps): StateCreator<AppState, [], [], ShareSlice> => (set, get, api) => {
  /** The page once the session started. */
  let page: BrowserPage | null = null;
  /** Null without a page, and in an embed: a blog post must not overwrite the reader's work. */
  let drafts: DraftStore | null = null;
  let session: Promise<void> | null = null;
  /** The autosave due: waiting for the typing to pause, then for an idle moment. */
  let autosave: { cancel(): void } | undefined;
  let stopWatching = (): void => {};
  /** This tab's name on the drafts it saves. */
  let tab: string | undefined;
  let links: LinkWriter | null = deps.links ?? null;

  const fragmentOf = (s: ShareState): string | undefined => {
    const r = links?.encode(s);
    return r?.ok ? r.value.fragment : undefined;
  };

  /** Reads the set-aside list into the store. */
  function refreshSetAside(): void {
    if (!drafts) return;
    const l = drafts.listSetAside();
    if (l.ok) set({ setAside: l.value });
  }

  api.subscribe((s, prev) => {
    const log = nextSendLog(s, prev);
    if (log !== s.sendLog) set({ sendLog: log });
  });

  const report = (issue: StorageIssue): void => get().notify({ storage: issue.code });

  function saveDraft(): void {
    autosave?.cancel();
    autosave = undefined;
    if (!drafts || get().shareOpening) return;
    const snap = get().shareState();
    const pristine = snap.actions.length === 0 && scenarios.some((sc) => sc.source === snap.yaml);
    const { basis, link } = get().draft;
    const r = drafts.saveDraft(snap, { basis, link, pristine, now: Date.now(), ...(tab !== undefined ? { tab } : {}) });
    if (!r.ok) report(r.error);
    else if (get().notices.storage !== null) get().notify({ storage: null });
    refreshSetAside();
  }
  /**
   * A large state is deflated in the core worker, and the page keeps the answer as its last encoding: the next
   * encode of the same state here (the draft, its basis) costs nothing. False when it was not needed.
   */
  async function encodeInWorker(snap: ShareState): Promise<boolean> {
    if (!drafts || snap.yaml.length <= ENCODE_IN_WORKER_CHARS || isEncoded(snap)) return false;
    try {
      const r = await deps.core.encodeShare({ state: snap });
      if (r.ok && r.value.dropped.length === 0) rememberEncoded(snap, r.value.fragment);
    } catch {
      // A newer encoding replaced it, or the worker failed: the page encodes it itself if it must.
    }
    return true;
  }

  /** The autosave: a large text is encoded in the worker first, so saving it here costs nothing. */
  async function autosaveDraft(due: typeof autosave): Promise<void> {
    // An edit since rescheduled the save, or the draft was flushed meanwhile (before a link opened).
    if (await encodeInWorker(get().shareState()) && autosave !== due) return;
    saveDraft();
  }
  /** Saves the draft once the edits pause for AUTOSAVE_MS and the page is idle (AUTOSAVE_IDLE_MS at most). */
  function scheduleAutosave(): void {
    autosave?.cancel();
    const due = { cancel: () => clearTimeout(timer) };
    const timer = setTimeout(() => {
      const idle = page?.requestIdleCallback;
      if (!idle) return void autosaveDraft(due);
      const handle = idle.call(page, () => void autosaveDraft(due), { timeout: AUTOSAVE_IDLE_MS });
      due.cancel = () => page?.cancelIdleCallback?.(handle);
    }, AUTOSAVE_MS);
    autosave = due;
  }
  const flushDraft = (): void => {
    if (autosave !== undefined) saveDraft();
  };
  const flushWhenHidden = (): void => {
    if (page?.document?.visibilityState === 'hidden') flushDraft();
  };

  /** Opens `state` as a new start: its basis is what is on screen after it. */
  async function openAsNew(state: ShareState, link: string | undefined): Promise<void> {
    await get().openShareState(state);
    const opened = get().shareState();
    await encodeInWorker(opened);
    set({ draft: { basis: fragmentOf(opened), link } });
    saveDraft();
  }

  /** Keep the learner's draft before something replaces the screen. */
  function keepBefore(incoming: string): void {
    if (!drafts) return;
    flushDraft();
    const k = drafts.keepDraftBefore(incoming);
    if (!k.ok) report(k.error);
    else if (k.value.kept) get().notify({ keptDraft: true });
    refreshSetAside();
  }

  /** Puts a set-aside draft on screen; what was there, if the learner's own, is set aside in its place. */
  async function restoreFromSetAside(kept: SavedDraft): Promise<void> {
    const incoming = fragmentOf(kept.state);
    if (incoming) keepBefore(incoming);
    await get().openShareState(kept.state);
    set({ draft: { basis: kept.basis, link: kept.link } });
    clearHash();
    saveDraft();
  }

  /** The address bar no longer shows what is on screen: drop its link (no new history entry). */
  function clearHash(): void {
    if (page && !get().embed && page.location.hash) page.history.replaceState(null, '', `${page.location.pathname}${page.location.search}`);
  }

  async function restoreDraft(): Promise<void> {
    if (!drafts) return;
    const d = drafts.loadDraft();
    if (!d.ok) return report(d.error);
    if (!d.value) return;
    await get().openShareState(d.value.state);
    set({ draft: { basis: d.value.basis, link: d.value.link } });
    if (d.value.dirty) get().notify({ restored: true });
  }

  /** Opens what the address names: a lesson (from its start, or over the link's state), or a share link. A page
   *  opened without either goes back to the lesson open at the last visit, if any. */
  async function arrive(hash: string, initial: boolean, lastLesson: string | null = null): Promise<void> {
    const { lesson, share } = splitLessonFragment(hash);
    if (lesson !== null && share === '') {
      if (initial) await restoreDraft();
      await get().openLesson(lesson, { fromStart: true });
      return;
    }
    const opened = await arriveShare(share, initial);
    // A teacher's own lesson in the link opens over its state (a lesson named before it is not looked for).
    if (opened?.lesson) {
      await get().openLinkedLesson({ ...opened, lesson: opened.lesson }, share);
      return;
    }
    const over = lesson ?? lastLesson;
    if (over !== null) await get().openLesson(over, { fromStart: false });
  }

  /** Opens a share link; the state it carried, or null when there was none to open. */
  async function arriveShare(frag: string, initial: boolean): Promise<ShareState | null> {
    if (!isShareFragment(frag)) {
      // In-page anchors (the skip link) change the hash too: only the first load reports a stranger.
      if (initial && frag !== '') get().notify({ linkError: { code: 'not-share-link' } });
      if (initial) await restoreDraft();
      return null;
    }
    const decoded = decodeShareFragment(frag);
    if (!decoded.ok) {
      get().notify({ linkError: decoded.error });
      if (initial) await restoreDraft();
      return null;
    }
    get().notify({ linkError: null });
    if (drafts) {
      const d = drafts.loadDraft();
      if (d.ok && d.value && d.value.link === frag) {
        // A reload (or back) to the link this draft came from: carry on with the draft.
        // Already on screen (back from an in-page anchor): nothing to do.
        if (!initial && fragmentOf(get().shareState()) === fragmentOf(d.value.state)) return decoded.value;
        await get().openShareState(d.value.state);
        set({ draft: { basis: d.value.basis, link: d.value.link } });
        if (initial && d.value.dirty) get().notify({ restored: true });
        return decoded.value;
      }
      keepBefore(frag);
    }
    await openAsNew(decoded.value, frag);
    return decoded.value;
  }

  return {
    embed: false,
    shareOpening: false,
    writesLinks: links !== null,
    sendLog: emptySendLog,
    draft: {},

    shareState: () => shareStateOf(get(), api.getInitialState().nodes, links?.replayedLines ?? everyLine),

    writeLinksWith(writer) {
      links = writer;
      set({ writesLinks: true });
    },

    async openShareState(state) {
      set({ shareOpening: true });
      try {
        const now = get();
        const target = state.target ?? now.target;
        const v = state.view ?? {};
        now.resetForSource({
          source: state.yaml,
          nodes: state.nodes ?? api.getInitialState().nodes,
          client: state.client ?? now.client,
          target,
          options: {
            // A link from before client kinds were named meant a client that caches answers: the app.
            clientKind: state.options ? (state.options.clientKind ?? 'app') : now.options.clientKind,
            keepAlive: state.options?.keepAlive ?? now.options.keepAlive,
            headlessStrategy: state.options?.strategy ?? now.options.headlessStrategy,
            proxyMode: state.options?.proxyMode ?? now.options.proxyMode,
          },
          kubernetesVersion: state.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION,
          seed: state.seed,
          sent: 0,
          sendLog: emptySendLog,
          dnsTool: v.terminal ?? now.dnsTool,
          terminalTab: v.tab && isTab(v.tab) ? v.tab : now.terminalTab,
          rulesNode: v.node ?? null,
          compareNames: v.compare ? [...v.compare] : null,
          modeCompare: v.modeCompare ?? false,
          shellOpen: v.shell ?? api.getInitialState().shellOpen,
        });
        const actions = state.actions;
        let applied = -1;
        const build = async (count: number): Promise<void> => {
          if (count === applied) return;
          set({ actions: actions.slice(0, count) });
          // Another rebuild (the page's first one on start) may supersede ours: its StaleReply makes
          // rebuild() return without a cluster. Wait until the cluster on screen is built from our input.
          for (let tries = 0; tries < 5; tries++) {
            await get().rebuild();
            const b = get().builtFrom;
            if (b && b.source === state.yaml && b.actions.length === count) break;
            if (get().stale) break; // a text with errors keeps no new cluster: nothing to wait for
          }
          applied = count;
        };
        for (const send of state.sends ?? []) {
          await build(send.afterActions);
          set({ target: send.target ?? target });
          await get().send(send.count);
        }
        await build(actions.length);
        set({ target });
        await get().replayShell(state.shell ?? [], state.shellElsewhere ?? []);
        const place = v.shellPlace !== undefined ? parseShellPlaceKey(v.shellPlace) : null;
        if (place) get().setShellPlace(place);
        const trace = get().trace;
        if (trace && v.hop !== undefined) set({ activeHop: clampHop(v.hop, trace.hops.length), playing: false });
      } finally {
        set({ shareOpening: false });
        get().resetHistory();
      }
    },

    startShareSession(p, { embed }) {
      if (session) return session;
      page = p;
      drafts = embed || !links ? null : createDraftStore(resolveLocalStorage(p), links.encode);
      set({ embed });
      const unsubscribe = api.subscribe((s, prev) => {
        if (!drafts || s.shareOpening) return;
        if (!SAVED_FIELDS.some((k) => s[k] !== prev[k])) return;
        scheduleAutosave();
      });
      const onPopState = (): void => void arrive(p.location.hash, false);
      // Another tab saved a draft or changed the set-aside list (the storage event fires in the other tabs only).
      const onStorage = (e: StorageChange): void => {
        if (e.key === DRAFT_KEY && e.newValue !== null && draftWriter(e.newValue) !== tab) get().notify({ otherTab: true });
        if (e.key === DRAFT_KEY || e.key === SET_ASIDE_KEY || e.key === null) refreshSetAside();
      };
      if (!embed) tab = tabIdOf(p);
      p.addEventListener('popstate', onPopState);
      p.addEventListener('pagehide', flushDraft);
      p.addEventListener('visibilitychange', flushWhenHidden);
      p.addEventListener('storage', onStorage);
      stopWatching = () => {
        unsubscribe();
        p.removeEventListener('popstate', onPopState);
        p.removeEventListener('pagehide', flushDraft);
        p.removeEventListener('visibilitychange', flushWhenHidden);
        p.removeEventListener('storage', onStorage);
      };
      refreshSetAside();
      const progress = resolveLocalStorage(p);
      const lastLesson = get().startLessons(!embed && progress.ok ? progress.value : null);
      session = arrive(p.location.hash, true, lastLesson);
      return session;
    },

    stopShareSession() {
      flushDraft();
      stopWatching();
      stopWatching = () => {};
      drafts = null;
    },

    shareLink(o = {}) {
      if (!links) return null;
      const snap = get().shareState();
      const view = { ...snap.view };
      delete view.embed;
      const r = links.encode({ ...snap, view, ...(o.language ? { language: o.language } : {}) });
      if (!r.ok) return null;
      const base = page ? `${page.location.origin}${page.location.pathname}${page.location.search}` : '';
      return { url: buildShareUrl(base, r.value.fragment, { embed: !!o.embed }), fragment: r.value.fragment, dropped: r.value.dropped };
    },

    recordShared(fragment) {
      set({ draft: { basis: fragment, link: fragment } });
      saveDraft();
      if (page && !get().embed && page.location.hash !== `#${fragment}`) page.history.pushState({ k8sShare: fragment }, '', `#${fragment}`);
    },

    async restoreKept() {
      if (!drafts) return;
      const k = drafts.loadKept();
      if (!k.ok) return report(k.error);
      get().notify({ keptDraft: false });
      if (!k.value) return;
      drafts.discardKept();
      // What is on screen now may be the learner's too (edits to the opened link): swap, do not drop.
      await restoreFromSetAside(k.value);
    },

    dismissKept() {
      // The draft stays in the set-aside list: dismissing the offer loses nothing.
      get().notify({ keptDraft: false });
    },

    setAside: [],

    async restoreSetAside(savedAt) {
      if (!drafts) return;
      const k = drafts.takeSetAside(savedAt);
      if (!k.ok) return report(k.error);
      get().notify({ keptDraft: false });
      refreshSetAside();
      if (k.value) await restoreFromSetAside(k.value);
    },

    async importText(text, name) {
      // A 1 MB `kind: List` takes seconds to parse and clean: the worker does it, the page stays responsive.
      let r;
      try {
        r = await deps.core.importText({ text });
      } catch (e) {
        if (e instanceof StaleReply) return; // another file was dropped since
        throw e;
      }
      if (!r.ok) return get().notify({ importNotice: { kind: 'error', code: r.error.code } });
      keepBefore(`import:${name}`);
      // A file carries no view: the shell stays as the learner left it (folded on a narrow screen), rather than
      // opening as a link without one does.
      const view = get().shellOpen ? {} : { shell: false };
      await openAsNew({ yaml: r.value.yaml, actions: [], seed: get().seed, view }, undefined);
      clearHash();
      get().notify({ importNotice: r.value.converted ? { kind: 'converted', dropped: r.value.dropped.length } : { kind: 'opened', name } });
    },

    resetToScenario() {
      keepBefore('reset');
      set((s) => ({ draft: { ...s.draft, link: undefined } }));
      clearHash();
      const s = get();
      s.loadScenario(s.scenarioId);
    },

    switchScenario(id) {
      keepBefore(`scenario:${id}`);
      set((s) => ({ draft: { ...s.draft, link: undefined } }));
      clearHash();
      get().loadScenario(id);
    },

    flushDraft,

    hasOwnWork() {
      const snap = get().shareState();
      if (snap.actions.length === 0 && scenarios.some((sc) => sc.source === snap.yaml)) return false;
      const { basis } = get().draft;
      return basis === undefined || fragmentOf(snap) !== basis;
    },

    async replaceScreen(state, origin) {
      keepBefore(origin);
      await openAsNew(state, undefined);
      clearHash();
    },

    lessonLink(lesson, { withState }) {
      const base = page ? `${page.location.origin}${page.location.pathname}${page.location.search}` : '';
      const linked = get().lessonLinked;
      if (linked?.lesson.id === lesson) {
        // A teacher's lesson is not in the receiver's catalogue: the teacher's own link carries it, from its start
        // (a link over other work would make that work its start).
        return withState ? null : { url: buildShareUrl(base, linked.fragment), fragment: linked.fragment, dropped: [] };
      }
      let share: string | undefined;
      let dropped: string[] = [];
      if (withState) {
        if (!links) return null;
        const snap = get().shareState();
        const view = { ...snap.view };
        delete view.embed;
        // No language: the receiver reads the lesson in their own.
        const r = links.encode({ ...snap, view });
        if (!r.ok) return null;
        share = r.value.fragment;
        dropped = r.value.dropped;
      }
      const fragment = lessonFragment(lesson, share);
      return { url: buildShareUrl(base, fragment), fragment, dropped };
    },
  };
};
