import { describe, expect, it } from 'vitest';
import { linkWriter } from './link-writer';
import { createDraftStore, DRAFT_KEY, KEPT_KEY, MAX_SET_ASIDE, resolveLocalStorage, type StorageLike } from './storage';
import { encodeShareState, type ShareState } from './url-codec';

/** An in-memory Storage with a byte quota, and switches to make it throw as browsers do. */
class FakeStorage implements StorageLike {
  readonly map = new Map<string, string>();
  throwOn: { get?: unknown; set?: unknown } = {};
  constructor(private quota = 5_000_000) {}
  getItem(k: string): string | null {
    if (this.throwOn.get) throw this.throwOn.get;
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    if (this.throwOn.set) throw this.throwOn.set;
    const used = [...this.map].reduce((n, [key, val]) => n + (key === k ? 0 : key.length + val.length), 0);
    if (used + k.length + v.length > this.quota) throw domException('QuotaExceededError', 22);
    this.map.set(k, v);
  }
  removeItem(k: string): void {
    this.map.delete(k);
  }
}

function domException(name: string, code: number): Error {
  const e = new Error(`${name}: the operation failed`);
  e.name = name;
  Object.defineProperty(e, 'code', { value: code });
  return e;
}

const state = (yaml: string, extra: Partial<ShareState> = {}): ShareState => ({ yaml, actions: [], seed: 1, ...extra });
const frag = (s: ShareState): string => {
  const r = encodeShareState(s);
  if (!r.ok) throw new Error('encode');
  return r.value;
};
const store = (s: StorageLike) => createDraftStore({ ok: true, value: s }, linkWriter.encode);

describe('draft', () => {
  it('saves and restores the whole state', () => {
    const s = new FakeStorage();
    const st = state('kind: Service\n', { target: 'web-service', options: { count: 10 }, view: { terminal: 'dig' } });
    expect(store(s).saveDraft(st, { now: 1000 })).toEqual({ ok: true, value: undefined });
    expect(store(s).loadDraft()).toEqual({ ok: true, value: { state: st, savedAt: 1000, dirty: true } });
  });

  it('is clean while it equals its basis, dirty once edited', () => {
    const s = new FakeStorage();
    const base = state('a: 1\n');
    store(s).saveDraft(base, { basis: frag(base), now: 1 });
    expect(store(s).loadDraft()).toMatchObject({ ok: true, value: { dirty: false } });
    store(s).saveDraft(state('a: 2\n'), { basis: frag(base), now: 2 });
    expect(store(s).loadDraft()).toMatchObject({ ok: true, value: { dirty: true, basis: frag(base) } });
  });

  it('remembers the link it came from', () => {
    const s = new FakeStorage();
    store(s).saveDraft(state('x\n'), { basis: 'v1.b', link: 'v1.l', now: 3 });
    expect(store(s).loadDraft()).toMatchObject({ ok: true, value: { basis: 'v1.b', link: 'v1.l', dirty: true } });
  });

  it('a pristine scenario is not own work', () => {
    const s = new FakeStorage();
    store(s).saveDraft(state('scenario\n'), { pristine: true, now: 1 });
    expect(store(s).loadDraft()).toMatchObject({ ok: true, value: { dirty: false } });
    expect(store(s).keepDraftBefore('v1.other')).toEqual({ ok: true, value: { kept: false } });
  });

  it('no draft yet, or a broken one, is null', () => {
    const s = new FakeStorage();
    expect(store(s).loadDraft()).toEqual({ ok: true, value: null });
    for (const junk of ['{', '"x"', '{"v":2,"f":"v1.x","t":1}', '{"v":1,"f":"v1.AAAA","t":1}', 'null']) {
      s.map.set(DRAFT_KEY, junk);
      expect(store(s).loadDraft()).toEqual({ ok: true, value: null });
    }
  });

  it('never loses the text for a half-typed field a link would refuse', () => {
    const s = new FakeStorage();
    expect(store(s).saveDraft(state('b: 1\n', { target: 'http://web', client: 'Test Pod' }), { now: 1 }).ok).toBe(true);
    expect(store(s).loadDraft()).toMatchObject({ ok: true, value: { state: { yaml: 'b: 1\n', actions: [], seed: 1 } } });
  });

  it('clearDraft removes it (reset to the scenario)', () => {
    const s = new FakeStorage();
    store(s).saveDraft(state('c'), { now: 1 });
    store(s).clearDraft();
    expect(s.map.has(DRAFT_KEY)).toBe(false);
  });
});

