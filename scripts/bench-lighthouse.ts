// Lighthouse's mobile performance audit (its default settings: a mid-range phone, simulated slow 4G and a
// 4× slower CPU) of a page, in the system Chromium. Used by `npm run bench:ui`; runs alone too (N runs, the median):
//   npx tsx scripts/bench-lighthouse.ts http://localhost:4173/ [--runs N]
// Lighthouse multiplies the main-thread time it observes by 4, so a run on a busy machine scores what the machine's
// other jobs cost: each run is printed with the load average before it.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
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
  /**
   * What each weighted metric scores, 0–100, in the category's order (first contentful paint, speed index, largest
   * contentful paint, total blocking time, cumulative layout shift): the score is their weighted mean, so these say
   * which metric costs the points.
   */
  metricScores: Record<MetricId, number>;
}

/** The metrics the performance score is the weighted mean of (Lighthouse 12: 10, 10, 25, 30 and 25 %). */
const METRICS = {
  'first-contentful-paint': 'FCP',
  'speed-index': 'SI',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
} as const;
type MetricId = keyof typeof METRICS;

interface Report {
  categories: { performance?: { score: number | null } };
  audits: Record<string, { numericValue?: number; score?: number | null; details?: { overallSavingsBytes?: number } } | undefined>;
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
    metricScores: Object.fromEntries((Object.keys(METRICS) as MetricId[])
      .map((id) => [id, Math.round((lhr.audits[id]?.score ?? 0) * 100)])) as Record<MetricId, number>,
  };
}

/**
 * One run as two lines, each starting with `indent`: the score, what it is made of and the machine's load average
 * (1 min) before the run; then each metric's own score.
 */
export function formatLighthouseRun(lh: LighthouseMobile, load: number, indent = ''): string {
  return `${indent}${lh.score} (total blocking ${lh.totalBlockingTimeMs.toFixed(0)} ms, LCP ${(lh.largestContentfulPaintMs / 1000).toFixed(1)} s, interactive ${(lh.interactiveMs / 1000).toFixed(1)} s, unused JavaScript ${lh.unusedJavaScriptKiB.toFixed(0)} KiB; load average ${load.toFixed(1)} before)\n`
    + `${indent}  metric scores: ${(Object.keys(METRICS) as MetricId[]).map((id) => `${METRICS[id]} ${lh.metricScores[id]}`).join(', ')}`;
}

/** `runs` audits of `url` one after the other: each run with the load before it, and the median score. */
export function lighthouseMobileRuns(url: string, runs: number): { runs: { result: LighthouseMobile; load: number }[]; medianScore: number } {
  const out: { result: LighthouseMobile; load: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const load = loadavg()[0]!;
    out.push({ result: lighthouseMobile(url), load });
  }
  const scores = out.map((r) => r.result.score).sort((a, b) => a - b);
  const mid = Math.floor(scores.length / 2);
  const medianScore = scores.length % 2 ? scores[mid]! : (scores[mid - 1]! + scores[mid]!) / 2;
  return { runs: out, medianScore };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = process.argv[2];
  if (!url) throw new Error('usage: tsx scripts/bench-lighthouse.ts <url> [--runs N]');
  const at = process.argv.indexOf('--runs');
  const { runs, medianScore } = lighthouseMobileRuns(url, at > 0 ? Number(process.argv[at + 1]) || 3 : 3);
  runs.forEach((r, i) => console.log(`run ${i + 1}:\n${formatLighthouseRun(r.result, r.load, '  ')}`));
  console.log(`median score ${medianScore} of ${runs.length} runs (budget 90)`);
}
