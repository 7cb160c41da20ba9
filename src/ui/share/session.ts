// The Share feature's life in the page, without React: open the link in the address bar (or restore the
// draft), autosave the draft, keep the learner's own work before anything replaces it, and step through
// shared states with the browser's back and forward.
//
// Words used below:
//   link  — the fragment of a link opened or shared; reloading it continues the draft made from it.
//   basis — the fragment of the state right after it was opened, shared, imported or restored: the
//           draft is the learner's own work (worth keeping) once it differs from it.
import type { StoreApi } from 'zustand/vanilla';
import { scenarios } from '../../scenarios';
import type { AppState } from '../../state';
import { notify } from './notices';
import {
  attachShareController, buildShareUrl, createDraftStore, decodeShareFragment, encodeShareStateBestEffort,
  importScenarioText, isShareFragment, resolveLocalStorage, type DraftStore, type ShareController, type ShareState,
  type StorageIssue,
} from './state-api';

const AUTOSAVE_MS = 400;

export interface ShareLink {
  url: string;
  fragment: string;
  /** Optional fields left out because a link would refuse them. */
  dropped: string[];
}

export interface ShareSession {
  readonly controller: ShareController;
  readonly embed: boolean;
  /** Resolves once the link or draft is on screen. */
  readonly ready: Promise<void>;
  /** A link to the state on screen; null when the text is past the 1 MB cap. */
  currentLink(opts?: { embed?: boolean }): ShareLink | null;
  /** The learner shared `fragment`: a history entry, and the draft's new basis. */
  recordShared(fragment: string): void;
  restoreKept(): Promise<void>;
  dismissKept(): void;
  importText(text: string, name: string): Promise<void>;
  resetToScenario(): void;
  /** Saves now instead of after the debounce. */
  flush(): void;
  dispose(): void;
}

