// The language's words (a chunk of their own: index.ts) were requested only once the app's script had run and
// chosen the language, one round trip after the rest of the page's scripts; the first render waits for them.
// index.html requests them beside the app's script instead (the production build inlines `wordsPreloadScript`:
// vite.config.ts), with the same choice as language.ts, written out in plain ES5 because it runs before any module.
// Where the choice needs the app (a share link in the address may suggest the link's language and nothing stronger
// decides), it requests nothing and the app loads the words as before.
import type { Language } from './language';

/**
 * The inline script: adds a modulepreload link for the chunk of the language language.ts would choose.
 * `storageKey` is language.ts's `languageStorageKey` (vite.config.ts loads this file without the app's imports).
 */
export function wordsPreloadScript(chunks: Readonly<Record<Language, string>>, storageKey: string): string {
  // crossorigin as Vite's loader requests module scripts (CORS mode), so the preloaded copy is the one imported.
  return `(function(){try{var f=${JSON.stringify(chunks)};`
    + 'function p(t){t=(t||"").trim().toLowerCase();if(!t)return;'
    + 'if(t==="zh"||t==="zh-cn"||t==="zh-sg"||t==="zh-hans"||t.indexOf("zh-hans-")===0)return"zh-CN";'
    + 'if(t==="en"||t.indexOf("en-")===0)return"en"}'
    + `var s=null;try{s=localStorage.getItem(${JSON.stringify(storageKey)})}catch(e){}`
    + 'var l=p(new URLSearchParams(location.search).get("lang"))||p(s);'
    + 'if(!l){if(location.hash.indexOf("#v")===0)return;var b=navigator.languages||[navigator.language];'
    + 'for(var i=0;i<b.length&&!l;i++)l=p(b[i]);l=l||"en"}'
    + 'var k=document.createElement("link");k.rel="modulepreload";k.crossOrigin="";k.href=f[l];document.head.appendChild(k)'
    + '}catch(e){}})()';
}
