import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { resolveKeyring } from '../src/crypto/dev-keys.js';
import { runAsTenant } from '../src/db/tenant-context.js';
import { CLIENT_FIELDS, createClinicFixture, dataOf, type ClinicFixture } from './clinic-api.js';
import { graphql } from './client.js';
import { createTenant } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';

/**
 * Personal fields at rest: what the database holds is ciphertext and keyed hashes, never the
 * seeded values; the API still finds, searches and sorts them.
 */

let api: TestApi;
let clinic: ClinicFixture;

const PERSON = {
  first_name: 'Ximena',
  last_name: 'Quiñónez-Wolfhart',
  email: 'ximena.wolfhart@private-mail.example',
  phone: '+1-555-867-5309',
  address: '1234 Juniper Hollow Road, Springfield',
  notes: 'Allergic to penicillin-based antibiotics',
};
const STAFF = {
  name: 'Dr Octavia Brindlewood',
  email: 'octavia.brindlewood@vet.example',
  phone: '+44 20 7946 0958',
};
const CONTACT = {
  contact_email: 'front.desk@harbourside-vets.example',
  contact_phone: '+61 2 9876 5432',
  address: '77 Wharf Parade, Pyrmont',
};

const LIST = `query($search: String, $email: String, $sortBy: ClientSortField, $sortOrder: SortOrder, $page: Int, $limit: Int) {
  clients(search: $search, email: $email, sortBy: $sortBy, sortOrder: $sortOrder, page: $page, limit: $limit) {
    totalCount items { last_name first_name email }
  }
}`;

beforeAll(async () => {
  api = await startTestApi();
  clinic = await createClinicFixture(api);
});
afterAll(() => api.stop());

async function everyStoredDocument(): Promise<string> {
  const db = api.app.connection.db!;
  const texts: string[] = [];
  for (const { name } of await db.listCollections().toArray()) {
    texts.push(JSON.stringify(await db.collection(name).find({}).toArray()));
  }
  return texts.join('\n');
}

describe('encryption at rest', () => {
  it('stores no clear text of seeded personal data, and reads it back through the API', async () => {
    const created = dataOf(
      await clinic.call<{ createClient: { id: string } & Record<string, unknown> }>(
        `mutation($input: CreateClientInput!) { createClient(input: $input) { ${CLIENT_FIELDS} } }`,
        { input: PERSON },
      ),
    ).createClient;
    expect(created).toMatchObject(PERSON);
    await api.app.services.staffMembers.create(clinic.principal, {
      ...STAFF,
      role: 'veterinarian',
    });
    const tenant = await createTenant(api.app, CONTACT);
    await api.app.services.tenants.update(
      { kind: 'admin', adminId: 'x', email: api.admin.email, role: 'super_admin' },
      tenant.id,
      { contact_phone: '+61 2 9876 5433' },
    );

    const stored = await everyStoredDocument();
    const secrets = [
      ...Object.values(PERSON),
      ...Object.values(STAFF),
      ...Object.values(CONTACT),
      '+61 2 9876 5433',
      'Quinonez',
      'wolfhart',
      '8675309',
    ];
    for (const secret of secrets) expect(stored.toLowerCase()).not.toContain(secret.toLowerCase());

    const rawClient = await runAsTenant(clinic.tenantId, () =>
      api.app.models.clients.collection.findOne({ tenant_id: clinic.tenantId }),
    );
    expect(String(rawClient!.email)).toMatch(/^enc1:test1:/);

    const read = await clinic.call<{ client: Record<string, unknown> }>(
      `query($id: ID!) { client(id: $id) { ${CLIENT_FIELDS} } }`,
      { id: created.id },
    );
    expect(dataOf(read).client).toEqual(created);
    const tenantRead = await graphql<{ tenant: Record<string, unknown> }>(
      api.url,
      'query($id: ID!) { tenant(id: $id) { contact_email contact_phone address } }',
      { id: tenant.id },
      await api.token(),
    );
    expect(tenantRead.data!.tenant).toEqual({ ...CONTACT, contact_phone: '+61 2 9876 5433' });
  });

  it('refuses a ciphertext moved to another clinic or tampered with', async () => {
    const other = await createClinicFixture(api);
    const mine = await api.app.services.clients.create(clinic.principal, {
      first_name: 'Moved',
      last_name: 'Value',
      email: 'moved@example.com',
    });
    const theirs = await api.app.services.clients.create(other.principal, {
      first_name: 'Target',
      last_name: 'Record',
    });
    const collection = api.app.models.clients.collection;
    const source = await collection.findOne({
      first_name: { $exists: true },
      tenant_id: clinic.tenantId,
      'pii.exact.email': { $ne: null },
    });
    expect(source).not.toBeNull();
    await collection.updateOne(
      { _id: new Types.ObjectId(theirs.id) },
      { $set: { email: source!.email } },
    );
    await expect(api.app.services.clients.get(other.principal, theirs.id)).rejects.toThrow(
      /integrity check/,
    );
    const tampered = String(source!.last_name).replace(
      /:([A-Za-z0-9_-])([A-Za-z0-9_-]*):([A-Za-z0-9_-]{22})$/,
      (_m, first: string, rest: string, tag: string) =>
        `:${first === 'A' ? 'B' : 'A'}${rest}:${tag}`,
    );
    await collection.updateOne(
      { _id: new Types.ObjectId(mine.id) },
      { $set: { last_name: tampered } },
    );
    await expect(api.app.services.clients.get(clinic.principal, mine.id)).rejects.toThrow(
      /integrity check/,
    );
    await collection.deleteOne({ _id: new Types.ObjectId(mine.id) });
    await collection.deleteOne({ _id: new Types.ObjectId(theirs.id) });
  });
});

