// axe's serious and critical findings, as lines a failing test prints (rule id and the first few elements).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export async function seriousAxeFindings(page: Page, include?: string, exclude?: string): Promise<string[]> {
  // Legacy mode runs axe.run in the page (and in every same-origin frame; the app has no other kind) with the same
  // rules. The default mode finishes each run in a new blank page it opens and closes, which cost more than the
  // analysis of one panel.
  const builder = new AxeBuilder({ page }).setLegacyMode();
  if (include) builder.include(include);
  if (exclude) builder.exclude(exclude);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}
