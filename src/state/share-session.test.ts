// The share session's rules with a fake window and storage: links, drafts, kept drafts, history.
import { describe, expect, it, vi } from 'vitest';
import { isEmbed, type BrowserPage, type StorageChange } from './share-slice';
import { DRAFT_KEY } from './storage';
import { createAppStore } from './store';
import { linkWriter } from './link-writer';
import { createTestCore } from './testing/test-core';
import { readFileSync } from 'node:fs';
import { deflateSync, strToU8 } from 'fflate';
import { decodeShareFragment, encodeShareState, type ShareLesson, type ShareState } from './url-codec';
import { encodeBase64url } from './url-codec/base64url';

const defaultYaml = readFileSync(new URL('../scenarios/default.yaml', import.meta.url), 'utf8');

async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(cond()).toBe(true);
}

class FakeWindow implements BrowserPage {
  readonly storage = new Map<string, string>();
  readonly listeners = new Map<string, ((e: StorageChange) => void)[]>();
  readonly pushed: string[] = [];
  storageThrows = false;
  location = { origin: 'https://play.example', pathname: '/', search: '', hash: '' };
  history = {
    pushState: (_s: unknown, _t: string, url: string) => {
      this.pushed.push(url);
      this.location.hash = url.slice(url.indexOf('#'));
    },
    replaceState: (_s: unknown, _t: string, url: string) => {
      const at = url.indexOf('#');
      this.location.hash = at < 0 ? '' : url.slice(at);
    },
  };
  get localStorage() {
    if (this.storageThrows) throw Object.assign(new Error('insecure'), { name: 'SecurityError' });
    const m = this.storage;
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
  }
  addEventListener(type: string, f: (e: StorageChange) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), f]);
  }
  removeEventListener(type: string, f: (e: StorageChange) => void) {
    this.listeners.set(type, (this.listeners.get(type) ?? []).filter((g) => g !== f));
  }
  navigate(hash: string) {
    this.location.hash = hash;
    for (const f of this.listeners.get('popstate') ?? []) f({ key: null, newValue: null });
  }
  /** Another tab wrote `key` (the browser fires `storage` in every other tab of the origin). */
  otherTabWrote(key: string, value: string) {
    this.storage.set(key, value);
    for (const f of this.listeners.get('storage') ?? []) f({ key, newValue: value });
  }
}

const link = (s: ShareState): string => {
  const r = encodeShareState(s);
  if (!r.ok) throw new Error('encode');
  return `#${r.value}`;
};
const teacher = link({ yaml: 'kind: Service # teacher\n', actions: [], seed: 9, target: 'web-service' });

function start(win: FakeWindow, embed = false) {
  const testCore = createTestCore();
  const store = createAppStore({ links: linkWriter, core: testCore.core, debounceMs: 0 });
  const ready = store.getState().startShareSession(win, { embed });
  const notices = () => store.getState().notices;
  return { store, ready, notices, calls: testCore.calls, stop: () => store.getState().stopShareSession() };
}

