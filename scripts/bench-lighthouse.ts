// Lighthouse's mobile performance audit (its default settings: a mid-range phone, simulated slow 4G and a
// 4× slower CPU) of a page, in the system Chromium. Used by `npm run bench:ui`; runs alone too:
//   npx tsx scripts/bench-lighthouse.ts http://localhost:4173/
import { pathToFileURL } from 'node:url';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { resolveChromium } from '../e2e/browser';

export interface LighthouseMobile {
  /** The performance category, 0–100. */
  score: number;
  totalBlockingTimeMs: number;
  interactiveMs: number;
  largestContentfulPaintMs: number;
  unusedJavaScriptKiB: number;
}

export async function lighthouseMobile(url: string): Promise<LighthouseMobile> {
  const chrome = await launch({ chromePath: resolveChromium(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    const unused = lhr.audits['unused-javascript']?.details as { overallSavingsBytes?: number } | undefined;
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      totalBlockingTimeMs: audit('total-blocking-time'),
      interactiveMs: audit('interactive'),
      largestContentfulPaintMs: audit('largest-contentful-paint'),
      unusedJavaScriptKiB: (unused?.overallSavingsBytes ?? 0) / 1024,
    };
  } finally {
    chrome.kill();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = process.argv[2];
  if (!url) throw new Error('usage: tsx scripts/bench-lighthouse.ts <url>');
  console.log(await lighthouseMobile(url));
}
