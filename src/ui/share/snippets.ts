// The snippets the Share menu offers. Pure, so the escaping is tested.

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Sized for a blog column: 720 px wide, shrinking with the column. */
export function iframeSnippet(embedUrl: string, title: string): string {
  return `<iframe src="${escapeAttr(embedUrl)}" title="${escapeAttr(title)}" width="720" height="680" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** A Markdown link; `[`, `]` in the text and `(`, `)`, spaces in the URL are escaped. */
export function markdownSnippet(url: string, text: string): string {
  const t = text.replace(/([[\]\\])/g, '\\$1');
  const u = url.replace(/[()\s]/g, (c) => encodeURIComponent(c));
  return `[${t}](${u})`;
}