describe('share session', () => {
  it('opens the link in the address bar, and a reload continues the draft made from it', async () => {
    const win = new FakeWindow();
    win.location.hash = teacher;
    const a = start(win);
    await a.ready;
    expect(a.store.getState().source).toBe('kind: Service # teacher\n');
    a.store.getState().setSource('kind: Service # teacher, edited\n');
    a.stop(); // flushes the autosave, as pagehide does
    const b = start(win);
    await b.ready;
    expect(b.store.getState().source).toBe('kind: Service # teacher, edited\n');
    expect(b.notices().keptDraft).toBe(false);
  });

  it('keeps the learner\'s own draft before a link, and restores it (swapping, not dropping, the link\'s edits)', async () => {
    const win = new FakeWindow();
    const a = start(win);
    await a.ready;
    a.store.getState().setSource('my own work\n');
    a.stop();

    win.location.hash = teacher;
    const b = start(win);
    await b.ready;
    expect(b.store.getState().source).toBe('kind: Service # teacher\n');
    expect(b.notices().keptDraft).toBe(true);
    b.store.getState().setSource('teacher, edited by me\n');
    await b.store.getState().restoreKept();
    expect(b.store.getState().source).toBe('my own work\n');
    expect(win.location.hash).toBe('');
    // The edits to the teacher's link were own work too: now they are the kept draft.
    expect(b.notices().keptDraft).toBe(true);
    await b.store.getState().restoreKept();
    expect(b.store.getState().source).toBe('teacher, edited by me\n');
  });

  it('switching scenario sets the edits aside, one click from coming back; an unedited scenario is not kept', async () => {
    const win = new FakeWindow();
    const a = start(win);
    await a.ready;
    a.store.getState().switchScenario('kafka');
    expect(a.notices().keptDraft).toBe(false);
    a.store.getState().setSource('my own work\n');
    a.store.getState().switchScenario('redis-cluster');
    expect(a.store.getState().scenarioId).toBe('redis-cluster');
    expect(a.notices().keptDraft).toBe(true);
    await a.store.getState().restoreKept();
    expect(a.store.getState().source).toBe('my own work\n');
  });

  it("a tab is told when another tab saved its draft, and not for its own saves", async () => {
    const win = new FakeWindow();
    const a = start(win);
    await a.ready;
    a.store.getState().setSource('mine\n');
    a.store.getState().flushDraft();
    expect(a.notices().otherTab).toBe(false);
    const theirs = JSON.parse(win.storage.get(DRAFT_KEY) ?? '{}') as Record<string, unknown>;
    win.otherTabWrote(DRAFT_KEY, JSON.stringify({ ...theirs, o: 'another-tab' }));
    expect(a.notices().otherTab).toBe(true);
  });

  it('a broken link: a message, and the draft is restored untouched', async () => {
    const win = new FakeWindow();
    const a = start(win);
    await a.ready;
    a.store.getState().setSource('mine\n');
    a.stop();
    win.location.hash = teacher.slice(0, 60);
    const b = start(win);
    await b.ready;
    expect(b.notices().linkError).toMatchObject({ code: 'truncated' });
    expect(b.store.getState().source).toBe('mine\n');
  });

  it('ignores in-page anchors after the first load, reports a stranger on the first', async () => {
    const win = new FakeWindow();
    win.location.hash = '#install';
    const a = start(win);
    await a.ready;
    expect(a.notices().linkError).toEqual({ code: 'not-share-link' });
    a.store.getState().notify({ linkError: null });
    win.navigate('#main-view');
    expect(a.notices().linkError).toBeNull();
  });

  it('Share pushes a history entry; back to an earlier shared state opens it', async () => {
    const win = new FakeWindow();
    const { store, ready, notices } = start(win);
    await ready;
    store.getState().setSource('first\n');
    const one = store.getState().shareLink()!;
    store.getState().recordShared(one.fragment);
    store.getState().setSource('second\n');
    const two = store.getState().shareLink()!;
    store.getState().recordShared(two.fragment);
    expect(win.pushed).toEqual([`#${one.fragment}`, `#${two.fragment}`]);
    expect(one.url).toBe(`https://play.example/#${one.fragment}`);
    win.navigate(`#${one.fragment}`);
    await new Promise((r) => setTimeout(r, 20));
    expect(store.getState().source).toBe('first\n');
    expect(notices().keptDraft).toBe(false); // 'second' was shared: it is in the history
  });

  it('storage disabled: a notice, and everything else works', async () => {
    const win = new FakeWindow();
    win.storageThrows = true;
    win.location.hash = teacher;
    const { store, ready, notices } = start(win);
    await ready;
    expect(store.getState().source).toBe('kind: Service # teacher\n');
    expect(notices().storage).toBe('unavailable');
  });

  it('an embed never reads or writes the reader\'s draft', async () => {
    const win = new FakeWindow();
    win.storage.set('k8s-service-playground:draft', 'sentinel');
    win.location.search = '?embed';
    win.location.hash = teacher;
    expect(isEmbed(win.location)).toBe(true);
    const { store, ready, stop } = start(win, true);
    await ready;
    store.getState().setSource('changed in the embed\n');
    stop();
    expect([...win.storage]).toEqual([['k8s-service-playground:draft', 'sentinel']]);
    // "Open in playground": the same state, without ?embed.
    expect(store.getState().shareLink()!.url).toMatch(/^https:\/\/play\.example\/#v1\./);
    expect(store.getState().shareLink({ embed: true })!.url).toMatch(/^https:\/\/play\.example\/\?embed#v1\./);
  });

  it('import: a kubectl List opens cleaned, the draft is kept first', async () => {
    const win = new FakeWindow();
    const { store, ready, notices, calls } = start(win);
    await ready;
    store.getState().setSource('mine\n');
    await store.getState().importText('apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata: { name: kubernetes, namespace: default }\n- apiVersion: v1\n  kind: Service\n  metadata: { name: web, uid: x }\n', 'list.yaml');
    expect(store.getState().source).toBe('apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n');
    expect(notices().importNotice).toEqual({ kind: 'converted', dropped: 1 });
    expect(notices().keptDraft).toBe(true);
    // Read by the core client (in the worker on a page), not on the page's thread.
    expect(calls.importText).toHaveLength(1);
  });

  it('import: a folded shell stays folded, an open one open', async () => {
    const win = new FakeWindow();
    const { store, ready } = start(win);
    await ready;
    const list = 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata: { name: web }\n';
    store.getState().setShellOpen(false);
    await store.getState().importText(list, 'list.yaml');
    expect(store.getState().source).toBe('apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n');
    expect(store.getState().shellOpen).toBe(false);
    store.getState().setShellOpen(true);
    await store.getState().importText(list.replace('web', 'db'), 'list.yaml');
    expect(store.getState().shellOpen).toBe(true);
  });

  it('a large text is deflated by the core (the worker on a page) before the autosave stores it', async () => {
    const win = new FakeWindow();
    const { store, ready, calls } = start(win);
    await ready;
    const big = `${'# a long comment line to make the text large\n'.repeat(2000)}kind: Service\n`;
    store.getState().setSource(big);
    await vi.waitFor(() => expect(JSON.parse(win.storage.get(DRAFT_KEY) ?? '{}').f).toBeDefined(), { timeout: 5000 });
    await vi.waitFor(() => {
      const saved = decodeShareFragment(JSON.parse(win.storage.get(DRAFT_KEY)!).f);
      expect(saved.ok && saved.value.yaml).toBe(big);
    }, { timeout: 5000 });
    expect(calls.encodeShare.map((c) => c.state.yaml)).toEqual([big]);
    // A small text is still saved on the page: a deflate of it is quick.
    const before = calls.encodeShare.length;
    store.getState().setSource('kind: Service # small\n');
    await vi.waitFor(() => {
      const saved = decodeShareFragment(JSON.parse(win.storage.get(DRAFT_KEY)!).f);
      expect(saved.ok && saved.value.yaml).toBe('kind: Service # small\n');
    }, { timeout: 5000 });
    expect(calls.encodeShare).toHaveLength(before);
  });
});

/** A page whose idle callbacks run only when the test says the page is idle. */
class IdleWindow extends FakeWindow {
  readonly idle = new Map<number, () => void>();
  document = { visibilityState: 'visible' };
  private next = 1;
  requestIdleCallback(callback: () => void) {
    this.idle.set(this.next, callback);
    return this.next++;
  }
  cancelIdleCallback(handle: number) {
    this.idle.delete(handle);
  }
  runIdle() {
    const due = [...this.idle.values()];
    this.idle.clear();
    for (const f of due) f();
  }
  hide() {
    this.document.visibilityState = 'hidden';
    for (const f of this.listeners.get('visibilitychange') ?? []) f({ key: null, newValue: null });
  }
}

const savedYaml = (win: FakeWindow): string | undefined => {
  const raw = win.storage.get(DRAFT_KEY);
  if (raw === undefined) return undefined;
  const d = decodeShareFragment((JSON.parse(raw) as { f: string }).f);
  return d.ok ? d.value.yaml : undefined;
};

describe('the autosave waits for an idle moment, and never loses the draft', () => {
  it('saves an edit once the page is idle, not while it is busy', async () => {
    const win = new IdleWindow();
    const { store, ready } = start(win);
    await ready;
    store.getState().setSource('kind: Service # edited\n');
    await until(() => win.idle.size === 1);
    expect(savedYaml(win)).toBeUndefined();
    win.runIdle();
    await until(() => savedYaml(win) === 'kind: Service # edited\n');
  });

  it('saves at once when the tab is hidden, and when the page is left, whatever the idle wait', async () => {
    const win = new IdleWindow();
    const { store, ready } = start(win);
    await ready;
    store.getState().setSource('kind: Service # hidden\n');
    await until(() => win.idle.size === 1);
    win.hide();
    expect(savedYaml(win)).toBe('kind: Service # hidden\n');
    // The save it was waiting for is no longer due.
    expect(win.idle.size).toBe(0);

    // Before the debounce has even passed: leaving the page saves.
    store.getState().setSource('kind: Service # left\n');
    for (const f of win.listeners.get('pagehide') ?? []) f({ key: null, newValue: null });
    expect(savedYaml(win)).toBe('kind: Service # left\n');
  });

  it('a hidden tab without a pending edit saves nothing', async () => {
    const win = new IdleWindow();
    const { ready } = start(win);
    await ready;
    win.hide();
    expect(win.storage.has(DRAFT_KEY)).toBe(false);
  });
});

describe('a teacher\'s lesson in a link', () => {
  const lessonStart: ShareState = { yaml: defaultYaml, actions: [], seed: 3, target: 'web-service' };
  const shared: ShareLesson = {
    id: 'my-lesson',
    title: { en: 'Empty the Service' },
    goal: { en: 'Leave web-service with no Pod behind it.' },
    question: { en: 'Will requests fail then?' },
    answer: 'yes',
    checks: [{ id: 'none', text: { en: 'web-service has no ready endpoint' }, check: { kind: 'endpoints', service: 'web-service', pods: [] } }],
  };
  const lessonLink = link({ ...lessonStart, lesson: shared });
  const scaleToZero = { type: 'scale', namespace: 'default', kind: 'Deployment', name: 'nginx', replicas: 0 } as const;

  it('opens the lesson over its start; its check turns green by itself; a reload finds it and its progress again', async () => {
    const win = new FakeWindow();
    win.location.hash = lessonLink;
    const a = start(win);
    await a.ready;
    const key = a.store.getState().lessonId!;
    expect(key).toMatch(/^link-[0-9a-f]{8}-my-lesson$/);
    expect(a.store.getState()).toMatchObject({ source: defaultYaml, lessonPanelOpen: true, lessonCheck: { passed: false } });
    a.store.getState().commitPrediction('yes');
    a.store.getState().applyAction(scaleToZero);
    await a.store.getState().rebuild();
    await until(() => a.store.getState().lessonCheck?.passed === true);
    expect(a.store.getState().lessonProgress[key]).toMatchObject({ prediction: 'yes', solved: true });
    a.stop();

    // Reload: the same address; the draft (nginx scaled to 0, in the text as the graph's menu does it) and the lesson
    // with its progress come back.
    const b = start(win);
    await b.ready;
    expect(b.store.getState().lessonId).toBe(key);
    expect(b.store.getState().source).toContain('  replicas: 0\n');
    expect(b.store.getState().lessonProgress[key]).toMatchObject({ solved: true });
    // Its link in the share menu is the teacher's, from its start; there is no link with the learner's work.
    expect(b.store.getState().lessonLink(key, { withState: false })?.fragment).toBe(lessonLink.slice(1));
    expect(b.store.getState().lessonLink(key, { withState: true })).toBe(null);

    // Restart puts its start on screen and clears the address bar; a reload still finds the lesson.
    await b.store.getState().openLesson(key, { fromStart: true });
    expect(win.location.hash).toBe('');
    expect(b.store.getState().source).toBe(defaultYaml);
    b.stop();
    const c = start(win);
    await c.ready;
    expect(c.store.getState().lessonId).toBe(key);
    expect(c.store.getState().lessonLinked?.lesson.goal.en).toBe('Leave web-service with no Pod behind it.');
    expect(c.notices().unknownLesson).toBe(null);
  });

  it('refuses a lesson with a check this page cannot run, saying which, and opens nothing', async () => {
    const win = new FakeWindow();
    const wire = JSON.stringify({ s: 1, y: 'kind: Service # hostile\n', l: { i: 'x', g: { e: 'g' }, q: { e: 'q' }, c: [['a', { e: 't' }, 'dns', 'web', 0]] } });
    win.location.hash = `#v1.${encodeBase64url(deflateSync(strToU8(wire)))}`;
    const a = start(win);
    await a.ready;
    expect(a.notices().linkError).toEqual({ code: 'invalid-field', path: 'lesson.checks[0].kind', reason: 'unknown-check' });
    expect(a.store.getState().lessonId).toBe(null);
    expect(a.store.getState().source).not.toBe('kind: Service # hostile\n');
  });

  it('never mixes its progress with a built-in lesson\'s, nor with another teacher\'s lesson of the same id', async () => {
    const win = new FakeWindow();
    win.location.hash = lessonLink;
    const a = start(win);
    await a.ready;
    const first = a.store.getState().lessonId;
    a.stop();
    const other = new FakeWindow();
    other.location.hash = link({ ...lessonStart, lesson: { ...shared, goal: { en: 'Another goal.' } } });
    const b = start(other);
    await b.ready;
    expect(b.store.getState().lessonId).not.toBe(first);
    expect(b.store.getState().lessonId).toMatch(/-my-lesson$/);
    expect(Object.keys(b.store.getState().lessonProgress)).toEqual([b.store.getState().lessonId]);
  });
});
