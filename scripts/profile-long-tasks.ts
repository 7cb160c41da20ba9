// npx tsx scripts/profile-long-tasks.ts [--dist DIR] [paste|link|drop|bomb|phone]… — where the page's main thread
// goes while it takes in the large inputs of e2e/large-scenarios.ts, or (phone) while it first loads on a phone-sized
// screen at Lighthouse's 4× slower CPU: a Chromium trace (its tasks and what filled them:
// layout, style, script, GC) and a CPU profile (CDP Profiler, 250 µs sampling) on the same clock, from the input
// until the page is quiet; for every task over 50 ms, the trace events and the functions that held it (self time,
// and inclusive time by frame). The profiler slows the page: `npm run bench:ui` measures without it. Build
// unminified for readable names:
//   npx vite build --minify false --outDir /tmp/ksp-prof --emptyOutDir && npx tsx scripts/profile-long-tasks.ts --dist /tmp/ksp-prof
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { chromiumArgs, resolveChromium } from '../e2e/browser';
import { aliasBomb, bigKubectlList, manyServices, manyServicesLink, SERVICES_AT_DOCUMENT_CAP } from '../e2e/large-scenarios';
import { longestTask, observeLongTasks, quietFor, resetLongTasks } from '../e2e/long-tasks';

const args = process.argv.slice(2);
const distAt = args.indexOf('--dist');
const dist = distAt >= 0 ? args[distAt + 1]! : 'dist';
const cases = args.filter((a, i) => !a.startsWith('--') && i !== distAt + 1);
const port = Number(process.env.E2E_PORT ?? 4180) + 200;
const base = `http://localhost:${port}`;

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string } }

