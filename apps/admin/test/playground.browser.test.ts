import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../api/test/harness.js';
import { launchChromium } from './support/chromium';

let api: TestApi;
let browser: Browser;

beforeAll(async () => {
  api = await startTestApi();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe('the GraphQL playground', () => {
  it('loads from the project alone, signs in for an admin token, and runs a query with it', async () => {
    const page = await browser.newPage();
    const offsite: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(api.url)) offsite.push(request.url());
    });
    await page.goto(`${api.url}/playground`);
    await page.getByLabel('E-mail').fill(api.admin.email);
    await page.getByLabel('Password').fill(api.admin.password);
    await page.getByRole('button', { name: 'Use admin token' }).click();
    // A password hash on a loaded machine can take longer than expect.poll's default second.
    await expect
      .poll(() => page.locator('#signin-status').textContent(), { timeout: 15_000 })
      .toContain('Signed in');

    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => page.locator('.graphiql-response').textContent(), { timeout: 15_000 })
      .toContain('totalCount');
    expect(await page.locator('.graphiql-response').textContent()).not.toContain('UNAUTHENTICATED');
    // The schema explorer loaded too: introspection passed the operation limits.
    await page
      .getByRole('button', { name: /documentation/i })
      .first()
      .click();
    await expect
      .poll(() => page.locator('.graphiql-doc-explorer').textContent())
      .toContain('Query');
    expect(offsite).toEqual([]);
  });
});
