import { chromium } from '@playwright/test';
const base = 'http://localhost:4700';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [w, h] of [[1280, 800], [1920, 1080], [390, 844]] as const) {
  for (const lang of ['en', 'zh-CN']) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    await page.goto(`${base}/?lang=${lang}`);
    await page.locator('.react-flow__node').first().waitFor();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/shot-${w}-${lang}.png` });
    await page.close();
  }
}
await browser.close();
