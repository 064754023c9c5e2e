import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, createClinicTenant } from '../../api/test/clinic-factories.js';
import { createTenant, systemAdmin } from '../../api/test/factories.js';
import { startTestApi, type TestApi } from '../../api/test/harness.js';
import { buildConsole } from './support/buildConsole';
import { launchChromium } from './support/chromium';

/** The overview dashboard and the tenant's analytics: live figures and charts. */

let consoleDir: string;
let screenshotDir: string;
let api: TestApi;
let browser: Browser;
let page: Page;
let tenantId: string;
let apiKey: string;
const pageErrors: string[] = [];

async function visible(locator: Locator): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible' });
  return locator;
}

const tileValue = (label: string) =>
  page.getByRole('region', { name: label, exact: true }).locator('.tile__value').textContent();

const asNumber = (text: string | null) => Number((text ?? '').replace(/[^0-9.]/g, ''));

async function track(count: number): Promise<void> {
  const response = await fetch(`${api.url}/api/usage/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
    body: JSON.stringify({ event: 'report_generated', count }),
  });
  expect(response.status).toBe(202);
}

beforeAll(async () => {
  consoleDir = await buildConsole();
  screenshotDir = await mkdtemp(path.join(os.tmpdir(), 'vetcares-dashboard-'));
  api = await startTestApi({ adminStaticDir: consoleDir });
  const tenant = await createClinicTenant(api.app, {
    name: 'Lakeside Vets',
    billing_plan: 'professional',
  });
  tenantId = tenant.id;
  apiKey = await createApiKey(api, tenantId);

  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await page.goto(`${api.url}/admin/`);
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(api.admin.email);
  await page.getByLabel('Password').fill(api.admin.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await visible(page.getByRole('heading', { name: 'Overview', level: 1 }));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  if (consoleDir) await rm(consoleDir, { recursive: true, force: true });
  // Screenshots stay in the temporary folder for a look after a run.
});

describe('the overview dashboard', () => {
  it('is the home page, says it is live, and changes as usage is tracked and tenants are added', async () => {
    expect(new URL(page.url()).pathname).toMatch(/^\/admin\/?$/);
    await expect
      .poll(() => page.getByRole('status', { name: 'Live updates' }).textContent())
      .toBe('Live');
    await expect.poll(async () => asNumber(await tileValue('Events today'))).toBe(0);

    await track(1234);
    await expect.poll(async () => asNumber(await tileValue('Events today'))).toBe(1234);
    await track(66);
    await expect.poll(async () => asNumber(await tileValue('Events today'))).toBe(1300);

    const tenantsBefore = asNumber(await tileValue('Tenants'));
    const enterprise = await createTenant(api.app, {
      status: 'active',
      billing_plan: 'enterprise',
    });
    await expect.poll(async () => asNumber(await tileValue('Tenants'))).toBe(tenantsBefore + 1);
    // MRR counts paying subscriptions (trials count nothing): end both trials and bill them,
    // then track an event so the live feed sends its next update (79 + 199 USD).
    const admin = await systemAdmin(api.app);
    for (const id of [tenantId, enterprise.id]) {
      await api.app.services.billing.setTrialDays(admin, id, 0);
    }
    await api.app.services.billing.runCycle();
    await track(1);
    await expect.poll(() => tileValue('MRR')).toBe('$278.00');

    for (const chart of ['Platform usage per day', 'New and churned tenants']) {
      await visible(page.getByRole('figure', { name: chart }).locator('svg'));
    }
    await page.screenshot({ path: path.join(screenshotDir, 'dashboard.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});

describe("the tenant's analytics", () => {
  it('charts usage, revenue, response time and error rate, with a period switcher, and shows usage today live', async () => {
    await page.goto(`${api.url}/admin/tenants/${tenantId}`);
    const today = page.getByRole('region', { name: 'Usage today' });
    await visible(today);
    // 1,300, and the one that woke the MRR update above.
    await expect.poll(() => today.textContent()).toMatch(/Usage events1,301/);
    await track(5);
    await expect.poll(() => today.textContent()).toMatch(/Usage events1,306/);

    const tab = page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', {
      name: 'Analytics',
    });
    await tab.click();
    await visible(page.getByRole('heading', { name: 'Analytics', level: 2 }));
    for (const chart of [
      'Usage trends',
      'Revenue (USD)',
      'Mean response time (ms)',
      'Error rate (%)',
    ]) {
      await visible(page.getByRole('figure', { name: chart }).locator('svg'));
    }
    const sevenDays = page
      .getByRole('group', { name: 'Period' })
      .getByRole('button', { name: '7 days' });
    await sevenDays.click();
    await expect.poll(() => sevenDays.getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(() =>
        page
          .getByRole('figure', { name: 'Usage trends' })
          .locator('.recharts-xAxis .recharts-cartesian-axis-tick')
          .count(),
      )
      .toBeLessThanOrEqual(7);
    await page.screenshot({ path: path.join(screenshotDir, 'analytics.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
