// The two inline scripts the build puts in the playground's index.html (scripts/page-start.ts), in plain ES5: they
// run before any module.
//
// The loader, in <head> before the stylesheets (an inline script after a stylesheet waits for it to load):
// - chooses the page's language as language.ts will, and requests that language's words beside the app's script
//   (the first render waits for them; requested by the app itself, they came one round trip after the rest);
// - decides whether the prerendered first view shows (first-view.tsx): on a phone-sized screen, with nothing in
//   the address but `?lang` and no saved draft, where the app starts from exactly that view;
// - requests the app's scripts: at once, or, where the first view shows, once it is painted. On a phone's slow
//   network the scripts (about 270 KB) took the bandwidth the stylesheets and the view need, and the page stayed
//   blank until all of them had run; now it paints its frame from the HTML first, at the cost of starting the
//   scripts one frame later.
// The first view's script, right after <div id="root">: keeps the view in the chosen language (the HTML holds it in
// English, and in every other language as a <template>) or removes it. The view is hidden until then, so it is
// painted whole, never as the part of it the parser has reached.

/**
 * A function expression that returns the language language.ts would choose for this page, or nothing where the
 * choice needs the app (a share link in the address may suggest its own language).
 */
function pageLanguageFunction(storageKey: string): string {
  return 'function(){function p(t){t=(t||"").trim().toLowerCase();if(!t)return;'
    + 'if(t==="zh"||t==="zh-cn"||t==="zh-sg"||t==="zh-hans"||t.indexOf("zh-hans-")===0)return"zh-CN";'
    + 'if(t==="en"||t.indexOf("en-")===0)return"en"}'
    + `var s=null;try{s=localStorage.getItem(${JSON.stringify(storageKey)})}catch(e){}`
    + 'var l=p(new URLSearchParams(location.search).get("lang"))||p(s);'
    + 'if(!l){if(location.hash.indexOf("#v")===0)return;var b=navigator.languages||[navigator.language];'
    + 'for(var i=0;i<b.length&&!l;i++)l=p(b[i]);l=l||"en"}return l}';
}

/** The attribute of <html> that carries the loader's decision to the first view's script: a language, or empty. */
export const FIRST_VIEW_ATTRIBUTE = 'data-first-view';

/** The id of the <template> holding the first view in `lang`. */
const TEMPLATE_ID_PREFIX = 'first-view-';
export const firstViewTemplateId = (lang: string) => TEMPLATE_ID_PREFIX + lang;

export interface LoaderInputs {
  /** Each language's words chunk. */
  words: Readonly<Record<string, string>>;
  /** The app's entry script and the modules it imports, as Vite would have requested them. */
  entry: string;
  preloads: readonly string[];
  /** Where language.ts keeps the chosen language. */
  languageStorageKey: string;
  /** What decides whether the first view shows. */
  firstView: { phoneQuery: string; draftKey: string };
}

export function loaderScript(c: LoaderInputs): string {
  // crossorigin as Vite's loader requests module scripts (CORS mode), so the preloaded copies are the ones imported.
  return `(function(){var d=document,l,v="";try{l=(${pageLanguageFunction(c.languageStorageKey)})();`
    + 'var q=location.search.replace(/^\\?/,"").split("&").filter(function(x){return x&&x.split("=")[0]!=="lang"});'
    + `var s=null;try{s=localStorage.getItem(${JSON.stringify(c.firstView.draftKey)})}catch(e){}`
    + `if(l&&s===null&&!q.length&&!location.hash&&matchMedia(${JSON.stringify(c.firstView.phoneQuery)}).matches)v=l}catch(e){}`
    + `d.documentElement.setAttribute(${JSON.stringify(FIRST_VIEW_ATTRIBUTE)},v);`
    + 'function k(h){var e=d.createElement("link");e.rel="modulepreload";e.crossOrigin="";e.href=h;d.head.appendChild(e)}'
    + `function go(){if(go.done)return;go.done=1;var w=${JSON.stringify(c.words)};if(l)k(w[l]);`
    + `var p=${JSON.stringify(c.preloads)};for(var i=0;i<p.length;i++)k(p[i]);`
    + `var e=d.createElement("script");e.type="module";e.crossOrigin="";e.src=${JSON.stringify(c.entry)};d.head.appendChild(e)}`
    // Once the view is painted: the browser reports the first contentful paint (elsewhere, a timer set in the next
    // frame's callback runs once that frame is drawn). The last timer starts the app where no paint comes soon (a tab
    // opened in the background).
    + 'if(v){try{new PerformanceObserver(function(t,o){if(t.getEntriesByName("first-contentful-paint").length){o.disconnect();setTimeout(go,0)}})'
    + '.observe({type:"paint",buffered:true})}catch(e){requestAnimationFrame(function(){setTimeout(go,0)})}setTimeout(go,1000)}else go()})()';
}

export function firstViewScript(): string {
  return `(function(){var h=document.documentElement,v=h.getAttribute(${JSON.stringify(FIRST_VIEW_ATTRIBUTE)}),r=document.getElementById("root"),`
    + `t=document.querySelectorAll("template[id^=${TEMPLATE_ID_PREFIX}]"),i;`
    + `try{if(!v)r.replaceChildren();else{i=document.getElementById(${JSON.stringify(TEMPLATE_ID_PREFIX)}+v);`
    + 'if(i){r.replaceChildren(i.content.cloneNode(true));h.lang=v}r.firstElementChild.removeAttribute("hidden")}}catch(e){r.replaceChildren()}'
    + 'for(i=0;i<t.length;i++)t[i].remove()})()';
}
