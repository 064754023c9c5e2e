import { rm } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../api/test/harness.js';
import { listeningIn, type ListeningSignal } from '../../api/test/subscription-listening.js';
import { buildConsole } from './support/buildConsole';
import { launchChromium } from './support/chromium';
import { graphqlRequest, signInToken } from './support/graphqlRequest';
import { followPageSubscriptions } from './support/pageSubscriptions';

/** The tenant page's Backups tab: take a backup and watch its progress bar, then restore it. */

const DOCUMENTS = 4500;

let consoleDir: string;
let api: TestApi;
let browser: Browser;
let page: Page;
let tenantId: string;
let listening: ListeningSignal & { stop: () => void };
let progress: ReturnType<typeof followPageSubscriptions>;
const backupDir = mkdtempSync(path.join(tmpdir(), 'vetcares-console-backups-'));
const pageErrors: string[] = [];

/** Every value the page's progress bars showed, recorded in the page as the DOM changes. */
async function recordProgressBars(): Promise<void> {
  await page.evaluate(() => {
    const seen: Record<string, number[]> = {};
    (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
    const note = () => {
      for (const bar of Array.from(document.querySelectorAll('progress'))) {
        const label = bar.getAttribute('aria-label') ?? '';
        (seen[label] ??= []).push(Number(bar.getAttribute('value')));
      }
    };
    new MutationObserver(note).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['value'],
    });
  });
}

const progressSeen = (label: string) =>
  page.evaluate(
    (name) =>
      (window as unknown as { progressSeen: Record<string, number[]> }).progressSeen[name] ?? [],
    label,
  );

beforeAll(async () => {
  consoleDir = await buildConsole();
  api = await startTestApi({ adminStaticDir: consoleDir, env: { BACKUP_DIR: backupDir } });
  listening = listeningIn(api.app);
  const token = await signInToken(api.url, api.admin.email, api.admin.password);
  const created = await graphqlRequest<{ createTenant: { id: string } }>(
    api.url,
    'mutation ($input: CreateTenantInput!) { createTenant(input: $input) { id } }',
    {
      input: {
        name: 'Backup Vets',
        slug: 'backup-vets',
        contact_email: 'desk@backupvets.example',
        // Pending: the daily schedule (active tenants) stays out of this test's way.
        status: 'pending',
      },
    },
    token,
  );
  tenantId = created.createTenant.id;
  // Enough visits that a backup reports progress on its way (every 2,000 documents).
  const { ObjectId } = api.app.connection.base.mongo;
  const docs = Array.from({ length: DOCUMENTS }, (_, index) => ({
    _id: new ObjectId(),
    tenant_id: tenantId,
    patient_id: new ObjectId(),
    staff_member_id: new ObjectId(),
    starts_at: new Date(),
    duration_minutes: 30,
    status: 'scheduled',
    reason: `Visit ${index}`,
    created_date: new Date(),
    updated_date: new Date(),
  }));
  await api.app.models.appointments.collection.insertMany(docs);

  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  progress = followPageSubscriptions(page, 'backupProgress');
  await page.goto(`${api.url}/admin/tenants/${tenantId}/backups`);
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(api.admin.email);
  await page.getByLabel('Password').fill(api.admin.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { name: 'Backups', level: 2 }).waitFor();
}, 240_000);

afterAll(async () => {
  listening?.stop();
  await browser?.close();
  await api?.stop();
  if (consoleDir) await rm(consoleDir, { recursive: true, force: true });
  await rm(backupDir, { recursive: true, force: true });
});

describe('backups tab', () => {
  it('takes a backup with a live progress bar, then restores it', async () => {
    await listening(await progress.open());
    await recordProgressBars();
    const before = await api.app.services.backups.tenantHashes(tenantId);

    await page.getByRole('button', { name: 'Back up now', exact: true }).click();
    const rows = page.getByRole('table', { name: 'Backups' }).locator('tbody tr');
    await expect.poll(() => rows.first().textContent(), { timeout: 60_000 }).toContain('completed');
    const backupBars = await progressSeen('Backup progress');
    // The bar showed while it ran, and moved past its start before it went.
    expect(backupBars.length).toBeGreaterThan(0);
    expect(Math.max(...backupBars)).toBeGreaterThan(0);
    expect(await rows.first().textContent()).toMatch(/manual/);

    // Change the clinic, then restore the backup through the console.
    await api.app.models.appointments.collection.deleteMany({ tenant_id: tenantId });
    expect(await api.app.services.backups.tenantHashes(tenantId)).not.toEqual(before);
    await rows.first().getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Restore', exact: true }).click();
    const restores = page.getByRole('list', { name: 'Restores' });
    await expect
      .poll(() => restores.textContent(), { timeout: 60_000 })
      .toMatch(/restore from backup .*completed/);
    expect((await progressSeen('Restore progress')).length).toBeGreaterThan(0);
    expect(await api.app.services.backups.tenantHashes(tenantId)).toEqual(before);
    // The restore took a backup of the clinic as it was first.
    await expect.poll(() => page.getByText('pre restore').count(), { timeout: 10_000 }).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
