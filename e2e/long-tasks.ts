// The page's long tasks, as a visitor's browser reports them (PerformanceObserver 'longtask'): a test
// installs the observer before the page loads, starts counting at the moment it cares about, and reads
// the longest task since.
import type { Page } from '@playwright/test';

interface LongTaskWindow {
  kspLongTasks: { start: number; duration: number }[];
  kspLongTasksSince: number;
}

/** Records every long task of every page of the context from its first script on. */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as LongTaskWindow;
    w.kspLongTasks = [];
    w.kspLongTasksSince = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.kspLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Counts only the long tasks that start from now on. */
export async function resetLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as LongTaskWindow).kspLongTasksSince = performance.now();
  });
}

/** The longest task (ms) since the last reset, 0 when there was none. */
export async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as LongTaskWindow;
    return Math.max(0, ...w.kspLongTasks.filter((t) => t.start >= w.kspLongTasksSince).map((t) => t.duration));
  });
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
