import { describe, expect, it } from 'vitest';
import { DRAFT_KEY } from '../state';
import { chooseLanguage, languageStorageKey } from './i18n/language';
import { PHONE_LAYOUT } from './layout/phone-layout';
import { FIRST_VIEW_ATTRIBUTE, firstViewScript, loaderScript, type LoaderInputs } from './page-start';

const words = { en: '/assets/bundles-en-abc.js', 'zh-CN': '/assets/bundles-zh-CN-def.js' };
const entry = '/assets/index-123.js';
const preloads = ['/assets/runtime-1.js', '/assets/react-2.js'];
const inputs: LoaderInputs = { words, entry, preloads, languageStorageKey, firstView: { phoneQuery: PHONE_LAYOUT, draftKey: DRAFT_KEY } };

interface Visit { search?: string; hash?: string; stored?: string | null; draft?: string; preferred?: string[]; storageThrows?: boolean; wide?: boolean }

interface Added { tag: string; rel?: string; type?: string; href?: string; src?: string; crossOrigin?: string }

/**
 * Runs the loader against a page with `visit`'s address, storage, browser languages and screen. Returns what it
 * added to <head> at once, what it added once the frame was painted (null when it waited for no frame), and the
 * first view it chose.
 */
function load(visit: Visit, paintTiming = true): { now: Added[]; afterPaint: Added[] | null; firstView: string | null } {
  const added: Added[] = [];
  const attributes = new Map<string, string>();
  const document = {
    createElement: (tag: string): Added => ({ tag }),
    head: { appendChild: (e: Added) => void added.push({ ...e }) },
    documentElement: { setAttribute: (k: string, v: string) => void attributes.set(k, v) },
  };
  const localStorage = {
    getItem: (key: string) => {
      if (visit.storageThrows) throw new Error('blocked');
      if (key === languageStorageKey) return visit.stored ?? null;
      return key === DRAFT_KEY ? visit.draft ?? null : null;
    },
  };
  const location = { search: visit.search ?? '', hash: visit.hash ?? '' };
  const navigator = { languages: visit.preferred ?? ['en-US'], language: visit.preferred?.[0] ?? 'en-US' };
  const matchMedia = (q: string) => ({ matches: q === PHONE_LAYOUT && !visit.wide });
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  type Paints = { getEntriesByName: (name: string) => unknown[] };
  const observers: ((paints: Paints, o: { disconnect: () => void }) => void)[] = [];
  // The browser's paint timing; a browser without it throws on `observe` (or has no constructor at all).
  const PerformanceObserver = function (this: { observe: (o: { type: string }) => void }, f: (typeof observers)[number]) {
    this.observe = (o) => {
      if (!paintTiming || o.type !== 'paint') throw new TypeError('unsupported');
      observers.push(f);
    };
  };
  const paint = (name: string) => observers.splice(0).forEach((f) => {
    let connected = true;
    f({ getEntriesByName: (n) => (n === name ? [{ name }] : []) }, { disconnect: () => { connected = false; } });
    if (connected) observers.push(f);
  });
  new Function('document', 'localStorage', 'location', 'navigator', 'matchMedia', 'requestAnimationFrame', 'setTimeout', 'PerformanceObserver', loaderScript(inputs))(
    document, localStorage, location, navigator, matchMedia, (f: () => void) => void frames.push(f), (f: () => void) => void timers.push(f), PerformanceObserver);
  const now = added.splice(0);
  const firstView = attributes.get(FIRST_VIEW_ATTRIBUTE) ?? null;
  if (frames.length === 0 && observers.length === 0) return { now, afterPaint: null, firstView };
  // The background's paint asks for nothing; the first contentful paint (or, without paint timing, the next frame)
  // sets a timer that requests the app; the fallback timer then finds it requested: the app is requested once.
  paint('first-paint');
  for (const t of timers.slice(1)) t();
  expect(added, 'nothing is requested before the view is painted').toEqual([]);
  paint('first-contentful-paint');
  for (const f of frames) f();
  for (const t of timers) t();
  return { now, afterPaint: added, firstView };
}

const app = (lang: keyof typeof words | undefined): Added[] => [
  ...(lang ? [{ tag: 'link', rel: 'modulepreload', crossOrigin: '', href: words[lang] }] : []),
  ...preloads.map((href) => ({ tag: 'link', rel: 'modulepreload', crossOrigin: '', href })),
  { tag: 'script', type: 'module', crossOrigin: '', src: entry },
];

