import { describe, expect, it } from 'vitest';
import { iframeSnippet, markdownSnippet } from './snippets';

describe('snippets', () => {
  it('iframe: attribute values escaped', () => {
    expect(iframeSnippet('https://x.dev/?lang=en&embed#v1.abc', 'A "quoted" <title>')).toBe(
      '<iframe src="https://x.dev/?lang=en&amp;embed#v1.abc" title="A &quot;quoted&quot; &lt;title&gt;" width="720" height="900" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
  });

  it('markdown: brackets in the text and parentheses in the URL escaped', () => {
    expect(markdownSnippet('https://x.dev/a(b)#v1.x', 'Open [this]')).toBe('[Open \\[this\\]](https://x.dev/a%28b%29#v1.x)');
  });
});
