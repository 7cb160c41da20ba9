// Sharing as a learner uses it: the Share button and its menu, the notices, the embed view.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { decodeShareFragment, DRAFT_KEY } from '../../src/state/codecs';

export class SharePage {
  readonly button: Locator;
  readonly panel: Locator;
  readonly notices: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByTestId('share-button');
    this.panel = page.getByTestId('share-panel');
    this.notices = page.getByTestId('share-notices');
  }

  /** Clicks Share (which copies the link) and returns the link shown in the menu. */
  async share(): Promise<string> {
    await this.button.click();
    await expect(this.panel).toBeVisible();
    return this.page.getByTestId('share-link').inputValue();
  }

  async closeMenu() {
    await this.page.keyboard.press('Escape');
    await expect(this.panel).toBeHidden();
  }

  /** The iframe snippet's src. */
  async embedUrl(): Promise<string> {
    const snippet = await this.page.getByTestId('share-iframe').inputValue();
    const src = /src="([^"]+)"/.exec(snippet)?.[1] ?? '';
    return src.replace(/&amp;/g, '&');
  }

  /** Downloads the scenario as .yaml from the Share menu and returns the file's text. */
  async exportYaml(): Promise<{ name: string; text: string }> {
    if (!(await this.panel.isVisible())) await this.share();
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('export-yaml').click()]);
    return { name: download.suggestedFilename(), text: await readDownload(download) };
  }

  /** Edits the scenario's text as a learner would, in the editor: `edit` gets the current text. */
  async editText(playground: { setEditorText(text: string): Promise<void> }, edit: (text: string) => string) {
    const { text } = await this.exportYaml();
    await this.closeMenu();
    const next = edit(text);
    expect(next).not.toBe(text);
    await playground.setEditorText(next);
  }

  /** Opens a .yaml file through the menu's file picker. */
  async importYaml(name: string, text: string) {
    if (!(await this.panel.isVisible())) await this.share();
    await this.page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) });
  }

  linkError(): Locator {
    return this.page.getByTestId('link-error');
  }

  storageNotice(): Locator {
    return this.page.getByTestId('storage-notice');
  }

  keptDraft(): Locator {
    return this.page.getByTestId('kept-draft');
  }

  /** The text of the draft saved in this browser, read with the app's own codec; null when there is none.
   *  Poll it to wait for the autosave, which runs after a pause. */
  async draftText(): Promise<string | null> {
    const raw = await this.page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY);
    if (raw === null) return null;
    const decoded = decodeShareFragment((JSON.parse(raw) as { f: string }).f);
    return decoded.ok ? decoded.value.yaml : null;
  }
}

export async function readDownload(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, 'utf8');
}

/** What the graph shows, as text: every node's id and label, sorted. */
export async function graphText(page: Page): Promise<string[]> {
  await expect(page.getByTestId('cluster-graph')).toBeVisible();
  return (await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-id')}: ${(e as HTMLElement).innerText.replace(/\s+/g, ' ').trim()}`))).sort();
}
