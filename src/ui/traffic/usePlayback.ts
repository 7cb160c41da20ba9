// Drives the animation: while playing, the active hop's progress runs 0 → 1 in `hopMs(speed)` and then the
// next hop starts. Progress lives in its own tiny store that only the graph's packet layer subscribes to, so a
// frame re-renders nothing: the packet moves by a transform.
// With prefers-reduced-motion the graph shows steps instead of motion (it pins progress to 1); the pace stays
// the same so the captions can be read.
import { useEffect, useState } from 'react';
import { getAppStore } from '../../state';
import { useAppStore } from '../use-app-store';
import { createProgressStore } from '../graph/progress-store';

export const hopMs = (speed: number) => Math.round(1100 / speed);

/** The page's packet progress within the active hop, 0..1. */
export const hopProgress = createProgressStore(1);

export function usePlayback() {
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  const activeHop = useAppStore((s) => s.activeHop);
  const trace = useAppStore((s) => s.trace);
  useEffect(() => {
    if (!playing) {
      hopProgress.set(1);
      return;
    }
    const duration = hopMs(speed);
    let start = performance.now();
    let frame = 0;
    const tick = (now: number) => {
      const p = Math.min(1, (now - start) / duration);
      hopProgress.set(p);
      if (p >= 1) {
        const s = getAppStore().getState();
        if (s.trace && s.activeHop < s.trace.hops.length - 1) {
          s.stepForward();
          start = now;
        } else {
          s.pause();
          return;
        }
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
    // activeHop and trace: restart the hop's clock when the learner steps or a new trace arrives.
  }, [playing, speed, trace, activeHop]);
}

const reducedQuery = typeof window !== 'undefined' ? window.matchMedia?.('(prefers-reduced-motion: reduce)') : undefined;

export function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(reducedQuery?.matches ?? false);
  useEffect(() => {
    if (!reducedQuery) return;
    const on = (e: MediaQueryListEvent) => setReduced(e.matches);
    reducedQuery.addEventListener('change', on);
    return () => reducedQuery.removeEventListener('change', on);
  }, [setReduced]);
  return reduced;
}
