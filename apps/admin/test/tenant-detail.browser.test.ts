import { rm } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TxtDnsServer } from '../../api/test/dns-server.js';
import { startTestApi, type TestApi } from '../../api/test/harness.js';
import { buildConsole } from './support/buildConsole';
import { launchChromium } from './support/chromium';
import { graphqlRequest, signInToken } from './support/graphqlRequest';

/** The tenant detail page and its tabs: lifecycle, API keys, theme, feature flags, custom domain. */

const CLINIC = {
  name: 'Harbor Vets',
  slug: 'harbor-vets',
  domain: 'harborvets.example',
  contact_email: 'desk@harborvets.example',
  billing_plan: 'professional',
  custom_branding: true,
  api_access: true,
};

interface StoredTenant {
  status: string;
  suspension_reason: string | null;
  theme_json: string | null;
  features_json: string | null;
  domain_verified: boolean;
  domain_verification_token: string | null;
}

let consoleDir: string;
let api: TestApi;
let dns: TxtDnsServer;
let browser: Browser;
let page: Page;
let adminToken: string;
let tenantId: string;
const pageErrors: string[] = [];

const button = (name: string, scope: Page | Locator = page) =>
  scope.getByRole('button', { name, exact: true });
const textbox = (name: string, scope: Page | Locator = page) =>
  scope.getByRole('textbox', { name, exact: true });
const checkbox = (name: string) => page.getByRole('checkbox', { name, exact: true });

async function visible(locator: Locator): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible' });
  return locator;
}

/** The error shown under a field, through its aria-describedby. */
async function fieldError(control: Locator): Promise<string | null> {
  if ((await control.getAttribute('aria-invalid')) !== 'true') return null;
  const ids = (await control.getAttribute('aria-describedby'))?.split(' ') ?? [];
  const errorId = ids.find((id) => id.endsWith('-error'));
  return errorId ? page.locator(`[id="${errorId}"]`).textContent() : null;
}

/** The hint beside a checkbox. */
async function checkboxHint(name: string): Promise<string | null> {
  const id = await checkbox(name).getAttribute('aria-describedby');
  return id ? page.locator(`[id="${id}"]`).textContent() : null;
}

async function storedTenant(): Promise<StoredTenant> {
  const data = await graphqlRequest<{ tenant: StoredTenant }>(
    api.url,
    `query($id: ID!) { tenant(id: $id) {
      status suspension_reason theme_json features_json domain_verified domain_verification_token
    } }`,
    { id: tenantId },
    adminToken,
  );
  return data.tenant;
}

const statusBadge = () => page.locator('.page-header__meta .badge');

/** Opens one of the tenant page's tabs and waits for it to be the current one. */
async function openTab(name: string): Promise<void> {
  const tab = page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name });
  await tab.click();
  await expect.poll(() => tab.getAttribute('aria-current')).toBe('page');
}

beforeAll(async () => {
  consoleDir = await buildConsole();
  dns = new TxtDnsServer();
  api = await startTestApi({ adminStaticDir: consoleDir, env: { DNS_SERVERS: await dns.start() } });
  adminToken = await signInToken(api.url, api.admin.email, api.admin.password);
  const created = await graphqlRequest<{ createTenant: { id: string } }>(
    api.url,
    'mutation ($input: CreateTenantInput!) { createTenant(input: $input) { id } }',
    { input: CLINIC },
    adminToken,
  );
  tenantId = created.createTenant.id;

  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: api.url });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await page.goto(`${api.url}/admin/tenants/${tenantId}`);
  await textbox('E-mail').fill(api.admin.email);
  await page.getByLabel('Password').fill(api.admin.password);
  await button('Sign in').click();
  await visible(page.getByRole('heading', { name: CLINIC.name, level: 1 }));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await dns?.stop();
  if (consoleDir) await rm(consoleDir, { recursive: true, force: true });
});

