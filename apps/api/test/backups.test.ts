import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { ManualClock } from '../src/core/clock.js';
import { subscribeFor } from '../src/graphql/pubsub.js';
import { backupsToKeep } from '../src/modules/backups/backup-schedule.js';
import { BACKUP_PROGRESS } from '../src/modules/backups/backup.constants.js';
import type { BackupProgressEvent } from '../src/modules/backups/backup.service.js';
import { createClinicFixture, type ClinicFixture } from './clinic-api.js';
import { graphql, rest } from './client.js';
import { createTenant, systemAdmin } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';
import { listeningIn, wsClient } from './subscription-listening.js';

/**
 * Backups end to end: the API instance that takes requests runs no jobs; a second instance
 * sharing its database and Redis runs the backups queue, so every backup and restore here is
 * run by "another API process".
 */

let api: TestApi;
let worker: TestApi;
let token: string;
const clock = new ManualClock();
const backupDir = mkdtempSync(path.join(tmpdir(), 'vetcares-backups-'));

beforeAll(async () => {
  const env = { BACKUP_DIR: backupDir, BACKUP_STALE_SECONDS: '60' };
  api = await startTestApi({ clock, env: { ...env, JOBS_ENABLED: 'false' } });
  worker = await startTestApi({ shareWith: api, clock, env: { ...env, JOBS_ENABLED: 'true' } });
  token = await api.token();
});
afterAll(async () => {
  await worker?.stop();
  await api?.stop();
  rmSync(backupDir, { recursive: true, force: true });
});

const admin = () => systemAdmin(api.app);

/**
 * Waits for the progress event `until` accepts, on `app`'s pub/sub; `start` runs only once the
 * subscription hears every event (never a timer).
 */
async function progressUntil<T>(
  tenantId: string,
  start: () => Promise<T>,
  until: (event: BackupProgressEvent, started: T) => boolean,
  app: App = api.app,
): Promise<{ started: T; event: BackupProgressEvent; seen: BackupProgressEvent[] }> {
  const listening = listeningIn(app);
  const operationId = `progress-${Math.random()}`;
  const events = subscribeFor(operationId, () => app.pubSub.subscribeTo(BACKUP_PROGRESS, tenantId));
  const iterator = events[Symbol.asyncIterator]();
  let next = iterator.next();
  await listening(operationId);
  listening.stop();
  const started = await start();
  const seen: BackupProgressEvent[] = [];
  try {
    for (;;) {
      const { value, done } = await next;
      if (done) throw new Error('progress ended');
      seen.push(value);
      if (until(value, started)) return { started, event: value, seen };
      next = iterator.next();
    }
  } finally {
    await iterator.return?.();
  }
}

async function backUp(tenantId: string) {
  const { started, event } = await progressUntil(
    tenantId,
    async () => api.app.services.backups.create(await admin(), tenantId),
    (event, backup) => event.id === backup.id && event.status !== 'in_progress',
  );
  expect(event.status).toBe('completed');
  return api.app.services.backups.find(started.id);
}

async function restoreFrom(backupId: string, tenantId: string, slug?: string) {
  const { event, started } = await progressUntil(
    tenantId,
    async () =>
      slug
        ? api.app.services.restores.clone(await admin(), backupId, slug, null)
        : api.app.services.restores.restore(await admin(), backupId),
    (event, restore) =>
      event.operation !== 'backup' && event.id === restore.id && event.status !== 'in_progress',
  );
  return { event, restore: started };
}

/** A clinic with staff, clients (encrypted personal data), pets, visits and payments. */
async function seedClinic(
  label: string,
  clients = 3,
): Promise<ClinicFixture & { emails: string[] }> {
  const clinic = await createClinicFixture(api);
  const s = api.app.services;
  const p = clinic.principal;
  const vet = await s.staffMembers.create(p, {
    name: `Dr ${label}`,
    email: `vet-${label}@clinic.example`,
    role: 'veterinarian',
  });
  const emails: string[] = [];
  for (let i = 0; i < clients; i += 1) {
    const email = `owner${i}.${label}@mail.example`;
    emails.push(email);
    const client = await s.clients.create(p, {
      first_name: `Ada${i}`,
      last_name: `Lovelace ${label}`,
      email,
      phone: `+44 7700 90012${i}`,
    });
    const patient = await s.patients.create(p, {
      name: `Rex${i}`,
      species: 'dog',
      client_id: client.id,
    });
    const visit = await s.appointments.create(p, {
      patient_id: patient.id,
      staff_member_id: vet.id,
      starts_at: new Date(Date.now() + (i + 1) * 86_400_000),
      reason: 'Check-up',
    });
    await s.payments.record(p, {
      client_id: client.id,
      appointment_id: visit.id,
      amount: 50 + i,
      method: 'card',
    });
  }
  return { ...clinic, emails };
}