describe('finding encrypted clients', () => {
  let listed: ClinicFixture;
  const list = async (variables: Record<string, unknown>) =>
    dataOf(
      await listed.call<{
        clients: {
          totalCount: number;
          items: { last_name: string; first_name: string; email: string | null }[];
        };
      }>(LIST, variables),
    ).clients;

  beforeAll(async () => {
    listed = await createClinicFixture(api);
    const people = [
      ['José', 'Núñez', 'jose@familia.example', '+34 600 111 222'],
      ['ana', 'de la Cruz', 'ana@cruz.example', null],
      ['Ben', 'Abbott', null, '+1 555 000 1111'],
      ['Cleo', 'nakamura', 'cleo.n@list.example', null],
      ['Dora', 'Abbott', 'dora@abbott.example', null],
      ['Eli', 'Zhou', 'ELI@Zhou.example', null],
      ['Finn', '_Underscore', null, null],
    ] as const;
    for (const [first_name, last_name, email, phone] of people) {
      await api.app.services.clients.create(listed.principal, {
        first_name,
        last_name,
        email,
        phone,
      });
    }
  });

  it('finds an exact e-mail through its keyed hash, in any case', async () => {
    expect((await list({ email: 'Eli@ZHOU.example' })).items.map((c) => c.last_name)).toEqual([
      'Zhou',
    ]);
    expect((await list({ email: 'nobody@zhou.example' })).totalCount).toBe(0);
    // The filter names the field; the encrypted-fields plugin turns it into its keyed hash.
    const found = await runAsTenant(listed.tenantId, () =>
      api.app.models.clients.findOne({ email: 'dora@abbott.example' }).lean(),
    );
    expect(found?.first_name).toBe('Dora');
  });

  it('searches substrings without accents or case, and word prefixes for one or two letters', async () => {
    expect((await list({ search: 'nunez' })).items.map((c) => c.first_name)).toEqual(['José']);
    expect((await list({ search: 'NÚÑ' })).items.map((c) => c.first_name)).toEqual(['José']);
    expect((await list({ search: 'la cr' })).items.map((c) => c.first_name)).toEqual(['ana']);
    expect((await list({ search: 'abbott' })).totalCount).toBe(2);
    expect((await list({ search: '600 111' })).items.map((c) => c.first_name)).toEqual(['José']);
    expect((await list({ search: 'list.ex' })).items.map((c) => c.first_name)).toEqual(['Cleo']);
    expect((await list({ search: 'zh' })).items.map((c) => c.first_name)).toEqual(['Eli']);
    // Two letters match the start of a word, not its middle ("ho" is inside "Zhou").
    expect((await list({ search: 'ho' })).totalCount).toBe(0);
    // Runs that all occur but not in a row are not a match: "abbo" + "tt" is not "abbtt".
    expect((await list({ search: 'bbott.ex' })).items.map((c) => c.first_name)).toEqual(['Dora']);
    expect((await list({ search: '.*' })).totalCount).toBe(0);
  });

  it('sorts by encrypted names in every direction and pages exactly', async () => {
    const all = await list({ limit: 100 });
    expect(all.items.map((c) => c.last_name)).toEqual([
      'Abbott',
      'Abbott',
      'de la Cruz',
      'nakamura',
      'Núñez',
      'Zhou',
      '_Underscore',
    ]);
    const pages: string[] = [];
    for (let page = 1; page <= 4; page += 1) {
      pages.push(...(await list({ page, limit: 2 })).items.map((c) => c.first_name));
    }
    expect(pages).toEqual(['Ben', 'Dora', 'ana', 'Cleo', 'José', 'Eli', 'Finn']);
    const desc: string[] = [];
    for (let page = 1; page <= 3; page += 1) {
      desc.push(
        ...(await list({ page, limit: 3, sortOrder: 'desc' })).items.map((c) => c.first_name),
      );
    }
    expect(desc).toEqual(['Finn', 'Eli', 'José', 'Cleo', 'ana', 'Dora', 'Ben']);
    const byEmail = await list({ sortBy: 'email', limit: 100 });
    expect(byEmail.items.map((c) => c.email)).toEqual([
      null,
      null,
      'ana@cruz.example',
      'cleo.n@list.example',
      'dora@abbott.example',
      'eli@zhou.example',
      'jose@familia.example',
    ]);
    const searchedPage = await list({ search: 'a', page: 2, limit: 1 });
    expect(searchedPage).toEqual({
      totalCount: 3,
      items: [expect.objectContaining({ first_name: 'Dora' })],
    });
  });

  it('keeps the tenants list searchable by contact e-mail', async () => {
    const tenant = await createTenant(api.app, {
      contact_email: 'billing@lighthouse-pets.example',
    });
    const found = await graphql<{ tenants: { items: { id: string }[] } }>(
      api.url,
      'query($s: String) { tenants(search: $s) { items { id } } }',
      { s: 'lighthouse-pets' },
      await api.token(),
    );
    expect(found.data!.tenants.items.map((t) => t.id)).toEqual([tenant.id]);
  });
});

