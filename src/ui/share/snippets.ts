// The snippets the Share menu offers. Pure, so the escaping is tested.

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Sized for a blog column: 720 px wide (shrinking with the column), tall enough for the graph, the
 *  player and both DNS terminals. */
export function iframeSnippet(embedUrl: string, title: string): string {
  return `<iframe src="${escapeAttr(embedUrl)}" title="${escapeAttr(title)}" width="720" height="900" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** A Markdown link; `[`, `]` in the text and `(`, `)`, spaces in the URL are escaped. */
export function markdownSnippet(url: string, text: string): string {
  const t = text.replace(/([[\]\\])/g, '\\$1');
  // encodeURIComponent leaves ( and ) alone, and a `)` would end the Markdown link.
  const u = url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${t}](${u})`;
}
