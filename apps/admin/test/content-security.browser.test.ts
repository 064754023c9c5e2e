import { rm } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../api/test/harness.js';
import { buildConsole } from './support/buildConsole';
import { launchChromium } from './support/chromium';

/**
 * The console and the playground under their Content-Security-Policy in a real Chromium: both
 * work (sign in, query, live subscription over the websocket) and the browser reports no
 * violation of the policy.
 */

let consoleDir: string;
let api: TestApi;
let browser: Browser;

beforeAll(async () => {
  consoleDir = await buildConsole();
  api = await startTestApi({ adminStaticDir: consoleDir });
  browser = await launchChromium();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await api?.stop();
  if (consoleDir) await rm(consoleDir, { recursive: true, force: true });
});

/** A page that records every CSP violation the browser reports, as events and console errors. */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  const violations: string[] = [];
  await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void })
        .__reportCspViolation;
      report(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
  return { page, violations };
}

describe('Content-Security-Policy', () => {
  it('lets the playground sign in, query, introspect and subscribe with no violation', async () => {
    const { page, violations } = await watchedPage();
    const response = await page.goto(`${api.url}/playground`);
    expect(response!.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);

    await page.getByLabel('E-mail').fill(api.admin.email);
    await page.getByLabel('Password').fill(api.admin.password);
    await page.getByRole('button', { name: 'Use admin token' }).click();
    await expect
      .poll(() => page.locator('#signin-status').textContent(), { timeout: 15_000 })
      .toContain('Signed in');
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => page.locator('.graphiql-response').textContent(), { timeout: 15_000 })
      .toContain('totalCount');

    // A subscription runs over the websocket (connect-src 'self' covers ws: to this host).
    await page.evaluate(() => {
      const editor = document.querySelector('.graphiql-query-editor .CodeMirror') as unknown as {
        CodeMirror: { setValue(value: string): void };
      };
      // Named like the default query: GraphiQL may still send the name it parsed last.
      editor.CodeMirror.setValue('subscription Tenants { systemUsageUpdated { day } }');
    });
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => page.locator('.graphiql-response').textContent(), { timeout: 15_000 })
      .toContain('systemUsageUpdated');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('lets the console sign in and show its pages with no violation', async () => {
    const { page, violations } = await watchedPage();
    const response = await page.goto(`${api.url}/admin/tenants`);
    expect(response!.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(api.admin.email);
    await page.getByLabel('Password').fill(api.admin.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Tenants', level: 1 }).waitFor();
    for (const link of ['Dashboard', 'Security log', 'Incidents']) {
      const target = page.getByRole('link', { name: link, exact: true });
      if ((await target.count()) === 0) continue;
      await target.first().click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }
    expect(violations).toEqual([]);
    await page.close();
  });
});
