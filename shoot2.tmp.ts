import { chromium } from '@playwright/test';
(async () => {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
  await p.goto('http://localhost:4401/?lang=en');
  await p.getByTestId('cluster-graph').waitFor();
  await p.waitForTimeout(1000);
  console.log(await p.locator('.react-flow__node[data-id$="/test"]').innerHTML());
  await b.close();
})();