describe('the loader', () => {
  const visits: Visit[] = [
    {},
    { preferred: ['zh-CN', 'en'] },
    { preferred: ['zh-TW', 'fr'] },
    { preferred: ['fr', 'zh-Hans-SG'] },
    { preferred: ['de'] },
    { search: '?lang=zh-CN' },
    { search: '?lang=en', preferred: ['zh'] },
    { search: '?lang=fr', stored: 'zh-CN' },
    { stored: 'zh-CN' },
    { stored: 'en', preferred: ['zh-CN'] },
    { stored: 'zh-CN', storageThrows: true },
    { search: '?lang=zh-cn&embed', hash: '#v1.abc' },
    { stored: 'en', hash: '#v1.abc' },
  ];

  it('requests the words of the language the app chooses, beside the app\'s scripts', () => {
    for (const v of visits) {
      const lang = chooseLanguage({ search: v.search ?? '', stored: v.storageThrows ? null : v.stored ?? null, preferred: v.preferred ?? ['en-US'] });
      const { now, afterPaint } = load({ ...v, wide: true });
      expect([...now, ...afterPaint ?? []], JSON.stringify(v)).toEqual(app(lang));
    }
  });

  it('requests no words when a share link in the address may decide the language', () => {
    // Nothing stronger than the link's own language: the app decodes the link and loads the words itself.
    expect(load({ hash: '#v1.abc', preferred: ['zh-CN'] }).now).toEqual(app(undefined));
    expect(load({ hash: '#v1.abc' }).now).toEqual(app(undefined));
  });

  it('on a phone\'s first visit shows the first view in the chosen language and requests the app once it is painted', () => {
    expect(load({})).toEqual({ now: [], afterPaint: app('en'), firstView: 'en' });
    expect(load({ preferred: ['zh-CN'] })).toEqual({ now: [], afterPaint: app('zh-CN'), firstView: 'zh-CN' });
    expect(load({ search: '?lang=zh-CN' })).toEqual({ now: [], afterPaint: app('zh-CN'), firstView: 'zh-CN' });
    // Storage the page may not read holds no draft the app could restore either.
    expect(load({ storageThrows: true })).toEqual({ now: [], afterPaint: app('en'), firstView: 'en' });
  });

  it('shows no first view where the app will not start from it, and requests the app at once', () => {
    const none = (v: Visit, lang: keyof typeof words | undefined) => expect(load(v), JSON.stringify(v)).toEqual({ now: app(lang), afterPaint: null, firstView: '' });
    none({ wide: true }, 'en');
    none({ draft: '{"v":1}' }, 'en');
    none({ hash: '#v1.abc' }, undefined);
    none({ hash: '#lesson=mixed-read' }, 'en');
    none({ search: '?embed' }, 'en');
    none({ search: '?lang=en&scenario=kafka' }, 'en');
  });

  it('without paint timing, requests the app after the next frame', () => {
    expect(load({}, false)).toEqual({ now: [], afterPaint: app('en'), firstView: 'en' });
  });

});

describe('the first view\'s script', () => {
  interface View { text: string; hidden: boolean; removeAttribute: (a: string) => void }
  const view = (text: string): View => {
    const v: View = { text, hidden: true, removeAttribute: (a) => { if (a === 'hidden') v.hidden = false; } };
    return v;
  };
  interface Node { id?: string; content?: { cloneNode: () => View } }
  function run(chosen: string, templates: Record<string, string>): { root: { text: string; hidden: boolean }[]; lang: string; left: string[] } {
    const root = [view('english view')];
    const left = Object.keys(templates);
    const html = {
      lang: 'en',
      getAttribute: (k: string) => (k === FIRST_VIEW_ATTRIBUTE ? chosen : null),
    };
    const nodes = (): (Node & { remove: () => void })[] => left.map((id) => ({
      id, content: { cloneNode: () => view(templates[id]!) }, remove: () => void left.splice(left.indexOf(id), 1),
    }));
    const document = {
      documentElement: html,
      getElementById: (id: string) => (id === 'root'
        ? { replaceChildren: (...c: View[]) => void root.splice(0, root.length, ...c), get firstElementChild() { return root[0] ?? null; } }
        : nodes().find((n) => n.id === id) ?? null),
      querySelectorAll: () => nodes(),
    };
    new Function('document', firstViewScript())(document);
    return { root: root.map(({ text, hidden }) => ({ text, hidden })), lang: html.lang, left };
  }
  const templates = { 'first-view-zh-CN': 'chinese view' };

  it('shows the English view or swaps in the Chinese one, or removes it; no template stays', () => {
    expect(run('en', templates)).toEqual({ root: [{ text: 'english view', hidden: false }], lang: 'en', left: [] });
    expect(run('zh-CN', templates)).toEqual({ root: [{ text: 'chinese view', hidden: false }], lang: 'zh-CN', left: [] });
    expect(run('', templates)).toEqual({ root: [], lang: 'en', left: [] });
  });
});
