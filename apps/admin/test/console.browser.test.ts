import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildConsole } from './support/buildConsole';
import { launchChromium } from './support/chromium';
import { graphqlRequest, signInToken } from './support/graphqlRequest';
import { followPageSubscriptions } from './support/pageSubscriptions';
import { startTestApi, type TestApi } from '../../api/test/harness.js';
import { listeningIn, type ListeningSignal } from '../../api/test/subscription-listening.js';

// The spec's own example tenant.
const PETS = {
  name: 'Pets R Us Clinic',
  slug: 'petsrus',
  domain: 'petsrus.com',
  billing_plan: 'professional',
  contact_email: 'contact@petsrus.com',
  contact_phone: '+1-555-123-4567',
  address: '123 Main St, City, State 12345',
  timezone: 'America/New_York',
  currency: 'USD',
  language: 'en',
  max_staff: '25',
  max_clients: '5000',
  max_storage_gb: '50',
};

let consoleDir: string;
let screenshotDir: string;
let api: TestApi;
let browser: Browser;
let page: Page;
let listening: ListeningSignal & { stop: () => void };
let tenantChanges: ReturnType<typeof followPageSubscriptions>;
const pageErrors: string[] = [];

const consoleUrl = (route = '') => `${api.url}/admin${route}`;
const textbox = (name: string) => page.getByRole('textbox', { name, exact: true });
const combobox = (name: string) => page.getByRole('combobox', { name, exact: true });
const button = (name: string) => page.getByRole('button', { name, exact: true });
const link = (name: string) => page.getByRole('link', { name, exact: true });

/** Playwright-core has no web-first assertions; this waits for a locator to show up. */
async function visible(locator: Locator): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible' });
  return locator;
}

async function fieldError(name: string): Promise<string | null> {
  const input = page.getByRole('textbox', { name, exact: true });
  if ((await input.getAttribute('aria-invalid')) !== 'true') return null;
  const ids = (await input.getAttribute('aria-describedby'))?.split(' ') ?? [];
  const errorId = ids.find((id) => id.endsWith('-error'));
  return errorId ? page.locator(`[id="${errorId}"]`).textContent() : null;
}

/** The value shown beside a label on the tenant's detail page. */
function fact(label: string): Promise<string | null> {
  const row = page.locator('.facts__row', { has: page.getByText(label, { exact: true }) });
  return row.locator('dd').textContent();
}