describe('storage failures give an issue, never an exception', () => {
  const cases: { name: string; make: () => StorageLike; want: string }[] = [
    { name: 'storage full', make: () => new FakeStorage(20), want: 'quota-exceeded' },
    { name: 'Firefox quota', make: () => Object.assign(new FakeStorage(), { throwOn: { set: domException('NS_ERROR_DOM_QUOTA_REACHED', 1014) } }), want: 'quota-exceeded' },
    { name: 'SecurityError on use', make: () => Object.assign(new FakeStorage(), { throwOn: { get: domException('SecurityError', 18), set: domException('SecurityError', 18) } }), want: 'unavailable' },
    { name: 'some other failure', make: () => Object.assign(new FakeStorage(), { throwOn: { get: new TypeError('x'), set: 'a string thrown' } }), want: 'write-failed' },
  ];
  it.each(cases)('$name', ({ make, want }) => {
    const st = store(make());
    expect(st.saveDraft(state('x'.repeat(2000)), { now: 1 })).toEqual({ ok: false, error: { code: want } });
    if (want !== 'quota-exceeded') {
      expect(st.loadDraft()).toEqual({ ok: false, error: { code: want } });
      expect(st.keepDraftBefore('v1.x')).toEqual({ ok: false, error: { code: want } });
    }
  });

  it('localStorage that throws SecurityError when read (private mode, blocked site data)', () => {
    const win = Object.defineProperty({}, 'localStorage', { get() { throw domException('SecurityError', 18); } }) as { localStorage: StorageLike };
    const resolved = resolveLocalStorage(win);
    expect(resolved).toEqual({ ok: false, error: { code: 'unavailable' } });
    const st = createDraftStore(resolved, linkWriter.encode);
    expect(st.saveDraft(state('x'), { now: 1 })).toEqual({ ok: false, error: { code: 'unavailable' } });
    expect(st.loadDraft()).toEqual({ ok: false, error: { code: 'unavailable' } });
    expect(st.loadKept()).toEqual({ ok: false, error: { code: 'unavailable' } });
  });

  it('no localStorage at all (a Worker, Node)', () => {
    expect(resolveLocalStorage({} as { localStorage: StorageLike })).toEqual({ ok: false, error: { code: 'unavailable' } });
  });

  it('a draft past the link cap is refused, not truncated', () => {
    expect(store(new FakeStorage(1e9)).saveDraft(state('é'.repeat(600_000)), { now: 1 })).toEqual({ ok: false, error: { code: 'too-large' } });
  });
});

