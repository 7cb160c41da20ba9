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

  async openTab(tab: 'dns' | 'iptables' | 'filter' | 'ipvs' | 'resolv' | 'slices' | 'kubectl') {
    await this.page.getByTestId(`tab-${tab}`).click();
  }

  /** Moves Monaco's cursor to a line with its Go to Line command (Ctrl+G). */
  async goToLine(line: number) {
    await this.focusEditor();
    await this.page.keyboard.press('Control+G');
    await this.page.keyboard.type(String(line));
    await this.page.keyboard.press('Enter');
  }

  /** Selects all of Monaco's text and copies it, as a learner would (Ctrl+A, Ctrl+C). */
  async editorText(): Promise<string> {
    await this.focusEditor();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('ControlOrMeta+C');
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Replaces all of Monaco's text by pasting (Ctrl+A, Ctrl+V). */
  async setEditorText(text: string) {
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.focusEditor();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  /** Edits the text: copy it, change `find` to `replace`, paste it back. */
  async replaceInEditor(find: string, replace: string) {
    const text = await this.editorText();
    if (!text.includes(find)) throw new Error(`editor text does not contain ${JSON.stringify(find)}`);
    await this.setEditorText(text.replace(find, replace));
  }

  /** Moves the mouse off the editor so its hover closes and clicks reach the text again. */
  async closeHover() {
    await this.page.mouse.move(0, 0);
    await this.page.keyboard.press('Escape');
    await expect(this.page.locator('.monaco-hover:visible')).toHaveCount(0);
  }

  async focusEditor() {
    await this.editorReady();
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.page.locator('[data-testid="monaco"]').click({ position: { x: 200, y: 150 } });
  }

  async screenshot(name: string) {
    await this.page.screenshot({ path: `e2e/artifacts/${name}.png`, fullPage: false });
  }
}