/** Whether this page is the embed view: `?embed`, or a link whose view asks for it. */
export function isEmbed(loc: { search: string; hash: string }): boolean {
  if (new URLSearchParams(loc.search).has('embed')) return true;
  const frag = loc.hash.replace(/^#/, '');
  if (!isShareFragment(frag)) return false;
  const d = decodeShareFragment(frag);
  return d.ok && d.value.view?.embed === true;
}

export function startShareSession(store: StoreApi<AppState>, win: Window, opts: { embed: boolean }): ShareSession {
  const { embed } = opts;
  const controller = attachShareController(store);
  // An embed never touches the reader's drafts: a blog post must not overwrite their work.
  const drafts: DraftStore | null = embed ? null : createDraftStore(resolveLocalStorage(win));
  let basis: string | undefined;
  let link: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const fragmentOf = (s: ShareState): string | undefined => {
    const r = encodeShareStateBestEffort(s);
    return r.ok ? r.value.fragment : undefined;
  };
  const report = (issue: StorageIssue): void => notify({ storage: issue.code });

  function save(): void {
    clearTimeout(timer);
    timer = undefined;
    if (!drafts || controller.isOpening() || disposed) return;
    const snap = controller.snapshot();
    const pristine = snap.actions.length === 0 && scenarios.some((sc) => sc.source === snap.yaml);
    const r = drafts.saveDraft(snap, { basis, link, pristine, now: Date.now() });
    if (r.ok) notify({ storage: null });
    else report(r.error);
  }
  const flush = (): void => {
    if (timer !== undefined) save();
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (!drafts || controller.isOpening()) return;
    // Playback moves activeHop many times a second; the rest of a change is what the learner did.
    if (s.source === prev.source && s.actions === prev.actions && s.sent === prev.sent && s.target === prev.target
      && s.client === prev.client && s.options === prev.options && s.dnsTool === prev.dnsTool && s.terminalTab === prev.terminalTab
      && s.rulesNode === prev.rulesNode && s.compareNames === prev.compareNames && s.nodes === prev.nodes && s.clientState === prev.clientState) return;
    clearTimeout(timer);
    timer = setTimeout(save, AUTOSAVE_MS);
  });

  async function open(state: ShareState, from: { link?: string }): Promise<void> {
    await controller.open(state);
    basis = fragmentOf(controller.snapshot());
    link = from.link;
    save();
  }

  /** Keep the learner's draft before something replaces the screen. */
  function keepBefore(incoming: string): void {
    if (!drafts) return;
    flush();
    const k = drafts.keepDraftBefore(incoming);
    if (!k.ok) report(k.error);
    else if (k.value.kept) notify({ keptDraft: true });
  }

  /** The address bar no longer shows what is on screen: drop its link (no new history entry). */
  function clearHash(): void {
    if (!embed && win.location.hash) win.history.replaceState(null, '', `${win.location.pathname}${win.location.search}`);
  }

  async function restoreDraft(): Promise<void> {
    if (!drafts) return;
    const d = drafts.loadDraft();
    if (!d.ok) return report(d.error);
    if (!d.value) return;
    await controller.open(d.value.state);
    basis = d.value.basis;
    link = d.value.link;
    if (d.value.dirty) notify({ restored: true });
  }

  async function arrive(hash: string, initial: boolean): Promise<void> {
    const frag = hash.replace(/^#/, '');
    if (!isShareFragment(frag)) {
      // In-page anchors (the skip link) change the hash too: only the first load reports a stranger.
      if (initial && frag !== '') notify({ linkError: { code: 'not-share-link' } });
      if (initial) await restoreDraft();
      return;
    }
    const decoded = decodeShareFragment(frag);
    if (!decoded.ok) {
      notify({ linkError: decoded.error });
      if (initial) await restoreDraft();
      return;
    }
    notify({ linkError: null });
    if (drafts) {
      const d = drafts.loadDraft();
      if (d.ok && d.value && d.value.link === frag) {
        // A reload (or back) to the link this draft came from: carry on with the draft.
        // Already on screen (back from an in-page anchor): nothing to do.
        if (!initial && fragmentOf(controller.snapshot()) === fragmentOf(d.value.state)) return;
        await controller.open(d.value.state);
        basis = d.value.basis;
        link = d.value.link;
        if (initial && d.value.dirty) notify({ restored: true });
        return;
      }
      keepBefore(frag);
    }
    await open(decoded.value, { link: frag });
  }

  const onPopState = (): void => {
    void arrive(win.location.hash, false);
  };
  win.addEventListener('popstate', onPopState);
  const onHide = (): void => flush();
  win.addEventListener('pagehide', onHide);

  const ready = arrive(win.location.hash, true);

  return {
    controller,
    embed,
    ready,
    currentLink(o = {}) {
      const snap = controller.snapshot();
      const view = { ...snap.view };
      delete view.embed;
      const r = encodeShareStateBestEffort({ ...snap, view });
      if (!r.ok) return null;
      const base = `${win.location.origin}${win.location.pathname}${win.location.search}`;
      return { url: buildShareUrl(base, r.value.fragment, { embed: !!o.embed }), fragment: r.value.fragment, dropped: r.value.dropped };
    },
    recordShared(fragment) {
      basis = fragment;
      link = fragment;
      save();
      if (!embed && win.location.hash !== `#${fragment}`) win.history.pushState({ k8sShare: fragment }, '', `#${fragment}`);
    },
    async restoreKept() {
      if (!drafts) return;
      const k = drafts.loadKept();
      if (!k.ok) return report(k.error);
      notify({ keptDraft: false });
      if (!k.value) return;
      const kept = k.value;
      drafts.discardKept();
      // What is on screen now may be the learner's too (edits to the opened link): swap, do not drop.
      const incoming = fragmentOf(kept.state);
      if (incoming) keepBefore(incoming);
      await controller.open(kept.state);
      basis = kept.basis;
      link = kept.link;
      clearHash();
      save();
    },
    dismissKept() {
      drafts?.discardKept();
      notify({ keptDraft: false });
    },
    async importText(text, name) {
      const r = importScenarioText(text);
      if (!r.ok) return notify({ importNotice: { kind: 'error', code: r.error.code } });
      keepBefore(`import:${name}`);
      await open({ yaml: r.value.yaml, actions: [], seed: store.getState().seed }, {});
      clearHash();
      notify({ importNotice: r.value.converted ? { kind: 'converted', dropped: r.value.dropped.length } : { kind: 'opened', name } });
    },
    resetToScenario() {
      keepBefore('reset');
      link = undefined;
      clearHash();
      const s = store.getState();
      s.loadScenario(s.scenarioId);
    },
    flush,
    dispose() {
      flush();
      disposed = true;
      unsubscribe();
      controller.dispose();
      win.removeEventListener('popstate', onPopState);
      win.removeEventListener('pagehide', onHide);
    },
  };
}
