// The editor's chunks (Monaco, 3.5 MB: about 900 KB over the network) run only after the first graph is painted
// (src/ui/editor/load-order.ts), and on a phone only when the editor's tab is opened. A desktop page prefetches them
// at idle priority meanwhile, so the learner's network does not hold the editor back once the graph is up; a phone,
// whose first view is the graph, does not: the prefetch shared a slow link with the graph's own scripts (Lighthouse's
// mobile run counts it against the first paint) and spent a metered connection on a tab the learner may never open.
// Chromium ignores `media` on a prefetch link, so index.html adds the links from a small inline script that asks the
// same media query as the layout (script-src allows it by its hash: scripts/content-security-policy.ts).

/** One file to prefetch: a script, or the stylesheet it imports. */
export interface PrefetchFile {
  href: string;
  as: 'script' | 'style';
}

/** The inline script: unless `phoneLayout` matches, adds a prefetch link for each file, as Vite's loader requests them. */
export function editorPrefetchScript(files: readonly PrefetchFile[], phoneLayout: string): string {
  // crossorigin as Vite's loader requests them (module scripts and stylesheets in CORS mode), so the cached copy is used.
  return `(function(){var f=${JSON.stringify(files)};if(window.matchMedia&&matchMedia(${JSON.stringify(phoneLayout)}).matches)return;`
    + 'for(var i=0;i<f.length;i++){var l=document.createElement("link");l.rel="prefetch";l.as=f[i].as;l.crossOrigin="";l.href=f[i].href;document.head.appendChild(l)}})()';
}

/** The scripts a built index.html prefetches for the editor on a desktop, read back from its inline script. */
export function editorPrefetchScripts(html: string): string[] {
  const list = /\(function\(\)\{var f=(\[[^\]]*\]);if\(window\.matchMedia/.exec(html);
  if (!list) return [];
  return (JSON.parse(list[1]!) as PrefetchFile[]).filter((f) => f.as === 'script').map((f) => f.href);
}
