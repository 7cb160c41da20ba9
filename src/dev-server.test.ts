// The first `npm start` on a fresh clone must load the page once. Vite pre-bundles the dependencies it finds by
// crawling from its entries; a dependency found only later (when the editor starts its YAML worker) is bundled
// then and makes the dev server reload the page. This starts the dev server on an empty cache and checks that the
// first bundling already holds the workers' dependencies.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import { afterAll, expect, it } from 'vitest';

const cacheDir = mkdtempSync(join(tmpdir(), 'ksp-vite-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

it('pre-bundles the page\'s and the workers\' dependencies before the first load', async () => {
  const server = await createServer({
    configFile: new URL('../vite.config.ts', import.meta.url).pathname,
    cacheDir,
    logLevel: 'silent',
    server: { port: 0, strictPort: false, hmr: false },
  });
  try {
    await server.listen();
    const address = server.httpServer?.address();
    if (!address || typeof address === 'string') throw new Error('the dev server did not listen on a port');
    await fetch(`http://localhost:${address.port}/`);
    const metadata = join(cacheDir, 'deps', '_metadata.json');
    const deadline = Date.now() + 90_000;
    while (!existsSync(metadata) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(existsSync(metadata), 'Vite wrote no pre-bundle metadata within 90 s').toBe(true);
    const optimized = Object.keys((JSON.parse(readFileSync(metadata, 'utf8')) as { optimized: Record<string, unknown> }).optimized);
    expect(optimized).toEqual(expect.arrayContaining(['monaco-yaml/yaml.worker.js', 'monaco-editor/editor/editor.api', 'react', '@xyflow/react']));
  } finally {
    await server.close();
  }
}, 120_000);
