import { chromium } from '@playwright/test';
const [,, url, out, w, h, action] = process.argv;
(async () => {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const p = await b.newPage({ viewport: { width: Number(w), height: Number(h) } });
  await p.goto(url!);
  await p.getByTestId('cluster-graph').waitFor();
  await p.waitForTimeout(1500);
  if (action === 'headless') { await p.getByTestId('target-input').fill('mysql-headless'); await p.waitForTimeout(300); }
  if (action === 'headless-send') { await p.getByTestId('target-input').fill('mysql-headless'); await p.getByTestId('send-1').click(); await p.waitForTimeout(1500); }
  await p.screenshot({ path: out! });
  await b.close();
})();