describe('the keys', () => {
  const base = { MONGODB_URI: 'mongodb://127.0.0.1:27017/', REDIS_URL: 'redis://127.0.0.1:6379' };

  it('are required in production', () => {
    const config = loadConfig({ ...base, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) });
    expect(() => resolveKeyring(config)).toThrow(ConfigError);
    expect(() => resolveKeyring(config)).toThrow(/ENCRYPTION_KEYS: is required in production/);
  });

  it('are refused when malformed', () => {
    expect(() => loadConfig({ ...base, ENCRYPTION_KEYS: 'k1:short' })).toThrow(/ENCRYPTION_KEYS/);
    const key = randomBytes(32).toString('base64');
    expect(() => loadConfig({ ...base, HMAC_KEYS: `a:${key},a:${key}` })).toThrow(/used twice/);
  });

  it('are generated once into the data folder in development', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vetcares-keys-'));
    try {
      const config = loadConfig({ ...base, DATA_DIR: dataDir });
      const first = resolveKeyring(config);
      const second = resolveKeyring(config);
      expect(first.activeEncryptionKey.key.equals(second.activeEncryptionKey.key)).toBe(true);
      const file = path.join(dataDir, 'dev-keys.json');
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect(JSON.parse(await readFile(file, 'utf8'))).toHaveProperty('encryption.id', 'dev');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
