// The app's, the graph's and the Share menu's words all answer from the one i18next instance.
import { describe, expect, it } from 'vitest';
import i18next from '.';

describe('i18n bundles', () => {
  it.each([
    { key: 'app.skip', from: 'en.json' },
    { key: 'share.button', from: 'share/i18n.en.json' },
    { key: 'graph.fitView', from: 'graph/i18n.en.json' },
  ])('$key comes from $from', ({ key }) => {
    expect(i18next.exists(key)).toBe(true);
    expect(i18next.t(key)).not.toBe(key);
  });
});
