// npm run bench: median times of the core's hot paths on generated scenarios. Each section is a named
// function that prints its own rows; add yours to SECTIONS.
import { pathToFileURL } from 'node:url';
import { loadAll } from 'js-yaml';
import { loadCluster, MAX_PODS_PER_NODE } from '../src/core/index';
import { generateScenario } from '../src/core/testing/index';
import { trafficBenchSection } from './bench-traffic';

export interface BenchSection {
  name: string;
  run: () => void;
}

/** This process's CPU time in ms (user + system): steadier than wall time on a busy machine. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export interface PairedTimes {
  /** Median wall times of `a` and `b` in ms. */
  a: number;
  b: number;
  /** Median over the pairs of b's wall time over a's, and of b's CPU time over a's. */
  ratio: number;
  cpuRatio: number;
}

/**
 * `b` against `a`, run back to back `runs` times (which goes first alternates). Each pair shares the
 * machine's state of the moment, so the median of the pairs' ratios holds steadier on a busy machine
 * than a ratio of two medians taken over different moments. The warm-up is long enough for V8 to
 * finish optimising for this input size: with 5 pairs, whichever 2,000-Pod case ran first measured
 * about 0.3 higher than the same case run second.
 */
export function paired(a: () => unknown, b: () => unknown, runs = 41, warmup = 15): PairedTimes {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const wall: [number[], number[]] = [[], []];
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  const time = (fn: () => unknown): [number, number] => {
    const t0 = performance.now();
    const c0 = cpuMs();
    fn();
    return [performance.now() - t0, cpuMs() - c0];
  };
  for (let i = 0; i < runs; i++) {
    let ta: [number, number];
    let tb: [number, number];
    if (i % 2 === 0) {
      ta = time(a);
      tb = time(b);
    } else {
      tb = time(b);
      ta = time(a);
    }
    wall[0].push(ta[0]);
    wall[1].push(tb[0]);
    ratios.push(tb[0] / ta[0]);
    if (ta[1] > 0) cpuRatios.push(tb[1] / ta[1]);
  }
  const mid = (xs: number[]): number => {
    xs.sort((x, y) => x - y);
    return xs[Math.floor(xs.length / 2)] ?? 0;
  };
  return { a: mid(wall[0]), b: mid(wall[1]), ratio: mid(ratios), cpuRatio: mid(cpuRatios) };
}

/** The loadCluster budget: at 2,000 Pods, at most this many times js-yaml's bare parse of the same text. */
const LOAD_RATIO_BUDGET = 1.5;

const loadClusterSection: BenchSection = {
  name: `loadCluster vs js-yaml loadAll (budget: ratio <= ${LOAD_RATIO_BUDGET} at 2,000 Pods)`,
  run: () => {
    // 2,000 Pods on the default 3 nodes is what a learner gets from `replicas: 1000`: the nodes fill up
    // (kubelet's 110 Pods each) and most Pods stay Pending, each workload with a warning.
    const sizes = [
      { pods: 10, services: 1, nodes: 3 },
      { pods: 100, services: 10, nodes: 3 },
      { pods: 2000, services: 200, nodes: 3 },
      { pods: 2000, services: 200, nodes: 20 },
    ];
    // ratio: the median over back-to-back pairs of loadCluster's wall time over loadAll's.
    console.log('  pods  services  nodes  bytes     loadAll ms  loadCluster ms  ratio   (CPU-time ratio)');
    const ratios: string[] = [];
    let worst = 0;
    for (const s of sizes) {
      const text = generateScenario(s);
      const check = loadCluster(text, { nodes: s.nodes });
      const user = check.cluster.pods.filter((p) => !p.system);
      const free = s.nodes * MAX_PODS_PER_NODE - (check.cluster.pods.length - user.length);
      const running = user.filter((p) => p.ip !== '').length;
      if (user.length !== s.pods || running !== Math.min(s.pods, free) || check.diagnostics.some((d) => d.severity === 'error')) {
        throw new Error(`scenario ${s.pods} Pods on ${s.nodes} nodes: ${user.length} Pods, ${running} running, ${check.diagnostics.length} diagnostics`);
      }
      const { a: yaml, b: core, ratio, cpuRatio } = paired(() => loadAll(text), () => loadCluster(text, { nodes: s.nodes }));
      if (s.pods === 2000) {
        worst = Math.max(worst, ratio);
        ratios.push(`${s.nodes} nodes ${ratio.toFixed(2)}`);
      }
      console.log(
        `  ${String(s.pods).padStart(4)}  ${String(s.services).padStart(8)}  ${String(s.nodes).padStart(5)}  ${String(text.length).padStart(8)}  ${yaml.toFixed(2).padStart(10)}  ${core.toFixed(2).padStart(14)}  ${ratio.toFixed(2).padStart(5)}   (${cpuRatio.toFixed(2)})`,
      );
    }
    console.log(`  budget ratio <= ${LOAD_RATIO_BUDGET} at 2,000 Pods: ${worst <= LOAD_RATIO_BUDGET ? 'OK' : 'OVER'} (${ratios.join(', ')})`);
  },
};

export const SECTIONS: BenchSection[] = [loadClusterSection, trafficBenchSection];

/** Run the sections (all, or those whose name contains one of `filters`). */
export function runSections(filters: string[] = []): void {
  for (const section of SECTIONS) {
    if (filters.length > 0 && !filters.some((f) => section.name.includes(f))) continue;
    console.log(`\n# ${section.name}`);
    section.run();
  }
}

// `npm run bench [-- <name filter>…]`; importing this module (to reuse paired) runs nothing.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runSections(process.argv.slice(2));
