// The Lessons panel as a learner uses it: open it, open a lesson, commit a prediction, read the checks turn green,
// open a hint, the solution and the debrief.
import { expect, type Locator, type Page } from '@playwright/test';

export class LessonsPage {
  readonly panel: Locator;
  readonly verdict: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('lessons-panel');
    this.verdict = page.getByTestId('lesson-verdict');
  }

  async openPanel() {
    await this.page.getByTestId('lessons-button').click();
    await expect(this.page.getByTestId('lesson-list')).toBeVisible();
  }

  /** Opens lesson `id` from the list; confirms replacing the screen when the panel asks. */
  async openLesson(id: string) {
    await this.page.getByTestId(`lesson-${id}`).click();
    const confirm = this.page.getByTestId('lesson-confirm-open');
    const view = this.page.locator(`[data-testid="lesson-view"][data-lesson="${id}"]`);
    await expect(confirm.or(view)).toBeVisible();
    if (await confirm.isVisible()) await confirm.click();
    await expect(view).toBeVisible();
  }

  async predict(choice: string) {
    await this.page.getByTestId(`prediction-${choice}`).check();
    await this.page.getByTestId('commit-prediction').click();
    await expect(this.page.getByTestId('lesson-prediction-done')).toBeVisible();
  }

  check(id: string): Locator {
    return this.page.getByTestId(`lesson-check-${id}`);
  }

  async expectPassed(passed: boolean) {
    await expect(this.verdict).toHaveAttribute('data-passed', passed ? 'true' : 'false', { timeout: 20_000 });
  }

  async openDebrief(): Promise<Locator> {
    await this.page.getByTestId('lesson-debrief-open').click();
    const debrief = this.page.getByTestId('lesson-debrief');
    await expect(debrief).toBeVisible();
    return debrief;
  }
}