const hashes = (tenantId: string) => api.app.services.backups.tenantHashes(tenantId);

describe('backup', () => {
  it('answers the spec shape over REST and archives every tenant-scoped collection with checksums', async () => {
    const clinic = await seedClinic('rest');
    const { started, event } = await progressUntil(
      clinic.tenantId,
      () =>
        rest<{ backup_id: string; tenant_id: string; status: string; started_at: string }>(
          api.url,
          'POST',
          `/api/admin/tenants/${clinic.tenantId}/backup`,
          { token },
        ),
      (event, response) => event.id === response.body.backup_id && event.status !== 'in_progress',
    );
    expect(started.status).toBe(202);
    expect(Object.keys(started.body).sort()).toEqual([
      'backup_id',
      'started_at',
      'status',
      'tenant_id',
    ]);
    expect(started.body.status).toBe('in_progress');
    expect(started.body.tenant_id).toBe(clinic.tenantId);
    expect(event.status).toBe('completed');
    expect(event.progress).toBe(1);

    const backup = await api.app.services.backups.find(started.body.backup_id);
    const byName = Object.fromEntries(backup.collections.map((c) => [c.name, c.count]));
    expect(byName).toMatchObject({
      clients: 3,
      patients: 3,
      appointments: 3,
      payments: 3,
      staff_members: 1,
      api_keys: 1,
      clinic_users: 2,
    });
    // Platform collections are never tenant data.
    for (const platform of ['tenants', 'security_logs', 'backups', 'admins']) {
      expect(byName[platform]).toBeUndefined();
    }
    expect(backup.size).toBeGreaterThan(0);
    for (const entry of backup.collections) expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/);

    // The download is the archive, byte for byte, and holds the manifest as its last line.
    const response = await fetch(
      `${api.url}/api/admin/backups/${backup._id.toHexString()}/download`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(backup.archive_sha256);
    const lines = gunzipSync(bytes).toString('utf8').trim().split('\n');
    expect(lines).toHaveLength(3 * 4 + 1 + 1 + 2 + 1);
    expect(JSON.parse(lines.at(-1)!).manifest.tenant_id).toBe(clinic.tenantId);
    // Personal data stays encrypted in the archive.
    expect(lines.join('\n')).not.toContain(clinic.emails[0]);
  });

  it('pushes progress on the backupProgress subscription over websockets', async () => {
    const clinic = await seedClinic('ws', 1);
    const listening = listeningIn(api.app);
    const ws = wsClient(api.url, { authorization: `Bearer ${token}` });
    const statuses: string[] = [];
    let backupId = '';
    const completed = new Promise<void>((resolve, reject) => {
      const { operationId } = ws.subscribe<{ backupProgress: BackupProgressEvent }>(
        {
          query: `subscription ($t: ID!) { backupProgress(tenant_id: $t) { operation id status progress } }`,
          variables: { t: clinic.tenantId },
        },
        {
          next: (result) => {
            const event = result.data?.backupProgress;
            if (!event || event.id !== backupId) return;
            statuses.push(event.status);
            if (event.status === 'completed') resolve();
          },
          error: reject,
          complete: () => undefined,
        },
      );
      void listening(operationId).then(async () => {
        const created = await graphql<{ createBackup: { id: string; status: string } }>(
          api.url,
          `
            mutation ($t: ID!) {
              createBackup(tenant_id: $t) {
                id
                status
              }
            }
          `,
          { t: clinic.tenantId },
          token,
        );
        backupId = created.data!.createBackup.id;
        expect(created.data!.createBackup.status).toBe('in_progress');
      });
    });
    await completed;
    listening.stop();
    await ws.client.dispose();
    expect(statuses.at(-1)).toBe('completed');
  });
});

