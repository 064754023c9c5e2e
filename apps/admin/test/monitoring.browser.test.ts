import { rm } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../api/test/harness.js';
import { listeningIn } from '../../api/test/subscription-listening.js';
import { buildConsole } from './support/buildConsole';
import { launchChromium } from './support/chromium';
import { followPageSubscriptions } from './support/pageSubscriptions';

/** The Alerts page (live, with acknowledge) and the System health page, as an admin uses them. */

let consoleDir: string;
let api: TestApi;
let browser: Browser;
let page: Page;
let alertChanges: ReturnType<typeof followPageSubscriptions>;
let listening: ReturnType<typeof listeningIn>;
const pageErrors: string[] = [];

const button = (name: string, scope: Page | Locator = page) =>
  scope.getByRole('button', { name, exact: true });

async function visible(locator: Locator): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible' });
  return locator;
}

/** A security incident: the incident rule turns it into an alert at once. */
async function raiseIncident(title: string, subject: string): Promise<void> {
  await api.app.services.incidents.raise({
    rule: 'api_key_many_addresses',
    severity: 'high',
    title,
    summary: `${title}: seen from five addresses`,
    tenant_id: null,
    subject,
    evidence: [],
  });
}

beforeAll(async () => {
  consoleDir = await buildConsole();
  api = await startTestApi({ adminStaticDir: consoleDir });
  await raiseIncident('Key used from many addresses', 'api_key:first');
  // The incident feed raises its alert at once; evaluating here makes sure it exists (deduplicated).
  await api.app.services.alerts.evaluate(['security_incident']);

  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Followed from the start: the page subscribes as soon as it renders.
  listening = listeningIn(api.app);
  alertChanges = followPageSubscriptions(page, 'alertChanged');
  await page.goto(`${api.url}/admin/monitoring/alerts`);
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(api.admin.email);
  await page.getByLabel('Password').fill(api.admin.password);
  await button('Sign in').click();
  await visible(page.getByRole('heading', { name: 'Alerts', level: 1 }));
}, 240_000);

afterAll(async () => {
  listening?.stop();
  await browser?.close();
  await api?.stop();
  if (consoleDir) await rm(consoleDir, { recursive: true, force: true });
});

describe('monitoring in the console', () => {
  it('lists alerts, acknowledges one, and shows a new one live', async () => {
    {
      const first = page.getByRole('listitem', {
        name: 'Security incident: Key used from many addresses',
      });
      await visible(first);
      expect(await first.getByTestId('alert-state').textContent()).toBe('firing');
      await button('Acknowledge', first).click();
      await expect.poll(() => first.getByTestId('alert-state').textContent()).toBe('acknowledged');
      expect(await first.textContent()).toContain(`Acknowledged by${api.admin.email}`);

      // Raised elsewhere while the page is open: it appears without a reload.
      await listening(await alertChanges.open());
      await raiseIncident('Second key used from many addresses', 'api_key:second');
      const second = page.getByRole('listitem', {
        name: 'Security incident: Second key used from many addresses',
      });
      await visible(second);
      expect(await second.getByTestId('alert-state').textContent()).toBe('firing');

      // Resolved elsewhere (the incident rule, once the incident is resolved): updated live.
      const [incident] = (await api.app.services.incidents.openIncidents()).filter(
        (candidate) => candidate.subject === 'api_key:second',
      );
      await api.app.models.incidents.updateOne(
        { _id: incident!.id },
        { $set: { state: 'resolved', open_key: `resolved|${incident!.id}` } },
      );
      await api.app.services.alerts.evaluate(['security_incident']);
      await expect.poll(() => second.getByTestId('alert-state').textContent()).toBe('resolved');
    }
  });

  it('shows system health: dependencies, queues, error rate and latency', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'System health' }).click();
    await visible(page.getByRole('heading', { name: 'System health', level: 1 }));
    const dependencies = await visible(page.getByRole('table', { name: 'Dependencies' }));
    expect(await dependencies.getByRole('row', { name: /^Database/ }).textContent()).toContain(
      'ok',
    );
    expect(await dependencies.getByRole('row', { name: /^Redis/ }).textContent()).toContain('ok');
    const queues = page.getByRole('table', { name: 'Job queues' });
    await visible(queues.getByRole('row', { name: /^maintenance/ }));
    expect(await page.getByTestId('server-error-rate').textContent()).toMatch(/%.*alert at 5 %/);
    expect(await page.getByTestId('latency').textContent()).toMatch(/p95 .* ms/);
    expect(await page.getByRole('status').textContent()).toContain('All dependencies answer');
    expect(pageErrors).toEqual([]);
  });
});
