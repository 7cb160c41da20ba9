// Why the graph is not laid out by ELK: the time elkjs's layered algorithm (hierarchical, as the picture needs:
// Services above, Kubernetes nodes as groups holding their Pods) takes on graphs the size of our budgets.
// The playground's own placement (src/ui/graph/layout.ts) must leave room in "edit → graph < 100 ms at 100 Pods,
// < 500 ms at 1,000 Pods" for the core and React Flow. Run: npx tsx scripts/bench-layout-engine.ts
import ELK from 'elkjs/lib/elk.bundled.js';

const NODES = 8;

function graph(pods: number, services: number) {
  const groups = Array.from({ length: NODES }, (_, k) => ({
    id: `node-${k}`,
    layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'DOWN' },
    children: [
      { id: `rules-${k}`, width: 232, height: 40 },
      ...Array.from({ length: Math.ceil(pods / NODES) }, (_, i) => ({ id: `pod-${k}-${i}`, width: 232, height: 44 })),
    ],
  }));
  const svcs = Array.from({ length: services }, (_, s) => ({ id: `svc-${s}`, width: 236, height: 68 }));
  const edges = groups.flatMap((g, k) => g.children.slice(1).map((p, i) => ({ id: `e-${k}-${i}`, sources: [`svc-${(k * 7 + i) % services}`], targets: [p.id] })));
  return {
    id: 'root',
    layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'DOWN', 'elk.hierarchyHandling': 'INCLUDE_CHILDREN' },
    children: [...svcs, ...groups],
    edges,
  };
}

const elk = new ELK();
for (const [pods, services] of [[100, 10], [1000, 100]] as const) {
  await elk.layout(graph(pods, services)); // warm-up
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await elk.layout(graph(pods, services));
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`elkjs layered, ${pods} Pods / ${services} Services: median ${times[1]!.toFixed(0)} ms`);
}