beforeAll(async () => {
  consoleDir = await buildConsole();
  screenshotDir = await mkdtemp(path.join(os.tmpdir(), 'vetcares-console-screenshots-'));
  api = await startTestApi({ adminStaticDir: consoleDir });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  listening = listeningIn(api.app);
  tenantChanges = followPageSubscriptions(page, 'tenantChanged');
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 240_000);

afterAll(async () => {
  listening?.stop();
  await browser?.close();
  await api?.stop();
  if (consoleDir) await rm(consoleDir, { recursive: true, force: true });
});

beforeEach(({ onTestFailed, task }) => {
  onTestFailed(async () => {
    const file = path.join(screenshotDir, `${task.name.replace(/[^a-z0-9]+/gi, '-')}.png`);
    await page?.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    console.error(
      `Screenshot: ${file}\nURL: ${page?.url()}\nPage errors: ${pageErrors.join('\n')}`,
    );
  });
});

describe('admin console', () => {
  it('sends a signed-out visitor to sign in, then back where they were going', async () => {
    await page.goto(consoleUrl('/tenants?status=active'));
    await visible(page.getByRole('heading', { name: 'VetCares Admin' }));

    await textbox('E-mail').fill(api.admin.email);
    await page.getByLabel('Password').fill('not-the-password');
    await button('Sign in').click();
    await visible(page.getByRole('alert').filter({ hasText: 'Wrong e-mail or password' }));

    await page.getByLabel('Password').fill(api.admin.password);
    await button('Sign in').click();
    await visible(page.getByRole('heading', { name: 'Tenants', level: 1 }));
    expect(new URL(page.url()).search).toBe('?status=active');
    await visible(page.getByText(api.admin.email));
  });

  it('shows validation errors inline, next to their fields', async () => {
    await page.goto(consoleUrl('/tenants/new'));
    await visible(page.getByRole('heading', { name: 'New tenant', level: 1 }));

    await textbox('Slug').fill('Bad_Slug-');
    await textbox('Contact e-mail').fill('not-an-email');
    await textbox('Contact phone').fill('call me');
    await textbox('Theme (JSON)').fill('[1, 2]');
    await textbox('Max staff').fill('-3');
    await button('Create tenant').click();

    await visible(
      page.getByRole('alert').filter({ hasText: 'Please fix the highlighted fields.' }),
    );
    expect(await fieldError('Name')).toMatch(/required/);
    expect(await fieldError('Slug')).toMatch(/lowercase letters/);
    expect(await fieldError('Contact e-mail')).toMatch(/e-mail address/);
    expect(await fieldError('Contact phone')).toMatch(/\+1-555-123-4567/);
    expect(await fieldError('Theme (JSON)')).toMatch(/JSON object/);
    expect(await fieldError('Max staff')).toMatch(/whole number/);
    // Focus goes to the first field to fix, so keyboard users land on it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('name');

    await textbox('Slug').fill('admin');
    await textbox('Slug').blur();
    expect(await fieldError('Slug')).toMatch(/reserved/);
  });

  it('creates the spec tenant, with plan defaults shown for empty limits', async () => {
    await page.goto(consoleUrl('/tenants/new'));
    await textbox('Name').fill(PETS.name);
    await textbox('Slug').fill(PETS.slug);
    await visible(page.getByText(`“${PETS.slug}” is available.`));
    await textbox('Custom domain').fill(PETS.domain);
    await textbox('Contact e-mail').fill(PETS.contact_email);
    await textbox('Contact phone').fill(PETS.contact_phone);
    await textbox('Address').fill(PETS.address);
    await combobox('Time zone').selectOption(PETS.timezone);
    await combobox('Currency').selectOption(PETS.currency);
    await combobox('Language').selectOption(PETS.language);
    await combobox('Billing plan').selectOption(PETS.billing_plan);
    await expect.poll(() => textbox('Max clients').getAttribute('placeholder')).toBe('5,000');
    await textbox('Max staff').fill(PETS.max_staff);
    await textbox('Max clients').fill(PETS.max_clients);
    await textbox('Max storage (GB)').fill(PETS.max_storage_gb);
    await page.getByRole('checkbox', { name: 'Custom branding' }).check();
    await page.getByRole('checkbox', { name: 'API access' }).check();
    expect(await page.getByRole('checkbox', { name: 'SSO enabled' }).isChecked()).toBe(false);
    await button('Create tenant').click();

    await visible(page.getByRole('heading', { name: PETS.name, level: 1 }));
    await visible(page.getByRole('status').filter({ hasText: `Created ${PETS.name}.` }));
    expect(await fact('Billing plan')).toBe('Professional');
    expect(await fact('Max staff')).toBe('25');
    expect(await fact('Max clients')).toBe('5,000');
    expect(await fact('Max storage (GB)')).toBe('50');
    expect(await fact('Contact e-mail')).toBe(PETS.contact_email);
    expect(await fact('Contact phone')).toBe(PETS.contact_phone);
    expect(await fact('Address')).toBe(PETS.address);
    expect(await fact('Time zone')).toBe(PETS.timezone);
    expect(await fact('Custom branding')).toBe('Yes');
    expect(await fact('SSO enabled')).toBe('No');
    expect(await fact('API access')).toBe('Yes');
  });

  it('says a taken slug is taken, live and as a server field error', async () => {
    await page.goto(consoleUrl('/tenants/new'));
    await textbox('Slug').fill(PETS.slug);
    await visible(page.getByRole('status').filter({ hasText: /taken/ }));

    await textbox('Name').fill('Pets Again');
    await textbox('Contact e-mail').fill('again@petsrus.com');
    await button('Create tenant').click();
    await expect.poll(() => fieldError('Slug')).toMatch(/taken/);
    // Editing the field clears the server's verdict on the old value.
    await textbox('Slug').fill('pets-again');
    await expect.poll(() => fieldError('Slug')).toBeNull();
  });

  it('keeps list search, filter and sort in the URL, and updates live', async () => {
    await link('Tenants').click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('pets');
    await expect.poll(() => new URL(page.url()).searchParams.get('search')).toBe('pets');
    await visible(link(PETS.name));

    await page.reload();
    await visible(link(PETS.name));
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('pets');

    await combobox('Status').selectOption('suspended');
    await visible(page.getByText('No tenants match.'));
    await page.goBack();
    await visible(link(PETS.name));

    await page.getByRole('button', { name: 'Name' }).click();
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe('?search=pets&sortBy=name&sortOrder=asc');

    // Another admin creates a matching tenant: the subscription brings it in without a reload,
    // once it listens (a change published before then would never reach the page).
    await listening(await tenantChanges.open());
    const token = await signInToken(api.url, api.admin.email, api.admin.password);
    await graphqlRequest(
      api.url,
      'mutation ($input: CreateTenantInput!) { createTenant(input: $input) { id } }',
      { input: { name: 'Petsville Vets', slug: 'petsville', contact_email: 'hi@petsville.com' } },
      token,
    );
    await visible(link('Petsville Vets'));
  });

  it('edits the tenant and shows the change', async () => {
    await link(PETS.name).click();
    await visible(page.getByRole('heading', { name: PETS.name, level: 1 }));
    await link('Edit').click();
    await visible(page.getByRole('heading', { name: `Edit ${PETS.name}` }));
    expect(await textbox('Max staff').inputValue()).toBe(PETS.max_staff);

    await combobox('Billing plan').selectOption('enterprise');
    // Limits not typed into follow the new plan, as the API will apply them.
    expect(await textbox('Max clients').inputValue()).toBe('');
    expect(await textbox('Max storage (GB)').inputValue()).toBe('500');
    await textbox('Max staff').fill('50');
    await textbox('Max storage (GB)').fill(''); // empty = unlimited
    await button('Save changes').click();

    await visible(page.getByRole('status').filter({ hasText: 'Changes saved.' }));
    expect(await fact('Billing plan')).toBe('Enterprise');
    expect(await fact('Max staff')).toBe('50');
    expect(await fact('Max clients')).toBe('Unlimited');
    expect(await fact('Max storage (GB)')).toBe('Unlimited');
  });

  it('deletes only after confirmation, then returns to the list', async () => {
    await button('Delete').click();
    const dialog = page.getByRole('dialog', { name: `Delete ${PETS.name}?` });
    await visible(dialog);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await visible(page.getByRole('heading', { name: PETS.name, level: 1 }));
    // Focus returns to the button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Delete');

    await button('Delete').click();
    await dialog.getByRole('button', { name: 'Delete tenant' }).click();
    await visible(page.getByRole('status').filter({ hasText: `Deleted ${PETS.name}.` }));
    expect(new URL(page.url()).pathname).toBe('/admin/tenants');
    await visible(link('Petsville Vets'));
    expect(await link(PETS.name).count()).toBe(0);

    await page.getByRole('searchbox', { name: 'Search' }).fill(PETS.slug);
    await visible(page.getByText('No tenants match.'));
  });

  it('signs out, and a signed-out session is not restored by reloading', async () => {
    await button('Sign out').click();
    await visible(button('Sign in'));

    // The refresh cookie's session ended on the server: a reload finds nothing to resume.
    await page.goto(consoleUrl('/tenants/new'));
    await visible(button('Sign in'));
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    await textbox('E-mail').fill(api.admin.email);
    await page.getByLabel('Password').fill(api.admin.password);
    await button('Sign in').click();
    await visible(page.getByRole('heading', { name: 'New tenant', level: 1 }));
    expect(pageErrors).toEqual([]);
  });
});
