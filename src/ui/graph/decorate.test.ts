import { describe, expect, it } from 'vitest';
import { seedCluster } from '../../core/testing';
import { decorateEdges, decorateNodes } from './decorate';
import { toFlow } from './to-flow';

const g = toFlow(seedCluster());

describe('decorateNodes', () => {
  it('marks the client Pod and the rules on its node, and touches nothing else', () => {
    const out = decorateNodes(g.nodes, { clientId: 'pod:default/test', highlight: new Set() });
    out.forEach((n, i) => {
      if (n.id === 'pod:default/test') expect(n.data).toMatchObject({ isClient: true });
      else if (n.id === 'node-rules:node-2') expect(n.data).toMatchObject({ isClientNode: true });
      else expect(n).toBe(g.nodes[i]);
    });
  });

  it('highlights the elements of the active hop and the link between them', () => {
    const hl = new Set(['svc:default/web-service', 'pod:default/nginx-5c7588df-wt6hb']);
    const nodes = decorateNodes(g.nodes, { highlight: hl, selectedId: 'pod:default/mysql-0' });
    expect(nodes.filter((n) => n.className === 'kg-hl').map((n) => n.id).sort()).toEqual([...hl].sort());
    expect(nodes.find((n) => n.selected)!.id).toBe('pod:default/mysql-0');
    const edges = decorateEdges(g.edges, { highlight: hl });
    expect(edges.filter((e) => e.data!.hl).map((e) => e.id)).toEqual(['eps:svc:default/web-service->pod:default/nginx-5c7588df-wt6hb']);
  });
});
