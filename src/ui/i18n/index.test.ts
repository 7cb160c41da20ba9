// The app's, the graph's and the Share menu's words all answer from the one i18next instance. Each language's words
// are a chunk of their own: the first language is in when `i18nReady` settles, the other once it is asked for.
import { describe, expect, it } from 'vitest';
import i18next, { i18nReady, loadLanguage } from '.';

await i18nReady;

describe('i18n bundles', () => {
  it.each([
    { key: 'app.skip', from: 'en.json' },
    { key: 'share.button', from: 'share/i18n.en.json' },
    { key: 'graph.fitView', from: 'graph/i18n.en.json' },
  ])('$key comes from $from', ({ key }) => {
    expect(i18next.exists(key)).toBe(true);
    expect(i18next.t(key)).not.toBe(key);
  });

  it('loads the other language only when it is asked for', async () => {
    expect(i18next.hasResourceBundle('zh-CN', 'translation')).toBe(false);
    await loadLanguage('zh-CN');
    expect(i18next.getFixedT('zh-CN')('lessons.title')).toBe('课程');
    expect(i18next.getFixedT('zh-CN')('share.button')).not.toBe(i18next.t('share.button'));
  });
});
