// The face of the core's test fixtures, for tests and tools outside src/core (the lint allows this entry and
// src/core/index.ts, nothing deeper). Addresses follow ./conventions.ts. The unshare harness (./netns) is not
// here: it needs Node and is used by the core's own real-program tests only.
export { seedCluster } from './seed-cluster';
export { scenarioBasicCluster, overallTestCluster } from './proxy-clusters';
export { generateScenario, type ScenarioSize } from './generate';
export { bigCluster } from './big-cluster';
/** For benchmarks: forget the memoised chain names, so a run measures `iptablesSave` cold. */
export { clearChainNameMemo } from '../proxy/chains';
