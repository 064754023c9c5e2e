import { readFile, rm } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClinicTenant } from '../../api/test/clinic-factories.js';
import { startTestApi, type TestApi } from '../../api/test/harness.js';
import { buildConsole } from './support/buildConsole';
import { launchChromium } from './support/chromium';
import { graphqlRequest } from './support/graphqlRequest';

/** Incidents, the security log and a pet owner's export, as an admin uses them in the console. */

let consoleDir: string;
let api: TestApi;
let browser: Browser;
let page: Page;
let tenantId: string;
const pageErrors: string[] = [];
const OWNER_EMAIL = 'hazel.thornbury@owner-mail.example';

const button = (name: string, scope: Page | Locator = page) =>
  scope.getByRole('button', { name, exact: true });

async function visible(locator: Locator): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible' });
  return locator;
}

beforeAll(async () => {
  consoleDir = await buildConsole();
  api = await startTestApi({ adminStaticDir: consoleDir });
  const tenant = await createClinicTenant(api.app, { name: 'Thornbury Vets' });
  tenantId = tenant.id;
  const seeder = { kind: 'api_key' as const, tenantId, keyId: 'seed' };
  const client = await api.app.services.clients.create(seeder, {
    first_name: 'Hazel',
    last_name: 'Thornbury',
    email: OWNER_EMAIL,
  });
  await api.app.services.patients.create(seeder, {
    name: 'Pip',
    species: 'rabbit',
    client_id: client.id,
  });

  // The pattern: five wrong passwords for one admin account.
  await api.app.services.admins.ensureAdmin({
    email: 'guessed@vetcares.test',
    password: 'Quiet-Harbour-Passw0rd!',
    role: 'admin',
  });
  for (let i = 0; i < 5; i += 1) {
    await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        variables: { e: 'guessed@vetcares.test', p: `Wrong-${i}-guess!!` },
      }),
    });
  }

  browser = await launchChromium();
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${api.url}/admin/security/incidents`);
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(api.admin.email);
  await page.getByLabel('Password').fill(api.admin.password);
  await button('Sign in').click();
  await visible(page.getByRole('heading', { name: 'Security incidents', level: 1 }));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  if (consoleDir) await rm(consoleDir, { recursive: true, force: true });
});

describe('compliance in the console', () => {
  it('opens an incident and acknowledges it', async () => {
    const incident = page.getByRole('listitem', {
      name: 'Repeated failed sign-ins for one account',
    });
    await visible(incident);
    expect(await incident.textContent()).toMatch(/lock account admin:[0-9a-f]{24}: applied/);
    expect(await incident.getByTestId('incident-state').textContent()).toBe('open');
    await button('Acknowledge', incident).click();
    await expect
      .poll(() => incident.getByTestId('incident-state').textContent())
      .toBe('acknowledged');
    const stored = await graphqlRequest<{
      securityIncidents: { items: { state: string; acknowledged_by: string }[] };
    }>(
      api.url,
      '{ securityIncidents(rule: failed_sign_ins_account) { items { state acknowledged_by } } }',
      {},
      await api.token(),
    );
    expect(stored.securityIncidents.items[0]).toMatchObject({
      state: 'acknowledged',
      acknowledged_by: expect.stringMatching(/^admin:/),
    });
  });

  it('reads the security log with a filter, and the chains are intact', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Security log' }).click();
    await visible(page.getByRole('heading', { name: 'Security log', level: 1 }));
    await page.getByRole('combobox', { name: 'Event' }).selectOption('admin_sign_in_failed');
    await button('Apply filters').click();
    const rows = page.getByRole('table', { name: 'Security log entries' }).getByRole('row');
    await expect
      .poll(async () => (await page.getByRole('status').allTextContents()).join(' '))
      .toMatch(/1 entry/);
    expect(await rows.nth(1).textContent()).toContain('guessed@vetcares.test');
    await button('Verify platform').click();
    const chains = page.getByRole('table', { name: 'Chains' });
    await expect
      .poll(async () => (await chains.getByRole('row', { name: /^platform/ }).textContent()) ?? '')
      .toContain('Intact');
  });

  it("exports a pet owner's data from the tenant's Privacy tab", async () => {
    await page.goto(`${api.url}/admin/tenants/${tenantId}/privacy`);
    await page.getByRole('textbox', { name: 'Pet owner’s e-mail' }).fill(OWNER_EMAIL.toUpperCase());
    await button('Find').click();
    const owner = await visible(page.getByRole('region', { name: 'Pet owner', exact: true }));
    expect(await owner.textContent()).toContain('Hazel Thornbury');
    expect(await owner.textContent()).toContain('1 pets');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      button('Export data').click(),
    ]);
    const file = await download.path();
    const files = unzipSync(new Uint8Array(await readFile(file)));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
      scope: string;
      records: number;
    };
    expect(manifest).toMatchObject({ scope: 'person', records: 2 });
    expect(strFromU8(files['clients.jsonl']!)).toContain(OWNER_EMAIL);
    expect(download.suggestedFilename()).toMatch(
      /^vetcares-export-[0-9a-f]{24}-client-[0-9a-f]{24}\.zip$/,
    );
    expect(pageErrors).toEqual([]);
  });
});