describe('tenant detail', () => {
  it('suspends with a required reason, shows it, and activates again', async () => {
    expect(await statusBadge().textContent()).toBe('Active');

    await button('Suspend').click();
    const dialog = page.getByRole('dialog', { name: `Suspend ${CLINIC.name}?` });
    await visible(dialog);
    await button('Suspend tenant', dialog).click();
    await expect.poll(() => fieldError(textbox('Reason', dialog))).toMatch(/reason is required/);
    expect((await storedTenant()).status).toBe('active');

    await textbox('Reason', dialog).fill('Payment overdue');
    await button('Suspend tenant', dialog).click();
    await dialog.waitFor({ state: 'hidden' });
    await visible(page.getByRole('status').filter({ hasText: `Suspended ${CLINIC.name}.` }));
    expect(await statusBadge().textContent()).toBe('Suspended');
    expect(await page.getByRole('note', { name: 'Suspension' }).textContent()).toContain(
      'Payment overdue',
    );
    expect(await storedTenant()).toMatchObject({
      status: 'suspended',
      suspension_reason: 'Payment overdue',
    });

    await button('Activate').click();
    const activate = page.getByRole('dialog', { name: `Activate ${CLINIC.name}?` });
    await button('Activate tenant', activate).click();
    await activate.waitFor({ state: 'hidden' });
    await expect.poll(() => statusBadge().textContent()).toBe('Active');
    expect(await page.getByRole('note', { name: 'Suspension' }).count()).toBe(0);
    expect(await storedTenant()).toMatchObject({ status: 'active', suspension_reason: null });
  });

  it('shows a new API key once, then only its prefix, and revokes it after confirmation', async () => {
    await openTab('Settings');
    const section = page.getByRole('region', { name: 'API keys' });
    await button('Create key', section).click();
    expect(await fieldError(textbox('Key name', section))).toMatch(/Name the key/);

    await textbox('Key name', section).fill('Front desk');
    await button('Create key', section).click();
    const notice = await visible(page.getByRole('region', { name: 'New API key' }));
    const key = await textbox('API key', notice).inputValue();
    expect(key).toMatch(new RegExp(`^vck_${tenantId}_[0-9a-f]{8}_`));
    const prefix = key.split('_')[2]!;
    await button('Copy', notice).click();
    await visible(notice.getByText('Copied to the clipboard.'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);

    await button('Done', notice).click();
    const row = section.getByRole('row', { name: /Front desk/ });
    await visible(row);
    expect(await row.textContent()).toContain(prefix);
    expect(await page.content()).not.toContain(key);
    await page.reload();
    await visible(row);
    expect(await page.content()).not.toContain(key);

    await button('Revoke Front desk', section).click();
    const dialog = page.getByRole('dialog', { name: /Front desk/ });
    await button('Revoke key', dialog).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => row.textContent()).toMatch(/Revoked/);
    expect(await button('Revoke Front desk', section).count()).toBe(0);
  });

  it('edits a theme color with the API’s rules', async () => {
    await openTab('Settings');
    const theme = page.getByRole('form', { name: 'Theme' });
    await textbox('Primary color', theme).fill('teal');
    await button('Save theme', theme).click();
    expect(await fieldError(textbox('Primary color', theme))).toMatch(/six-digit hex/);
    expect((await storedTenant()).theme_json).toBeNull();

    await textbox('Primary color', theme).fill('#1A5E63');
    await theme.getByRole('checkbox', { name: 'Dark mode' }).check();
    await button('Save theme', theme).click();
    await visible(theme.getByRole('status').filter({ hasText: 'Theme saved.' }));
    expect(JSON.parse((await storedTenant()).theme_json ?? 'null')).toEqual({
      primary_color: '#1a5e63',
      dark_mode: true,
    });
  });

  it('edits feature flags, saying which the plan does not include', async () => {
    await openTab('Settings');
    expect(await checkboxHint('Telemedicine')).toMatch(
      /Not in the Professional plan \(needs Enterprise\)/,
    );
    expect(await checkboxHint('Inventory')).toBe('On for the clinic');

    await checkbox('Inventory').uncheck();
    await checkbox('Telemedicine').check();
    await button('Save feature flags').click();
    await visible(page.getByRole('status').filter({ hasText: 'Feature flags saved.' }));
    await expect.poll(() => checkboxHint('Inventory')).toBe('Off for the clinic');
    expect(JSON.parse((await storedTenant()).features_json ?? 'null')).toEqual({
      inventory: false,
      telemedicine: true,
    });
  });

  it('shows the TXT record for the custom domain, and verifies it once published', async () => {
    await openTab('Settings');
    const section = page.getByRole('region', { name: 'Custom domain' });
    const { domain_verification_token: token } = await storedTenant();
    await visible(section.getByText('Not verified'));
    await visible(section.getByText(`_vetcares.${CLINIC.domain}`));
    await visible(section.getByText(token!));

    await button('Verify domain', section).click();
    await visible(
      section.getByRole('alert').filter({ hasText: `no TXT record at _vetcares.${CLINIC.domain}` }),
    );

    dns.records.set(`_vetcares.${CLINIC.domain}`, [token!]);
    await button('Verify domain', section).click();
    await visible(section.getByText('Verified', { exact: true }));
    expect((await storedTenant()).domain_verified).toBe(true);
  });

  it("counts the clinic's data against its limits", async () => {
    await openTab('Overview');
    const section = page.getByRole('region', { name: 'Clinic data' });
    const row = (label: string) =>
      section.locator('.facts__row', { has: page.getByText(label, { exact: true }) });
    await visible(row('Staff'));
    expect(await row('Staff').locator('dd').textContent()).toBe('0 of 25');
    expect(await row('Clients').locator('dd').textContent()).toBe('0 of 5,000');
    expect(await row('Revenue').locator('dd').textContent()).toBe('$0.00');
  });

  it('lists deleted tenants only under their own status filter', async () => {
    await button('Delete').click();
    await button('Delete tenant', page.getByRole('dialog')).click();
    await visible(page.getByRole('status').filter({ hasText: `Deleted ${CLINIC.name}.` }));
    expect(await page.getByText(CLINIC.name, { exact: true }).count()).toBe(0);

    await page.getByRole('combobox', { name: 'Status' }).selectOption('deleted');
    const row = page.getByRole('row', { name: new RegExp(CLINIC.name) });
    await visible(row);
    expect(await row.locator('.badge').textContent()).toBe('Deleted');
    expect(await row.getByRole('link').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
