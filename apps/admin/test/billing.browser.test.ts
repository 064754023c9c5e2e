import { rm } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../api/src/core/clock.js';
import { systemAdmin } from '../../api/test/factories.js';
import { startTestApi, type TestApi } from '../../api/test/harness.js';
import { buildConsole } from './support/buildConsole';
import { launchChromium } from './support/chromium';
import { graphqlRequest, signInToken } from './support/graphqlRequest';

/** The Billing tab: plan change with its proration preview, the new limits, invoices; the Plans page. */

let consoleDir: string;
let api: TestApi;
let browser: Browser;
let page: Page;
let tenantId: string;
const pageErrors: string[] = [];
// The trial ended on June 1st; half of June has gone by. (A June ahead of the real date: the
// console judges its access token by the browser's clock.)
const clock = new ManualClock('2027-06-01T00:00:00.000Z');

const button = (name: string, scope: Page | Locator = page) =>
  scope.getByRole('button', { name, exact: true });

async function visible(locator: Locator): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible' });
  return locator;
}

async function openTab(name: string): Promise<void> {
  const tab = page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name });
  await tab.click();
  await expect.poll(() => tab.getAttribute('aria-current')).toBe('page');
}

beforeAll(async () => {
  consoleDir = await buildConsole();
  api = await startTestApi({ adminStaticDir: consoleDir, clock, env: { JOBS_ENABLED: 'false' } });
  const token = await signInToken(api.url, api.admin.email, api.admin.password);
  const created = await graphqlRequest<{ createTenant: { id: string } }>(
    api.url,
    'mutation ($input: CreateTenantInput!) { createTenant(input: $input) { id } }',
    {
      input: {
        name: 'Willow Vets',
        slug: 'willow-vets',
        contact_email: 'desk@willowvets.example',
        billing_plan: 'basic',
        status: 'active',
      },
    },
    token,
  );
  tenantId = created.createTenant.id;
  const billing = api.app.services.billing;
  await billing.ensure(tenantId);
  await billing.setTrialDays(await systemAdmin(api.app), tenantId, 0);
  await billing.runCycle();
  clock.set('2027-06-16T00:00:00.000Z');

  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${api.url}/admin/tenants/${tenantId}`);
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(api.admin.email);
  await page.getByLabel('Password').fill(api.admin.password);
  await button('Sign in').click();
  await visible(page.getByRole('heading', { name: 'Willow Vets', level: 1 }));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  if (consoleDir) await rm(consoleDir, { recursive: true, force: true });
});

describe('billing in the console', () => {
  it('shows usage against limits on the overview', async () => {
    const bars = await visible(page.getByRole('region', { name: 'Usage against limits' }));
    await expect.poll(() => bars.textContent()).toMatch(/Staff0 of 10/);
    expect(await bars.textContent()).toMatch(/Clients0 of 1,000/);
    expect(await bars.getByRole('progressbar').count()).toBe(3);
  });

  it('changes the plan after showing the proration preview, and shows the new limits', async () => {
    await openTab('Billing');
    await visible(page.getByTestId('billing-plan'));
    expect(await page.getByTestId('billing-plan').textContent()).toBe('basic');
    expect(await page.getByTestId('billing-status').textContent()).toBe('active');
    await button('Change plan').click();
    const dialog = page.getByRole('dialog', { name: 'Change plan' });
    await dialog.getByLabel('New plan').selectOption('professional');
    const preview = await visible(dialog.getByRole('region', { name: 'Proration preview' }));
    // Half of June left: $39.50 for professional less $14.50 unused basic.
    await expect.poll(() => preview.textContent()).toMatch(/charge \$39\.50/);
    expect(await preview.textContent()).toMatch(/credit \$14\.50/);
    expect(await dialog.getByTestId('amount-due').textContent()).toBe('$25.00');
    expect(await dialog.getByTestId('new-limits').textContent()).toBe(
      'New limits: 25 staff, 5,000 clients, 50 GB storage',
    );
    await button('Change plan', dialog).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('billing-plan').textContent()).toBe('professional');
    expect(await page.getByTestId('billing-limits').textContent()).toBe(
      '25 staff, 5,000 clients, 50 GB storage',
    );
    const rows = page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(3); // header, the period, the proration
    expect(await page.getByRole('table').textContent()).toMatch(/\$25\.00/);
  });

  it('views an invoice and records a manual payment', async () => {
    const row = page.getByRole('row').filter({ hasText: '$25.00' });
    await button('View', row).click();
    const dialog = page.getByRole('dialog', { name: /^Invoice VC-/ });
    const frame = page.frameLocator('iframe.invoice-frame');
    await visible(frame.getByText('Unused time on the Basic plan'));
    await button('Cancel', dialog).click();

    await button('Record payment', row).click();
    const payment = page.getByRole('dialog', { name: /^Record a payment/ });
    await payment.getByLabel(/Reference/).fill('bank transfer 7');
    await button('Record payment', payment).click();
    await payment.waitFor({ state: 'hidden' });
    await expect.poll(() => row.textContent()).toMatch(/paid/);
    expect(pageErrors).toEqual([]);
  });

  it('lists the catalog on the Plans page', async () => {
    await page.getByRole('link', { name: 'Plans', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Plans', level: 1 }));
    const professional = page.getByRole('region', { name: 'Professional plan' });
    expect(await professional.textContent()).toMatch(/Up to 25 staff members/);
    expect(await professional.textContent()).toMatch(/\$79\.00 · €73\.00 · £63\.00 · CA\$109\.00/);
  });
});