describe('restore', () => {
  it('round-trips by hash, backs up first, refuses writes meanwhile, and leaves the other tenant alone', async () => {
    const a = await seedClinic('a');
    const b = await seedClinic('b');
    const before = await hashes(a.tenantId);
    const otherBefore = await hashes(b.tenantId);
    const backup = await backUp(a.tenantId);

    // Changes after the backup: a new client, one removed.
    const s = api.app.services;
    await s.clients.create(a.principal, { first_name: 'Late', last_name: 'Comer' });
    expect(await hashes(a.tenantId)).not.toEqual(before);

    // While the restore waits for a worker, the clinic's writes are refused.
    await worker.app.services.backupTasks.pause();
    const restore = await s.restores.restore(await admin(), backup._id.toHexString());
    await expect(
      s.clients.create(a.principal, { first_name: 'Blocked', last_name: 'Write' }),
    ).rejects.toMatchObject({ code: 'TENANT_RESTORING' });
    // Reads still work; another clinic's writes too.
    await expect(s.clients.list(a.principal, {})).resolves.toBeTruthy();
    await s.clients.create(b.principal, { first_name: 'Other', last_name: 'Clinic' });
    const otherAfterWrite = await hashes(b.tenantId);
    expect(otherAfterWrite).not.toEqual(otherBefore);

    const { event } = await progressUntil(
      a.tenantId,
      async () => worker.app.services.backupTasks.resume(),
      (event) => event.id === restore.id && event.status !== 'in_progress',
    );
    expect(event.status).toBe('completed');
    expect(await hashes(a.tenantId)).toEqual(before);
    expect(await hashes(b.tenantId)).toEqual(otherAfterWrite);

    const done = await s.restores.get(await admin(), restore.id);
    expect(done.pre_restore_backup_id).toBeTruthy();
    const pre = await s.backups.find(done.pre_restore_backup_id);
    expect(pre.kind).toBe('pre_restore');
    expect(pre.status).toBe('completed');
    // Writes are accepted again.
    await s.clients.create(a.principal, { first_name: 'After', last_name: 'Restore' });
  });

  it('refuses an archive with any one byte changed, before touching the tenant', async () => {
    const clinic = await seedClinic('corrupt', 2);
    const backup = await backUp(clinic.tenantId);
    await api.app.services.clients.create(clinic.principal, {
      first_name: 'Kept',
      last_name: 'Data',
    });
    const current = await hashes(clinic.tenantId);
    const file = path.join(backupDir, backup.storage_key);
    const original = readFileSync(file);
    for (const position of [0, 15, Math.floor(original.length / 2), original.length - 5]) {
      const changed = Buffer.from(original);
      changed[position] = changed[position]! ^ 0x01;
      writeFileSync(file, changed);
      const { event } = await restoreFrom(backup._id.toHexString(), clinic.tenantId);
      expect(event.status).toBe('failed');
      expect(event.error).toMatch(/failed verification/);
      expect(await hashes(clinic.tenantId)).toEqual(current);
      expect(await api.app.services.restores.isRestoring(clinic.tenantId)).toBe(false);
    }
    // The drill finds it too; with the bytes put back it passes.
    expect(await api.app.services.restoreDrill.drill(backup)).toBe(false);
    writeFileSync(file, original);
    const verified = await api.app.services.restoreDrill.verify(
      await admin(),
      backup._id.toHexString(),
    );
    expect(verified.verification).toBe('passed');
  });

  it('clones into a new tenant with re-encrypted personal data, no API keys, and leaves the source untouched', async () => {
    const source = await seedClinic('clone', 2);
    const backup = await backUp(source.tenantId);
    const sourceHashes = await hashes(source.tenantId);
    const slug = `clone-${Date.now().toString(36)}`;
    const { event, restore } = await restoreFrom(backup._id.toHexString(), source.tenantId, slug);
    expect(event.status).toBe('completed');
    const cloneId = restore.target_tenant_id;
    const done = await api.app.services.restores.get(await admin(), restore.id);
    expect(done.status).toBe('completed');

    const clone = await api.app.models.tenants.findById(cloneId).lean();
    expect(clone?.slug).toBe(slug);
    expect(clone?.domain).toBeNull();
    const cloneHashes = await hashes(cloneId);
    expect(cloneHashes.api_keys).toBe(`0:${'0'.repeat(64)}`);
    expect(cloneHashes.clients?.startsWith('2:')).toBe(true);
    expect(await hashes(source.tenantId)).toEqual(sourceHashes);

    // The clone's personal data decrypts under its own tenant and its e-mail lookup works.
    const principal = { kind: 'api_key' as const, tenantId: cloneId, keyId: 'seed' };
    const found = await api.app.services.clients.list(principal, { email: source.emails[1] });
    expect(found.items.map((c) => c.email)).toEqual([source.emails[1]]);
    const patients = await api.app.services.patients.list(principal, {});
    expect(patients.items).toHaveLength(2);
    // References follow the new ids.
    const clientIds = new Set(
      (await api.app.services.clients.list(principal, {})).items.map((c) => c.id),
    );
    for (const patient of patients.items) expect(clientIds.has(patient.client_id)).toBe(true);
  });

  it('keeps GDPR erasures erased after a restore and in a clone', async () => {
    const clinic = await seedClinic('gdpr', 2);
    const backup = await backUp(clinic.tenantId);
    const erased = (
      await api.app.services.clients.list(clinic.principal, { email: clinic.emails[0] })
    ).items[0]!;
    await api.app.services.privacy.erasePerson(await admin(), clinic.tenantId, erased.id);
    const { event } = await restoreFrom(backup._id.toHexString(), clinic.tenantId);
    expect(event.status).toBe('completed');
    const left = await api.app.services.clients.list(clinic.principal, {});
    expect(left.items.map((c) => c.email)).toEqual([clinic.emails[1]]);

    const slug = `gdpr-clone-${Date.now().toString(36)}`;
    const { restore } = await restoreFrom(backup._id.toHexString(), clinic.tenantId, slug);
    const done = await api.app.services.restores.get(await admin(), restore.id);
    const cloneClients = await api.app.services.clients.list(
      { kind: 'api_key', tenantId: done.target_tenant_id, keyId: 'seed' },
      {},
    );
    expect(cloneClients.items.map((c) => c.email)).toEqual([clinic.emails[1]]);
  });
});