/** Every task over 50 ms on a renderer's main thread, with the trace events and the JavaScript that filled it. */
function report(events: TraceEvent[], profile: Profile, label: string) {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
  // A task is the outermost RunTask (the scheduler nests its own inside the thread's).
  const tasks: TraceEvent[] = [];
  for (const e of onMain.filter((e) => /RunTask$/.test(e.name) && (e.dur ?? 0) > 50_000).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
    const last = tasks.at(-1);
    if (!last || e.ts >= last.ts + last.dur!) tasks.push(e);
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) => {
    const f = n.callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`;
  };
  const at: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) at.push((t += d));
  const t0 = tasks[0]?.ts ?? 0;
  console.log(`\n=== ${label}: ${tasks.length} tasks over 50 ms, longest ${(Math.max(0, ...tasks.map((k) => k.dur!)) / 1000).toFixed(0)} ms`);
  // The thread's own time in a task (tdur) leaves out the time other processes held the core: on a busy machine the
  // wall-clock length is several times the page's work.
  const cpu = (k: TraceEvent) => (k.tdur !== undefined ? ` (thread ${(k.tdur / 1000).toFixed(0)})` : '');
  console.log(`  ${tasks.map((k) => `+${((k.ts - t0) / 1000).toFixed(0)}: ${(k.dur! / 1000).toFixed(0)} ms${cpu(k)}`).join(', ')}`);
  const top = (m: Map<string, number>, count: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, count)
    .map(([s, us]) => `      ${(us / 1000).toFixed(1).padStart(7)} ms  ${s}`).join('\n');
  for (const k of tasks) {
    const end = k.ts + k.dur!;
    const kinds = new Map<string, number>();
    for (const e of onMain) if (e !== k && e.ts >= k.ts && e.ts < end && !/RunTask$/.test(e.name)) kinds.set(e.name, (kinds.get(e.name) ?? 0) + (e.dur ?? 0));
    const self = new Map<string, number>();
    const incl = new Map<string, number>();
    for (let i = 0; i < profile.samples.length; i++) {
      if (at[i]! < k.ts || at[i]! >= end) continue;
      const dt = (at[i + 1] ?? at[i]!) - at[i]!;
      let n = byId.get(profile.samples[i]!)!;
      self.set(name(n), (self.get(name(n)) ?? 0) + dt);
      const seen = new Set<string>();
      for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
        n = byId.get(id)!;
        if (seen.has(name(n))) continue;
        seen.add(name(n));
        incl.set(name(n), (incl.get(name(n)) ?? 0) + dt);
      }
    }
    console.log(`  -- task at +${((k.ts - t0) / 1000).toFixed(0)} ms, ${(k.dur! / 1000).toFixed(0)} ms long${cpu(k)}\n    trace events (inclusive):\n${top(kinds, 12)}\n    self:\n${top(self, 12)}\n    inclusive:\n${top(incl, 24)}`);
  }
}

async function waitForServer(url: string) {
  for (const end = Date.now() + 30_000; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
  }
  throw new Error(`vite preview did not start on ${url}`);
}

async function quiet(page: Page, sel: string) {
  await page.waitForSelector(sel, { timeout: 120_000 });
  for (const end = Date.now() + 120_000; Date.now() < end; await new Promise((r) => setTimeout(r, 250))) {
    if ((await quietFor(page)) > 2000) return;
  }
}

/** A trace (for the tasks) and a CPU profile (for the JavaScript in them) of `run`; both on the same clock. */
async function profiled(cdp: CDPSession, run: () => Promise<void>): Promise<{ events: TraceEvent[]; profile: Profile }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,toplevel', transferMode: 'ReportEvents' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await complete;
  return { events, profile: profile as unknown as Profile };
}

async function main() {
  const server = spawn('npx', ['vite', 'preview', '--outDir', dist, '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
  try {
    await waitForServer(base);
    const browser = await chromium.launch({ executablePath: resolveChromium(), args: chromiumArgs });
    const summary = '.react-flow__node[data-id="summary:services"]';
    for (const which of cases.length ? cases : ['paste', 'link', 'drop']) {
      const phone = which === 'phone';
      const context = await browser.newContext(phone
        ? { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true }
        : { viewport: { width: 1280, height: 800 } });
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const page = await context.newPage();
      await observeLongTasks(page);
      const cdp = await context.newCDPSession(page);
      const load = loadavg()[0]!.toFixed(1);
      let profile: { events: TraceEvent[]; profile: Profile };
      if (phone) {
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        profile = await profiled(cdp, async () => {
          await page.goto(base);
          await quiet(page, '.react-flow__node');
        });
      } else if (which === 'link') {
        await page.goto(`${base}/?warm`);
        await quiet(page, '[data-testid="monaco"] .view-lines');
        profile = await profiled(cdp, async () => {
          await page.goto(`${base}/${manyServicesLink(4588)}`);
          await quiet(page, summary);
        });
      } else {
        await page.goto(base);
        await page.locator('[data-testid="monaco"] .view-lines').waitFor({ timeout: 60_000 });
        await quiet(page, 'body');
        if (which === 'drop') {
          const dt = await page.evaluateHandle((text) => {
            const d = new DataTransfer();
            d.items.add(new File([text], 'cluster.yaml', { type: 'application/yaml' }));
            return d;
          }, bigKubectlList());
          await resetLongTasks(page);
          profile = await profiled(cdp, async () => {
            await page.dispatchEvent('body', 'dragenter', { dataTransfer: dt });
            await page.dispatchEvent('body', 'drop', { dataTransfer: dt });
            await quiet(page, summary);
          });
        } else {
          const text = which === 'bomb' ? aliasBomb(6, false) : manyServices(SERVICES_AT_DOCUMENT_CAP);
          await page.evaluate((t) => navigator.clipboard.writeText(t), text);
          await page.locator('[data-testid="monaco"]').click({ position: { x: 200, y: 150 } });
          await quiet(page, 'body');
          await resetLongTasks(page);
          profile = await profiled(cdp, async () => {
            await page.keyboard.press('Control+A');
            await page.keyboard.press('Control+V');
            await quiet(page, which === 'bomb' ? '[data-testid="problems"]' : summary);
          });
        }
      }
      report(profile.events, profile.profile, `${which} (load ${load} before, ${loadavg()[0]!.toFixed(1)} after; long-task observer: ${(await longestTask(page)).toFixed(0)} ms)`);
      await context.close();
    }
    await browser.close();
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
