import { describe, expect, it } from 'vitest';
import { seedCluster } from '../../core/testing';
import { READABLE_ZOOM, clientPath, readableViewport } from './focus-view';
import { toFlow } from './to-flow';
import { boundsOf } from './use-auto-fit';

const g = toFlow(seedCluster());
const all = boundsOf(g.rects);
const pad = { x: 12, y: 26 };
const phone = { width: 376, height: 460 };
const onScreen = (r: { x: number; y: number; width: number; height: number }, v: { x: number; y: number; zoom: number }) => ({
  left: r.x * v.zoom + v.x, top: r.y * v.zoom + v.y, right: (r.x + r.width) * v.zoom + v.x, bottom: (r.y + r.height) * v.zoom + v.y,
});

describe('clientPath', () => {
  it('frames the client, its node and the Pods behind the target Service', () => {
    const path = clientPath(g, 'pod:default/test', ['svc:default/web-service'])!;
    const ids = ['pod:default/test', 'node:node-2', ...g.edges.filter((e) => e.source === 'svc:default/web-service').map((e) => e.target)];
    for (const id of ids) {
      const r = g.rects.get(id)!;
      expect(r.x >= path.frame.x && r.y >= path.frame.y && r.x + r.width <= path.frame.x + path.frame.width
        && r.y + r.height <= path.frame.y + path.frame.height, id).toBe(true);
    }
    expect(path.client).toEqual(g.rects.get('pod:default/test'));
  });

  it('has nothing to frame without a client or targets on the graph', () => {
    expect(clientPath(g, undefined, [])).toBeUndefined();
    expect(clientPath(g, 'pod:default/gone', ['pod:default/gone-too'])).toBeUndefined();
  });
});

describe('readableViewport', () => {
  const path = clientPath(g, 'pod:default/test', ['svc:default/web-service'])!;

  it('on a phone, zooms to a readable size with the client inside the panel', () => {
    const v = readableViewport(phone, all, path, pad)!;
    expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(v.zoom).toBeLessThanOrEqual(1);
    const c = onScreen(path.client!, v);
    expect(c.left).toBeGreaterThanOrEqual(0);
    expect(c.top).toBeGreaterThanOrEqual(0);
    expect(c.right).toBeLessThanOrEqual(phone.width);
    expect(c.bottom).toBeLessThanOrEqual(phone.height);
  });

  it('leaves a desktop panel, or a cluster readable whole, to the usual fit', () => {
    expect(readableViewport({ width: 760, height: 300 }, all, path, pad)).toBeUndefined();
    expect(readableViewport({ width: 2000, height: 1200 }, all, path, pad)).toBeUndefined();
    expect(readableViewport(phone, { x: 0, y: 0, width: 300, height: 200 }, path, pad)).toBeUndefined();
    expect(readableViewport(phone, all, undefined, pad)).toBeUndefined();
  });
});