describe('schedule, watchdog, retention, purge', () => {
  it('fails a backup whose run went silent, and one nothing took from the queue, but not one waiting its turn', async () => {
    const tenant = await createTenant(api.app);
    await worker.app.services.backupTasks.pause();
    const s = api.app.services;
    const queued = await s.backups.create(await admin(), tenant.id);
    const crashed = await s.backups.create(await admin(), tenant.id);
    // A run that began and died: its heartbeat stops, its lease expires (none is held here).
    await api.app.models.backups.updateOne(
      { _id: crashed.id },
      { $set: { running_since: clock.now(), heartbeat_at: clock.now() } },
    );
    clock.advance(61_000);
    await s.backupSchedule.watchdog();
    expect((await s.backups.find(crashed.id)).status).toBe('failed');
    expect((await s.backups.find(crashed.id)).error).toMatch(/interrupted/);
    // Waiting behind other backups is not silence...
    expect((await s.backups.find(queued.id)).status).toBe('in_progress');
    // ...but six hours in the queue is.
    clock.advance(6 * 3_600_000);
    await s.backupSchedule.watchdog();
    expect((await s.backups.find(queued.id)).error).toMatch(/never ran/);
    // Their late runs do nothing (each finds its backup ended).
    const { event } = await progressUntil(
      tenant.id,
      async () => {
        worker.app.services.backupTasks.resume();
        return s.backups.create(await admin(), tenant.id);
      },
      (event, next) => event.id === next.id && event.status !== 'in_progress',
    );
    expect(event.status).toBe('completed');
    expect((await s.backups.find(queued.id)).status).toBe('failed');
    expect((await s.backups.find(crashed.id)).status).toBe('failed');
  });

  it('schedules one backup per tenant and slot, however often it runs', async () => {
    const tenant = await createTenant(api.app);
    const started = await api.app.services.backupSchedule.startDue();
    expect(started).toBeGreaterThanOrEqual(1);
    const again = await api.app.services.backupSchedule.startDue();
    expect(again).toBe(0);
    const mine = await api.app.models.backups
      .find({ tenant_id: tenant.id, kind: 'scheduled' })
      .lean();
    expect(mine).toHaveLength(1);
  });

  it('keeps 7 daily and 4 weekly backups', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    const completed = Array.from({ length: 60 }, (_, day) => ({
      _id: { toHexString: () => `d${day}` },
      timestamp: new Date(now.getTime() - day * 86_400_000 - 3_600_000),
    })) as never[];
    const keep = backupsToKeep(
      completed,
      now,
      { intervalHours: 24, retentionDaily: 7, retentionWeekly: 4 },
      true,
    );
    const days = [...keep].map((id) => Number(id.slice(1))).sort((x, y) => x - y);
    expect(days.slice(0, 7)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(days.length).toBeGreaterThanOrEqual(9);
    expect(days.length).toBeLessThanOrEqual(11);
    expect(Math.max(...days)).toBeLessThan(28);
  });

  it('backs a tenant up before the purge job erases it', async () => {
    const clinic = await seedClinic('purge', 1);
    await api.app.services.tenants.delete(await admin(), clinic.tenantId);
    await api.app.models.tenants.updateOne(
      { _id: clinic.tenantId },
      { $set: { deleted_at: new Date(Date.now() - 40 * 86_400_000) } },
    );
    const purged = await api.app.services.purge.purgeExpired(new Date());
    expect(purged).toContain(clinic.tenantId);
    const backups = await api.app.models.backups.find({ tenant_id: clinic.tenantId }).lean();
    expect(backups.map((b) => [b.kind, b.status])).toEqual([['pre_purge', 'completed']]);
    expect(backups[0]!.collections.find((c) => c.name === 'clients')?.count).toBe(1);
  });
});
