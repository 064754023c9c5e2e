import { generateSync } from 'otplib';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminPrincipal } from '../../api/src/common/principal.js';
import { buildConsole } from './support/buildConsole';
import { launchChromium } from './support/chromium';
import { createClinicTenant } from '../../api/test/clinic-factories.js';
import { startTestApi, type TestApi } from '../../api/test/harness.js';

let api: TestApi;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let totpSecret: string;
let recoveryCodes: string[];
const pageErrors: string[] = [];
const EMAIL = 'two-factor@vetcares.test';
const PASSWORD = 'Second-Step-Passw0rd!';

const button = (name: string) => page.getByRole('button', { name, exact: true });

async function visible(locator: Locator): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible' });
  return locator;
}

/** A code for a time step (each works once; enrolment used the current one, so sign-in uses the next). */
const totp = (stepsAhead = 0) =>
  generateSync({ secret: totpSecret, epoch: Math.floor(Date.now() / 1000) + stepsAhead * 30 });

beforeAll(async () => {
  const consoleDir = await buildConsole();
  api = await startTestApi({ adminStaticDir: consoleDir });
  // An admin already enrolled in two-factor, set up through the services.
  await api.app.services.admins.ensureAdmin({ email: EMAIL, password: PASSWORD, role: 'admin' });
  const { token } = await api.app.services.admins.login(EMAIL, PASSWORD);
  const principal = (await api.app.services.admins.authenticate(
    `Bearer ${token}`,
  )) as AdminPrincipal;
  totpSecret = (await api.app.services.admins.startTwoFactorEnrolment(principal)).secret;
  recoveryCodes = await api.app.services.admins.confirmTwoFactorEnrolment(principal, totp());

  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

async function signInWithCode(code: string): Promise<void> {
  await page.goto(`${api.url}/admin/security/log`);
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(EMAIL);
  await page.getByLabel('Password').fill(PASSWORD);
  await button('Sign in').click();
  await page.getByLabel('Two-factor code').fill(code);
  await button('Sign in').click();
  await visible(page.getByRole('table', { name: 'Security log entries' }));
}

describe('console sessions', () => {
  it('signs in with two-factor, keeps no token in storage, signs out everywhere, and reads the security log', async () => {
    await signInWithCode(totp(1));
    // The access token is in memory only; the refresh token is an httpOnly cookie.
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    const cookies = await context.cookies();
    const refresh = cookies.find((cookie) => cookie.name === 'vetcares_admin_refresh');
    expect(refresh).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('vetcares_admin_refresh');

    // A reload resumes the session through the cookie.
    await page.reload();
    await visible(page.getByRole('table', { name: 'Security log entries' }));

    // A second session elsewhere (another device), ended by "sign out everywhere" here.
    const elsewhere = await api.app.services.admins.login(EMAIL, PASSWORD, recoveryCodes[0]);
    await button('Sign out everywhere').click();
    await visible(button('Sign in'));
    const other = await api.app.services.admins.authenticate(`Bearer ${elsewhere.token}`);
    expect(other.kind).toBe('anonymous');
    await page.goto(`${api.url}/admin/security/log`);
    await visible(button('Sign in'));

    // Signed in again (with a recovery code), the log shows what happened.
    await signInWithCode(recoveryCodes[1]!);
    const table = page.getByRole('table', { name: 'Security log entries' });
    await visible(table.getByRole('cell', { name: 'Sessions revoked' }));
    await visible(table.getByRole('cell', { name: 'Admin signed in' }));
    expect(pageErrors).toEqual([]);
  });

  it("invites and disables a clinic's users from the tenant's Users tab", async () => {
    const tenant = await createClinicTenant(api.app);
    await page.goto(`${api.url}/admin/tenants/${tenant.id}/users`);
    await visible(page.getByRole('heading', { name: 'Users', level: 2 }));
    await page.getByLabel('E-mail', { exact: true }).fill('new-vet@clinic.example');
    await page.getByLabel('Name', { exact: true }).fill('New Vet');
    await page.getByLabel('Role', { exact: true }).selectOption('staff');
    await button('Invite').click();
    await visible(page.getByRole('status').filter({ hasText: 'Invitation sent' }));
    await visible(page.getByRole('cell', { name: 'new-vet@clinic.example' }));
    await visible(page.getByRole('cell', { name: 'Invited' }));

    await button('Disable new-vet@clinic.example').click();
    await visible(page.getByRole('cell', { name: 'Disabled' }));
    const [stored] = await api.app.services.clinicUsers.list(
      (await api.app.services.admins.authenticate(
        `Bearer ${(await api.app.services.admins.login(EMAIL, PASSWORD, recoveryCodes[2])).token}`,
      )) as AdminPrincipal,
      tenant.id,
    );
    expect(stored).toMatchObject({ email: 'new-vet@clinic.example', disabled: true });
    expect(pageErrors).toEqual([]);
  });
});
