import { defineConfig } from '@playwright/test';
import { chromiumArgs, resolveChromium } from './e2e/browser';

// E2E_PORT lets two checkouts run their suites side by side: a reused server would be the other checkout's build.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    headless: true,
    launchOptions: { executablePath: resolveChromium(), args: chromiumArgs },
    screenshot: 'only-on-failure',
    // The build's service worker would serve files from its cache and hide them from page.route; offline.spec.ts
    // allows it.
    serviceWorkers: 'block',
    trace: 'off',
  },
  // The production build (npm run test:e2e builds it first).
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
