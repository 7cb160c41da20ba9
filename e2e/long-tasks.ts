// The page's long tasks, as a visitor's browser reports them (PerformanceObserver 'longtask'): a test
// installs the observer before the page loads, starts counting at the moment it cares about, and reads
// the longest task since.
import type { Page } from '@playwright/test';

interface LongTaskWindow {
  kspLongTasks: { start: number; duration: number }[];
  kspLongTasksSince: number;
  /** Event Timing entries for clicks: from the press to the next frame painted after the handlers ran. */
  kspClicks: { start: number; duration: number }[];
}

/** Records every long task of every page of the context from its first script on. */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as LongTaskWindow;
    w.kspLongTasks = [];
    w.kspLongTasksSince = 0;
    w.kspClicks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.kspLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'click') w.kspClicks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  });
}

/** Counts only the long tasks that start from now on. */
export async function resetLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as LongTaskWindow).kspLongTasksSince = performance.now();
  });
}

/** The long tasks since the last reset, in order: their start (ms after the reset) and length. */
export async function longTasks(page: Page): Promise<{ start: number; duration: number }[]> {
  return page.evaluate(() => {
    const w = window as unknown as LongTaskWindow;
    return w.kspLongTasks.filter((t) => t.start >= w.kspLongTasksSince).map((t) => ({ start: t.start - w.kspLongTasksSince, duration: t.duration }));
  });
}

/** The longest task (ms) since the last reset, 0 when there was none. */
export async function longestTask(page: Page): Promise<number> {
  return Math.max(0, ...(await longTasks(page)).map((t) => t.duration));
}

/** When the page last finished a long task (0 when none): a test waits for it to be `ms` in the past. */
export async function quietFor(page: Page): Promise<number> {
  return page.evaluate(() => {
    const last = (window as unknown as LongTaskWindow).kspLongTasks.at(-1);
    return performance.now() - (last ? last.start + last.duration : 0);
  });
}

/**
 * How long a click on `target` took to be answered: the Event Timing API's duration, from the press to the next
 * frame painted after its handlers ran (16 ms or less reads as 0: the observer ignores such quick ones).
 */
export async function clickLatency(page: Page, click: () => Promise<void>): Promise<number> {
  const before = await page.evaluate(() => (window as unknown as LongTaskWindow).kspClicks.length);
  const start = await page.evaluate(() => performance.now());
  await click();
  // The entry is reported after the frame that answered the click; a quick click (under 16 ms) reports none.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(({ before, start }) => Math.max(0, ...(window as unknown as LongTaskWindow).kspClicks.slice(before)
    .filter((c) => c.start >= start).map((c) => c.duration)), { before, start });
}

/**
 * Counts the requests the page sends to the YAML language worker for `method` (monaco's worker protocol
 * names it in the message), so a test can wait until the worker was asked about a text.
 */
export async function countYamlWorkerRequests(page: Page, method: string): Promise<void> {
  await page.addInitScript((name) => {
    const w = window as unknown as { kspYamlRequests: number };
    w.kspYamlRequests = 0;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: [StructuredSerializeOptions?]) {
      try {
        if (JSON.stringify(message)?.includes(`"${name}"`)) w.kspYamlRequests++;
      } catch {
        // Not JSON (a transferable): not a language request.
      }
      return post.call(this, message, ...rest);
    } as typeof Worker.prototype.postMessage;
  }, method);
}

export async function yamlWorkerRequests(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { kspYamlRequests: number }).kspYamlRequests);
}
