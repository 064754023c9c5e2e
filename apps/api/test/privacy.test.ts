import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAsTenant } from '../src/db/tenant-context.js';
import { createClinicFixture, daysFromNow, type ClinicFixture } from './clinic-api.js';
import { graphql } from './client.js';
import { systemAdmin } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';

/** GDPR export and erasure of one pet owner and of a whole clinic. */

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startTestApi();
  token = await api.token();
});
afterAll(() => api.stop());

interface Seeded {
  clinic: ClinicFixture;
  clientId: string;
  ids: string[];
  personal: string[];
}

/** A pet owner with two pets, a visit each, two payments, and an export link waiting in Redis. */
async function seedOwner(label: string): Promise<Seeded> {
  const clinic = await createClinicFixture(api);
  const s = api.app.services;
  const p = clinic.principal;
  const personal = {
    first_name: `Rosalind${label}`,
    last_name: `Featherstonehaugh${label}`,
    email: `rosalind.${label}@owner-mail.example`,
    phone: '+44 7700 900123',
    address: `9 Lantern Mews ${label}, Bath`,
    notes: `Prefers e-mail ${label}`,
  };
  const client = await s.clients.create(p, personal);
  const vet = await s.staffMembers.create(p, {
    name: 'Dr Vet',
    email: `vet-${label}@clinic.example`,
    role: 'veterinarian',
  });
  const ids = [client.id];
  for (const [i, pet] of ['Biscuit', 'Marmalade'].entries()) {
    const patient = await s.patients.create(p, {
      name: `${pet}${label}`,
      species: 'cat',
      client_id: client.id,
      notes: `${pet} notes ${label}`,
    });
    const visit = await s.appointments.create(p, {
      patient_id: patient.id,
      staff_member_id: vet.id,
      starts_at: new Date(daysFromNow(i + 1)),
      reason: `Check-up ${label}`,
    });
    const payment = await s.payments.record(p, {
      client_id: client.id,
      appointment_id: visit.id,
      amount: 80 + i,
      method: 'card',
      note: `Paid by ${personal.first_name}`,
    });
    ids.push(patient.id, visit.id, payment.id);
  }
  return { clinic, clientId: client.id, ids, personal: Object.values(personal) };
}

async function download(
  url: string,
  bearer?: string,
): Promise<{ status: number; files: Record<string, string> }> {
  const response = await fetch(`${api.url}${url}`, {
    headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
  });
  if (response.status !== 200) return { status: response.status, files: {} };
  expect(response.headers.get('content-type')).toBe('application/zip');
  const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
  return {
    status: 200,
    files: Object.fromEntries(
      Object.entries(entries).map(([name, data]) => [name, strFromU8(data)]),
    ),
  };
}

const lines = (text: string | undefined) =>
  (text ?? '')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** Every document of every collection, and every Redis key with its value, as text. */
async function everything(): Promise<string> {
  const db = api.app.connection.db!;
  const parts: string[] = [];
  for (const { name } of await db.listCollections().toArray()) {
    parts.push(JSON.stringify(await db.collection(name).find({}).toArray()));
  }
  let cursor = '0';
  do {
    const [next, keys] = await api.app.redis.scan(
      cursor,
      'MATCH',
      `${api.redisKeyPrefix}*`,
      'COUNT',
      500,
    );
    for (const key of keys) {
      const type = await api.app.redis.type(key);
      const value =
        type === 'string'
          ? await api.app.redis.get(key)
          : type === 'hash'
            ? JSON.stringify(await api.app.redis.hgetall(key))
            : type === 'set'
              ? JSON.stringify(await api.app.redis.smembers(key))
              : type === 'zset'
                ? JSON.stringify(await api.app.redis.zrange(key, 0, -1))
                : type === 'list'
                  ? JSON.stringify(await api.app.redis.lrange(key, 0, -1))
                  : '';
      parts.push(`${key}=${value}`);
    }
    cursor = next;
  } while (cursor !== '0');
  return parts.join('\n');
}

