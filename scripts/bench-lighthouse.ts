// Lighthouse's mobile performance audit (its default settings: a mid-range phone, simulated slow 4G and a
// 4× slower CPU) of a page, in the system Chromium. Used by `npm run bench:ui`; runs alone too:
//   npx tsx scripts/bench-lighthouse.ts http://localhost:4173/
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { resolveChromium } from '../e2e/browser';

/**
 * The Lighthouse release the numbers in the README were measured with. It is fetched from the npm registry by
 * `npx` when the benchmark runs, not installed with the app: it brings about 190 packages that nothing else needs.
 */
const LIGHTHOUSE = 'lighthouse@12.8.2';

export interface LighthouseMobile {
  /** The performance category, 0–100. */
  score: number;
  totalBlockingTimeMs: number;
  interactiveMs: number;
  largestContentfulPaintMs: number;
  unusedJavaScriptKiB: number;
}

interface Report {
  categories: { performance?: { score: number | null } };
  audits: Record<string, { numericValue?: number; details?: { overallSavingsBytes?: number } } | undefined>;
}

export function lighthouseMobile(url: string): LighthouseMobile {
  const json = execFileSync('npx', [
    '--yes', LIGHTHOUSE, url, '--only-categories=performance', '--output=json', '--output-path=stdout', '--quiet',
    `--chrome-path=${resolveChromium()}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
  ], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
  const lhr = JSON.parse(json) as Report;
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    totalBlockingTimeMs: audit('total-blocking-time'),
    interactiveMs: audit('interactive'),
    largestContentfulPaintMs: audit('largest-contentful-paint'),
    unusedJavaScriptKiB: (lhr.audits['unused-javascript']?.details?.overallSavingsBytes ?? 0) / 1024,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = process.argv[2];
  if (!url) throw new Error('usage: tsx scripts/bench-lighthouse.ts <url>');
  console.log(lighthouseMobile(url));
}
