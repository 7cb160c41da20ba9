import { test, expect } from './fixtures';

test.describe('editor', () => {
  test('port: 70000 puts a marker on that line with the API server message and keeps the last graph', async ({ playground, page }) => {
    await playground.open();
    await playground.editorReady();
    await playground.goToLine(15);
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('70000');
    const message = 'spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive';
    const problem = page.getByTestId('problem').filter({ hasText: message });
    await expect(problem).toBeVisible();
    await expect(problem).toContainText('line 15, col 5');
    await expect(page.getByTestId('problem-counts')).toContainText('1 error,');
    // The marker sits on line 15 in the editor.
    await expect(page.locator('[data-testid="monaco"] .squiggly-error')).toHaveCount(1);
    // The last good graph stays, marked stale: web-service is still drawn.
    await expect(page.getByTestId('graph-panel')).toHaveAttribute('data-stale', 'true');
    await expect(playground.graphNode('svc:default/web-service')).toBeVisible();
    await expect(page.getByTestId('stale-note')).toBeVisible();
    await playground.screenshot('05-port-70000');
    // The problems list jumps to the line.
    await page.keyboard.press('ControlOrMeta+Home');
    await problem.getByRole('button').click();
    await expect(page.locator('[data-testid="monaco"] .current-line ~ *').first()).toBeAttached();
    await expect(page.locator('[data-testid="monaco"] .view-line').filter({ hasText: 'port: 70000' })).toBeVisible();
    // Fixing it clears the marker and the stale mark.
    await page.keyboard.press('End');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('80');
    await expect(page.getByTestId('problem-counts')).toContainText('0 errors');
    await expect(page.getByTestId('graph-panel')).toHaveAttribute('data-stale', 'false');
  });

  test("a learner warning reads in the UI's words in the list and on the editor's marker", async ({ playground, page }) => {
    await playground.open();
    await playground.editorReady();
    await playground.replaceInEditor('targetPort: 80', 'targetPort: http');
    const message = 'no selected Pod declares a TCP container port named "http", so port 80 has no endpoints';
    const problem = page.getByTestId('problem').filter({ hasText: message });
    await expect(problem).toBeVisible();
    await expect(problem).toContainText('line 16, col 5');
    // The other warning is the default scenario's own: its mysql container has no root password option.
    await expect(page.getByTestId('problem-counts')).toContainText('0 errors, 2 warnings');
    // The marker sits on line 16, and hovering it shows the same words.
    await playground.goToLine(16);
    const marker = page.locator('[data-testid="monaco"] .squiggly-warning');
    await expect(marker).toHaveCount(1);
    await marker.hover({ force: true });
    await expect(page.locator('.monaco-hover').filter({ hasText: message })).toBeVisible({ timeout: 15_000 });
  });

  test('completion and hover docs come from the Kubernetes schema', async ({ playground, page }) => {
    await playground.open();
    await playground.editorReady();
    await playground.goToLine(16); // "    targetPort: 80"
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await page.locator('[data-testid="monaco"] .view-line').filter({ hasText: 'targetPort: 80' }).locator('span', { hasText: 'targetPort' }).first().hover();
    await expect(page.locator('.monaco-hover').filter({ hasText: 'Number or name of the port to access on the pods' })).toBeVisible({ timeout: 15_000 });
    // Completion offers the fields of a ServicePort from the schema.
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ControlOrMeta+Space');
    await expect(page.locator('.suggest-widget')).toContainText('protocol', { timeout: 15_000 });
  });

  test('a misspelt field is an error at its line, in the API server words, and the schema flags it as it is typed', async ({ playground, page }) => {
    await playground.open();
    await playground.editorReady();
    await playground.replaceInEditor('    targetPort: 80', '    trgetPort: 80');
    const message = 'Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ports[0].trgetPort"';
    const problem = page.getByTestId('problem').filter({ hasText: message });
    await expect(problem).toBeVisible();
    await expect(problem).toContainText('line 16, col 5');
    await expect(page.getByTestId('problem-counts')).toContainText('1 error,');
    await expect(page.getByTestId('problems')).not.toContainText('kubectl apply would accept');
    // The editor's schema (monaco-yaml) closes the ServicePort struct: its own marker names the field.
    await playground.goToLine(16);
    const line = page.locator('[data-testid="monaco"] .view-line').filter({ hasText: 'trgetPort: 80' });
    await line.locator('span', { hasText: 'trgetPort' }).first().hover();
    await expect(page.locator('.monaco-hover').filter({ hasText: 'Property trgetPort is not allowed' })).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('.monaco-hover').filter({ hasText: message })).toBeVisible();
    await playground.closeHover();
    // Keys under free-form maps stay allowed: a label named like a misspelt field is no error.
    await playground.replaceInEditor('    trgetPort: 80', '    targetPort: 80');
    await playground.replaceInEditor('  selector:\n    app: nginx', '  selector:\n    app: nginx\n    selecter: x');
    await expect(page.getByTestId('problem-counts')).toContainText('0 errors');
  });

  test('a YAML syntax error marks one line: the list, the marker and the words agree, and monaco-yaml adds no other squiggle', async ({ playground, page }) => {
    await playground.open();
    await playground.editorReady();
    // First let the editor's own YAML checks mark something (a misspelt key), so they are known to be running.
    await playground.replaceInEditor('  selector:\n    app: nginx', '  selecter:\n    app: nginx');
    const squiggles = page.locator('[data-testid="monaco"] .squiggly-error');
    await expect(page.getByTestId('problem-counts')).toContainText('1 error,');
    await playground.goToLine(12);
    await page.locator('[data-testid="monaco"] .view-line').filter({ hasText: 'selecter:' }).locator('span', { hasText: 'selecter' }).first().hover();
    await expect(page.locator('.monaco-hover').filter({ hasText: 'Property selecter is not allowed' })).toBeVisible({ timeout: 15_000 });
    await playground.closeHover();
    // Now a key outdented from its mapping on line 17: go-yaml's message says line 16.
    await playground.replaceInEditor('    targetPort: 80\n---', '    targetPort: 80\n bad: [1\n---');
    const problem = page.getByTestId('problem').filter({ hasText: 'error converting YAML to JSON: yaml: line 16: did not find expected key' });
    await expect(problem).toBeVisible();
    await expect(problem).toContainText('line 17, col 2');
    await expect(problem.getByTestId('problem-aside')).toHaveText(/says line 16: .* on line 17/);
    await expect(page.locator('[data-testid="problem"].error')).toHaveCount(1);
    // One squiggle, on line 17: monaco-yaml's markers (the misspelt key's, its own syntax errors) are gone.
    await playground.goToLine(17);
    await expect(squiggles).toHaveCount(1);
    const bad = page.locator('[data-testid="monaco"] .view-line').filter({ hasText: 'bad: [1' });
    // Measured together once the editor has stopped scrolling to line 17.
    await expect.poll(async () => {
      const [squiggleBox, lineBox] = [await squiggles.boundingBox(), await bad.boundingBox()];
      return Math.abs((squiggleBox?.y ?? 0) + (squiggleBox?.height ?? 0) / 2 - ((lineBox?.y ?? 0) + (lineBox?.height ?? 0) / 2)) < (lineBox?.height ?? 19) / 2;
    }).toBe(true);
  });

  test("the article's mysql container is kept as written, with a warning at its image that it would not start for real", async ({ playground, page }) => {
    await playground.open('/?lang=en');
    const problem = page.getByTestId('problem').filter({ hasText: 'the mysql image exits on its first start unless MYSQL_ROOT_PASSWORD' });
    await expect(problem).toContainText('"Database is uninitialized and password option is not specified"');
    await expect(problem).toContainText('line 70, col 9');
    await expect(page.getByTestId('problem-counts')).toContainText('0 errors, 1 warning');
    await page.getByTestId('model-info').locator('summary').click();
    await expect(page.getByTestId('model-containers')).toHaveText(/Containers are assumed to start, become ready and listen on their declared ports/);
    await page.getByTestId('language-zh-CN').click();
    await expect(page.getByTestId('problem').filter({ hasText: 'mysql 镜像第一次启动时' })).toContainText('Database is uninitialized and password option is not specified');
    await expect(page.getByTestId('model-containers')).toContainText('假定容器都能启动、变为就绪，并在声明的端口上监听');
    await page.getByTestId('language-en').click();
    // Setting a root password (from a Secret, as the warning suggests) clears it.
    await playground.editorReady();
    await playground.replaceInEditor('        image: mysql:8.0\n', '        image: mysql:8.0\n        env:\n        - name: MYSQL_ROOT_PASSWORD\n          valueFrom:\n            secretKeyRef: {name: mysql, key: root}\n');
    await expect(page.getByTestId('problem-counts')).toContainText('0 errors, 0 warnings');
  });
});