describe('exporting a pet owner', () => {
  it('streams a zip of JSON lines per collection with a manifest, through a single-use link', async () => {
    const seeded = await seedOwner('export');
    const link = await graphql<{ requestDataExport: { url: string } }>(
      api.url,
      'mutation($c: ID!, $t: ID) { requestDataExport(client_id: $c, tenant_id: $t) { url expires_at } }',
      { c: seeded.clientId, t: seeded.clinic.tenantId },
      token,
    );
    const { url } = link.data!.requestDataExport;
    const archive = await download(url);
    expect(Object.keys(archive.files).sort()).toEqual([
      'appointments.jsonl',
      'clients.jsonl',
      'manifest.json',
      'patients.jsonl',
      'payments.jsonl',
    ]);
    const [client] = lines(archive.files['clients.jsonl']);
    expect(client).toMatchObject({
      _id: seeded.clientId,
      email: seeded.personal[2],
      last_name: seeded.personal[1],
    });
    expect(client).not.toHaveProperty('pii');
    expect(lines(archive.files['patients.jsonl'])).toHaveLength(2);
    expect(lines(archive.files['appointments.jsonl'])).toHaveLength(2);
    expect(lines(archive.files['payments.jsonl'])).toHaveLength(2);
    const manifest = JSON.parse(archive.files['manifest.json']!) as {
      scope: string;
      records: number;
      files: { name: string; records: number; sha256: string }[];
    };
    expect(manifest).toMatchObject({ scope: 'person', records: 7 });
    expect(manifest.files.find((file) => file.name === 'payments.jsonl')).toMatchObject({
      records: 2,
    });
    expect((await download(url)).status).toBe(404); // used once

    const audit = await api.app.models.securityLogs
      .findOne({ tenant_id: seeded.clinic.tenantId, event: 'personal_data_exported' })
      .lean();
    expect(audit).toMatchObject({
      actor: expect.stringMatching(/^admin:/),
      details: { records: 7 },
    });
    expect(JSON.stringify(audit)).not.toContain(seeded.clientId);
  });

  it('lets a clinic owner find and export their own clients, and no others', async () => {
    const seeded = await seedOwner('owner');
    const found = await seeded.clinic.call<{
      dataSubject: { client_id: string; patients: number; payments: number };
    }>('query($e: String!) { dataSubject(email: $e) { client_id patients payments } }', {
      e: seeded.personal[2]!.toUpperCase(),
    });
    expect(found.data!.dataSubject).toEqual({
      client_id: seeded.clientId,
      patients: 2,
      payments: 2,
    });
    const link = await seeded.clinic.call<{ requestDataExport: { url: string } }>(
      'mutation($c: ID!) { requestDataExport(client_id: $c) { url } }',
      { c: seeded.clientId },
    );
    expect((await download(link.data!.requestDataExport.url)).files['clients.jsonl']).toContain(
      seeded.clientId,
    );
    const staff = await seeded.clinic.call(
      'mutation($c: ID!) { requestDataExport(client_id: $c) { url } }',
      { c: seeded.clientId },
      seeded.clinic.staff,
    );
    expect(staff.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const wholeClinic = await seeded.clinic.call(
      'mutation($t: ID!) { requestTenantExport(tenant_id: $t) { url } }',
      {
        t: seeded.clinic.tenantId,
      },
    );
    expect(wholeClinic.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('raises a mass-export incident and ends the exporting user’s sessions', async () => {
    const seeded = await seedOwner('mass');
    const exportOnce = async () => {
      const link = await seeded.clinic.call<{ requestDataExport: { url: string } }>(
        'mutation($c: ID!) { requestDataExport(client_id: $c) { url } }',
        { c: seeded.clientId },
      );
      return link.data ? (await download(link.data.requestDataExport.url)).status : link.errors;
    };
    for (let i = 0; i < 5; i += 1) expect(await exportOnce()).toBe(200);
    const open = await api.app.services.incidents.openIncidents();
    const incident = open.find(
      (candidate) =>
        candidate.rule === 'mass_export' && candidate.tenant_id === seeded.clinic.tenantId,
    );
    expect(incident).toMatchObject({ severity: 'high' });
    expect(incident!.evidence).toHaveLength(5);
    expect(incident!.responses).toEqual([
      expect.objectContaining({ action: 'revoke_sessions', outcome: 'applied' }),
    ]);
    const after = await seeded.clinic.call('{ currentClinic { id } }');
    expect(after.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('exports a whole clinic, every collection, with no secrets', async () => {
    const seeded = await seedOwner('tenant');
    const archive = await download(`/api/admin/tenants/${seeded.clinic.tenantId}/export`, token);
    expect(archive.status).toBe(200);
    for (const name of [
      'tenants',
      'clients',
      'patients',
      'appointments',
      'payments',
      'staff_members',
      'clinic_users',
      'api_keys',
    ]) {
      expect(Object.keys(archive.files)).toContain(`${name}.jsonl`);
    }
    expect(lines(archive.files['clinic_users.jsonl']).length).toBeGreaterThanOrEqual(2);
    const all = Object.values(archive.files).join('\n');
    expect(all).not.toMatch(/password_hash|secret_hash|enc1:/);
    expect(all).toContain(seeded.personal[0]);
  });
});

describe('erasing a pet owner', () => {
  it('leaves no record of them in the database or Redis; payments stay without their identity', async () => {
    const seeded = await seedOwner('erase');
    const keep = await seedOwner('keep');
    // An export link of theirs waiting in Redis.
    await graphql(
      api.url,
      'mutation($c: ID!, $t: ID) { requestDataExport(client_id: $c, tenant_id: $t) { url } }',
      { c: seeded.clientId, t: seeded.clinic.tenantId },
      token,
    );
    const beforeRestore = await runAsTenant(seeded.clinic.tenantId, async () => ({
      clients: await api.app.models.clients.collection
        .find({ tenant_id: seeded.clinic.tenantId })
        .toArray(),
      patients: await api.app.models.patients.collection
        .find({ tenant_id: seeded.clinic.tenantId })
        .toArray(),
    }));
    expect(await everything()).toContain(seeded.clientId);

    const erased = await graphql<{ erasePersonData: { erased: Record<string, number> } }>(
      api.url,
      'mutation($c: ID!, $t: ID) { erasePersonData(client_id: $c, tenant_id: $t) { scope erased } }',
      { c: seeded.clientId, t: seeded.clinic.tenantId },
      token,
    );
    expect(erased.data!.erasePersonData.erased).toMatchObject({
      clients: 1,
      patients: 2,
      appointments: 2,
      payments_anonymized: 2,
      redis_keys: 1,
    });

    const remaining = await everything();
    for (const value of [...seeded.ids.filter((_, i) => i % 3 !== 0 || i === 0), seeded.clientId]) {
      expect(remaining).not.toContain(value);
    }
    for (const value of seeded.personal)
      expect(remaining.toLowerCase()).not.toContain(value.toLowerCase());
    // The other owner of the other clinic is untouched.
    expect(remaining).toContain(keep.clientId);

    const payments = await runAsTenant(seeded.clinic.tenantId, () =>
      api.app.models.payments.find({}).lean(),
    );
    expect(payments).toHaveLength(2);
    for (const payment of payments) {
      expect(payment).toMatchObject({
        client_id: null,
        appointment_id: null,
        note: null,
        currency: 'USD',
      });
      expect(payment.payer_erased_at).toBeInstanceOf(Date);
    }
    const audit = await api.app.models.securityLogs
      .findOne({ tenant_id: seeded.clinic.tenantId, event: 'personal_data_erased' })
      .lean();
    expect(audit!.details).toMatchObject({
      subject_ref: expect.any(String),
      erased: { clients: 1 },
    });

    // A restore from a backup taken before the erasure brings the records back; applying the
    // erasures again removes them.
    await api.app.models.clients.collection.insertMany(
      beforeRestore.clients.filter((doc) => doc._id.toHexString() === seeded.clientId),
    );
    await api.app.models.patients.collection.insertMany(beforeRestore.patients);
    expect(await api.app.services.privacy.reapplyErasures(seeded.clinic.tenantId)).toBe(1);
    const again = await everything();
    expect(again).not.toContain(seeded.clientId);
    expect(again.toLowerCase()).not.toContain(seeded.personal[1]!.toLowerCase());
  });

  it('lets a clinic owner erase their own client, and refuses another clinic’s', async () => {
    const seeded = await seedOwner('self');
    const other = await seedOwner('other');
    const foreign = await seeded.clinic.call(
      'mutation($c: ID!) { erasePersonData(client_id: $c) { scope } }',
      { c: other.clientId },
    );
    expect(foreign.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const own = await seeded.clinic.call<{ erasePersonData: { scope: string } }>(
      'mutation($c: ID!) { erasePersonData(client_id: $c) { scope } }',
      { c: seeded.clientId },
    );
    expect(own.data!.erasePersonData.scope).toBe('person');
    expect(
      await runAsTenant(seeded.clinic.tenantId, () => api.app.models.clients.countDocuments()),
    ).toBe(0);
  });
});

describe('erasing a clinic', () => {
  it('erases a deleted clinic at once, keys and all, after confirming its slug', async () => {
    const seeded = await seedOwner('gone');
    const admin = await systemAdmin(api.app);
    const tenant = await api.app.services.tenants.get(admin, seeded.clinic.tenantId);
    await api.app.redis.set(`${api.redisKeyPrefix}t:${tenant.id}:usage:2026-01-01`, '5');
    const erase = (confirm: string) =>
      graphql<{ eraseTenantData: { erased: Record<string, number> } }>(
        api.url,
        'mutation($t: ID!, $s: String!) { eraseTenantData(tenant_id: $t, confirm_slug: $s) { erased } }',
        { t: tenant.id, s: confirm },
        token,
      );
    expect((await erase(tenant.slug)).errors![0]!.extensions!.code).toBe('CONFLICT');
    await api.app.services.tenants.delete(admin, tenant.id);
    expect((await erase('wrong-slug')).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const erased = await erase(tenant.slug);
    expect(erased.data!.eraseTenantData.erased).toMatchObject({
      ClientDocument: 1,
      PatientDocument: 2,
    });
    const remaining = await everything();
    for (const value of seeded.personal)
      expect(remaining.toLowerCase()).not.toContain(value.toLowerCase());
    expect(await api.app.models.tenants.exists({ _id: tenant.id })).toBeNull();
    expect(await api.app.redis.exists(`${api.redisKeyPrefix}t:${tenant.id}:usage:2026-01-01`)).toBe(
      0,
    );
    // Its audit trail stays, recording the erasure.
    expect(
      await api.app.models.securityLogs.countDocuments({
        tenant_id: tenant.id,
        event: 'tenant_data_erased',
      }),
    ).toBe(1);
  });
});
