// The animation moves the packet by a transform from a progress store that only the packet layer reads: React
// commits when a hop changes (its highlight, React Flow measuring the restyled nodes) and when the packet's label
// flips mid-hop, never once a frame. React calls the DevTools hook on every commit, in production builds too; a
// stand-in hook counts them.
import { expect, test } from './fixtures';

declare global {
  interface Window {
    __commits: number;
  }
}

test('playing a trace commits React a few times per hop, not every frame', async ({ playground, page }) => {
  await page.addInitScript(() => {
    window.__commits = 0;
    Object.assign(window, {
      __REACT_DEVTOOLS_GLOBAL_HOOK__: {
        supportsFiber: true,
        renderers: new Map(),
        inject: () => 1,
        onCommitFiberRoot: () => { window.__commits++; },
        onCommitFiberUnmount: () => {},
        onPostCommitFiberRoot: () => {},
        checkDCE: () => {},
      },
    });
  });
  await playground.open();
  await playground.send('web-service');
  const pause = page.getByTestId('pause');
  await expect(pause).toBeVisible();
  // From the first hop to the end of the trace: frames painted and React commits.
  const { frames, commits } = await page.evaluate(() => new Promise<{ frames: number; commits: number }>((resolve) => {
    const start = window.__commits;
    let frames = 0;
    const tick = () => {
      frames++;
      if (document.querySelector('[data-testid="pause"]')) requestAnimationFrame(tick);
      else resolve({ frames, commits: window.__commits - start });
    };
    requestAnimationFrame(tick);
  }));
  const hops = (await playground.hopKinds()).length;
  expect(hops).toBe(5);
  console.log(`playback: ${frames} frames, ${commits} React commits, ${hops} hops`);
  // The packet moved for many frames; React committed a burst per hop, not once a frame (which was 1:1).
  expect(frames).toBeGreaterThan(hops * 20);
  expect(commits).toBeLessThanOrEqual(hops * 12);
  expect(commits).toBeLessThan(frames / 4);
});
