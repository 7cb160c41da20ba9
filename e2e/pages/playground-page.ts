// The playground as a learner sees it: what they click and what they read (nand2tetris web-ide ChipPage style).
import { expect, type Locator, type Page } from '@playwright/test';

export class PlaygroundPage {
  readonly graph: Locator;
  readonly problems: Locator;
  readonly caption: Locator;
  readonly terminals: Locator;
  readonly inspector: Locator;

  constructor(readonly page: Page) {
    this.graph = page.getByTestId('graph-panel');
    this.problems = page.getByTestId('problems');
    this.caption = page.getByTestId('caption');
    this.terminals = page.getByTestId('terminals');
    this.inspector = page.getByTestId('inspector');
  }

  async open(path = '/') {
    await this.page.goto(path);
    await expect(this.page.getByTestId('cluster-graph')).toBeVisible();
  }

  /** Waits for Monaco (it loads after first paint). */
  async editorReady() {
    await expect(this.page.locator('[data-testid="monaco"] .view-lines')).toBeVisible({ timeout: 20_000 });
  }

  pod(name: string): Locator {
    return this.page.locator(`.react-flow__node[data-id$="/${name}"]`).first();
  }

  graphNode(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  async send(target: string, count: 1 | 10 | 100 = 1) {
    await this.page.getByTestId('target-input').fill(target);
    await this.page.getByTestId(`send-${count}`).click();
  }

  hopChips(): Locator {
    return this.page.getByTestId('hop-chip');
  }

  async hopKinds(): Promise<string[]> {
    return this.hopChips().evaluateAll((els) => els.map((e) => e.getAttribute('data-kind') ?? ''));
  }

  async pause() {
    const pause = this.page.getByTestId('pause');
    if (await pause.isVisible()) await pause.click();
  }

  async showHop(index: number) {
    await this.pause();
    await this.hopChips().nth(index).click();
  }

  terminal(kind: 'clusterip' | 'headless'): Locator {
    return this.page.getByTestId(`terminal-${kind}`);
  }

  async openTab(tab: 'dns' | 'iptables' | 'ipvs' | 'resolv' | 'slices' | 'kubectl') {
    await this.page.getByTestId(`tab-${tab}`).click();
  }

  /** Replaces the editor's text as typing would (select all, type). */
  async setEditorText(text: string) {
    await this.editorReady();
    const editor = this.page.locator('[data-testid="monaco"] .monaco-editor textarea').first();
    await editor.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await this.page.evaluate((t) => navigator.clipboard?.writeText?.(t), text).catch(() => undefined);
    await this.page.keyboard.insertText(text);
  }

  /** Goes to a line in Monaco and replaces a piece of text on it. */
  async replaceInEditor(find: string, replace: string) {
    await this.editorReady();
    const text = (await this.editorText()).replace(find, replace);
    await this.setEditorText(text);
  }

  async editorText(): Promise<string> {
    return this.page.evaluate(() => {
      const m = (window as unknown as { __playgroundSource?: () => string }).__playgroundSource;
      return m ? m() : '';
    });
  }

  async screenshot(name: string) {
    await this.page.screenshot({ path: `e2e/artifacts/${name}.png`, fullPage: false });
  }
}