describe('set-aside drafts: every draft a person could want back', () => {
  const linkA = frag(state('link A\n', { seed: 2 }));
  const linkB = frag(state('link B\n', { seed: 3 }));

  it('draft X, open link A, edit it, open link B: X and the edited A are both in the list, newest first', () => {
    const s = new FakeStorage();
    const st = store(s);
    st.saveDraft(state('# draft X\nkind: Service\n'), { now: 10 });
    st.keepDraftBefore(linkA);
    st.saveDraft(state('link A, edited\n', { seed: 2 }), { basis: linkA, link: linkA, now: 20 });
    st.keepDraftBefore(linkB);
    // A fresh store over the same storage: what a reload finds.
    expect(store(s).listSetAside()).toEqual({ ok: true, value: [{ savedAt: 20, firstLine: 'link A, edited' }, { savedAt: 10, firstLine: '# draft X' }] });
    expect(store(s).takeSetAside(10)).toMatchObject({ ok: true, value: { state: { yaml: '# draft X\nkind: Service\n' } } });
    expect(store(s).listSetAside()).toEqual({ ok: true, value: [{ savedAt: 20, firstLine: 'link A, edited' }] });
    expect(store(s).takeSetAside(10)).toEqual({ ok: true, value: null });
  });

  it(`keeps the newest ${MAX_SET_ASIDE}`, () => {
    const s = new FakeStorage();
    const st = store(s);
    for (let i = 0; i < MAX_SET_ASIDE + 3; i++) {
      st.saveDraft(state(`work ${i}\n`), { now: i });
      st.keepDraftBefore(`import:${i}`);
    }
    const list = st.listSetAside();
    expect(list.ok && list.value.map((d) => d.savedAt)).toEqual(Array.from({ length: MAX_SET_ASIDE }, (_, i) => MAX_SET_ASIDE + 2 - i));
  });

  it("a tab saving over another tab's own work sets that work aside: each tab's latest, not every keystroke", () => {
    const s = new FakeStorage();
    const st = store(s);
    st.saveDraft(state('tab A typed\n'), { now: 1, tab: 'A' });
    st.saveDraft(state('tab B typed\n'), { now: 2, tab: 'B' });
    st.saveDraft(state('tab A typed more\n'), { now: 3, tab: 'A' });
    st.saveDraft(state('tab B typed more\n'), { now: 4, tab: 'B' });
    st.saveDraft(state('tab B typed even more\n'), { now: 5, tab: 'B' });
    expect(st.listSetAside()).toEqual({ ok: true, value: [{ savedAt: 3, firstLine: 'tab A typed more' }, { savedAt: 2, firstLine: 'tab B typed' }] });
    expect(st.loadDraft()).toMatchObject({ ok: true, value: { state: { yaml: 'tab B typed even more\n' } } });
  });

  it("an unchanged scenario another tab saved is not worth keeping", () => {
    const s = new FakeStorage();
    const st = store(s);
    st.saveDraft(state('scenario\n'), { now: 1, tab: 'A', pristine: true });
    st.saveDraft(state('mine\n'), { now: 2, tab: 'B' });
    expect(st.listSetAside()).toEqual({ ok: true, value: [] });
  });

  it('reads the kept draft of an earlier build as a set-aside draft', () => {
    const s = new FakeStorage();
    s.map.set(KEPT_KEY, JSON.stringify({ v: 1, f: frag(state('old build\n')), t: 7 }));
    expect(store(s).listSetAside()).toEqual({ ok: true, value: [{ savedAt: 7, firstLine: 'old build' }] });
  });
});

describe('kept draft: opening a link never silently overwrites unsaved work', () => {
  const own = state('my own work\n');
  const linkA = frag(state('link A\n', { seed: 2 }));
  const linkB = frag(state('link B\n', { seed: 3 }));

  it('keeps the learner\'s own draft, restorable', () => {
    const s = new FakeStorage();
    const st = store(s);
    st.saveDraft(own, { now: 5 });
    expect(st.keepDraftBefore(linkA)).toEqual({ ok: true, value: { kept: true } });
    // The app then shows link A and autosaves it as the draft, with the link as its basis.
    st.saveDraft(state('link A\n', { seed: 2 }), { basis: linkA, now: 6 });
    expect(st.loadKept()).toEqual({ ok: true, value: { state: own, savedAt: 5, dirty: true } });
    expect(st.discardKept().ok).toBe(true);
    expect(s.map.has(KEPT_KEY)).toBe(false);
  });

  it('does not keep an unchanged link over the learner\'s kept work when a second link opens', () => {
    const s = new FakeStorage();
    const st = store(s);
    st.saveDraft(own, { now: 5 });
    st.keepDraftBefore(linkA);
    st.saveDraft(state('link A\n', { seed: 2 }), { basis: linkA, now: 6 });
    expect(st.keepDraftBefore(linkB)).toEqual({ ok: true, value: { kept: false } });
    expect(st.loadKept()).toMatchObject({ ok: true, value: { state: own } });
  });

  it('does not keep a draft identical to the link being opened (reload of a shared page)', () => {
    const s = new FakeStorage();
    const st = store(s);
    st.saveDraft(state('link A\n', { seed: 2 }), { now: 5 });
    expect(st.keepDraftBefore(linkA)).toEqual({ ok: true, value: { kept: false } });
  });

  it('with no draft there is nothing to keep', () => {
    expect(store(new FakeStorage()).keepDraftBefore(linkA)).toEqual({ ok: true, value: { kept: false } });
  });
});
