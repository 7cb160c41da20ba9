import { test as base } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page';

export interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
}

export const test = base.extend<{ playground: PlaygroundPage; cspViolations: CspViolation[] }>({
  // Every page runs under the Content-Security-Policy the build ships; a test fails on any violation (an
  // inline script, an eval, a fetch elsewhere), reported by the page's `securitypolicyviolation` event.
  cspViolations: [async ({ context }, use) => {
    const violations: CspViolation[] = [];
    await context.exposeBinding('kspCspViolation', (_source, v: CspViolation) => void violations.push(v));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const report = (window as unknown as { kspCspViolation: (v: CspViolation) => void }).kspCspViolation;
        void report({ directive: e.effectiveDirective, blocked: e.blockedURI, source: `${e.sourceFile}:${e.lineNumber}` });
      });
    });
    await use(violations);
    if (violations.length > 0) throw new Error(`Content-Security-Policy violations:\n${violations.map((v) => `${v.directive}: ${v.blocked} (${v.source})`).join('\n')}`);
  }, { auto: true }],
  playground: async ({ page }, use) => {
    await use(new PlaygroundPage(page));
  },
});

export { expect } from '@playwright/test';
