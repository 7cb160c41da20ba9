// The shell as a learner uses it: choose where it runs, type a line, press Enter, read the screen.
import { expect, type Locator, type Page } from '@playwright/test';

export class ShellPage {
  readonly dock: Locator;
  readonly screen: Locator;
  /** The prompt of the place on screen, as a row shows it (trailing space trimmed): busybox's in the client Pod. */
  prompt = '/ #';

  constructor(readonly page: Page) {
    this.dock = page.getByTestId('shell-dock');
    this.screen = page.getByTestId('shell-screen');
  }

  /** The rows on screen as text (xterm draws spaces as no-break spaces). xterm stops drawing while it is
   *  scrolled out of view, so the screen is brought into view first, as a learner would. */
  async text(): Promise<string> {
    await this.screen.scrollIntoViewIfNeeded();
    const rows = await this.screen.locator('.xterm-rows > div').allInnerTexts();
    return rows.map((r) => r.replace(/\u00a0/g, ' ').trimEnd()).join('\n').replace(/\n+$/, '');
  }

  /** Narrower than 1440 px the shell starts folded under the terminals; a learner opens it with Show. */
  async ready() {
    const toggle = this.page.getByTestId('shell-toggle');
    await expect(toggle).toBeVisible();
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    await expect(this.screen.locator('.xterm-rows')).toBeVisible({ timeout: 20_000 });
    await expect.poll(() => this.text()).toMatch(/^\/ #$/m);
  }

  /** Chooses where the shell runs in the dock's picker (its visible label) and waits for that place's prompt. */
  async choosePlace(label: string, prompt: string) {
    await this.page.getByTestId('shell-place').selectOption({ label });
    this.prompt = prompt;
    await expect.poll(async () => (await this.text()).split('\n').at(-1)).toBe(prompt);
  }

  /** Puts the keyboard in the terminal, as a click on it does. */
  async focus() {
    await this.screen.scrollIntoViewIfNeeded();
    await this.page.getByTestId('shell-input').focus();
  }

  /** The screen grows to the terminals' room (a long output fits). */
  async expand() {
    await this.page.getByTestId('shell-expand').click();
    await expect(this.dock).toHaveClass(/expanded/);
  }

  /** Empties the screen (Ctrl+L), types `line` and Enter, then waits for the next prompt; returns the screen. */
  async run(line: string): Promise<string> {
    await this.focus();
    await this.page.keyboard.press('Control+l');
    await expect.poll(() => this.text()).toBe(this.prompt);
    await this.page.keyboard.type(line);
    await this.page.keyboard.press('Enter');
    await expect.poll(async () => (await this.text()).split('\n').at(-1)).toBe(this.prompt);
    return this.text();
  }
}
