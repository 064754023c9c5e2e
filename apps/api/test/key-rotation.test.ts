import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAsTenant } from '../src/db/tenant-context.js';
import { createClinicFixture, type ClinicFixture } from './clinic-api.js';
import { startTestApi, type TestApi } from './harness.js';

/** Key rotation (resumable, in batches) and the chain verification script, run as processes. */

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const newKey = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;

let api: TestApi;
let clinic: ClinicFixture;
/** The new keys in front, the old ones behind: what an operator sets before rotating. */
const rotated = { ENCRYPTION_KEYS: '', HMAC_KEYS: '' };

beforeAll(async () => {
  api = await startTestApi();
  clinic = await createClinicFixture(api);
  for (let i = 0; i < 5; i += 1) {
    await api.app.services.clients.create(clinic.principal, {
      first_name: `Rotated${i}`,
      last_name: `Keyholder${i}`,
      email: `rotated${i}@keys.example`,
    });
  }
});
afterAll(() => api.stop());

async function script(name: string, args: string[], keys: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(
      'node_modules/.bin/tsx',
      [`scripts/src/${name}.ts`, ...args],
      {
        cwd: repoRoot,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          NODE_ENV: 'test',
          MONGODB_URI: api.mongoUri,
          MONGODB_DATABASE: api.databaseName,
          REDIS_URL: api.redisUrl,
          REDIS_KEY_PREFIX: api.redisKeyPrefix,
          JWT_SECRET: api.jwtSecret,
          ...keys,
        },
      },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

const everyEncryptedDocument = async () => [
  ...(await api.app.models.tenants.collection.find({}).toArray()),
  ...(await api.app.models.staffMembers.collection.find({}).toArray()),
  ...(await api.app.models.clients.collection.find({}).toArray()),
];

const storedClients = () =>
  api.app.models.clients.collection.find({ tenant_id: clinic.tenantId }).toArray();

describe('key rotation', () => {
  it('moves every value to the new keys in batches, resumes, and leaves the data readable', async () => {
    rotated.ENCRYPTION_KEYS = `${newKey('k2')},${api.keyEnv.ENCRYPTION_KEYS}`;
    rotated.HMAC_KEYS = `${newKey('h2')},${api.keyEnv.HMAC_KEYS}`;
    const first = await script('rotate-keys', ['--batch-size', '2', '--max-batches', '2'], rotated);
    expect(first.output, first.output).toContain('Stopped early');
    // Two batches of two: some records moved, the rest wait for the next run.
    const halfway = JSON.stringify(await everyEncryptedDocument());
    expect(halfway).toContain('enc1:k2:');
    expect(halfway).toContain('enc1:test1:');

    const second = await script('rotate-keys', ['--batch-size', '2'], rotated);
    expect(second.code).toBe(0);
    expect(second.output).toContain('All data is on keys k2/h2.');
    for (const doc of await storedClients()) {
      expect(String(doc.email)).toMatch(/^enc1:k2:/);
      expect(String(doc.last_name)).toMatch(/^enc1:k2:/);
      expect(doc.pii.hkey.email).toBe('h2');
    }

    // An API with only the new keys reads, finds and searches everything.
    const fresh = await startTestApi({
      shareWith: api,
      env: {
        JOBS_ENABLED: 'false',
        ENCRYPTION_KEYS: rotated.ENCRYPTION_KEYS.split(',')[0]!,
        HMAC_KEYS: rotated.HMAC_KEYS.split(',')[0]!,
      },
    });
    try {
      const page = await fresh.app.services.clients.list(clinic.principal, {
        search: 'keyholder3',
      });
      expect(page.items.map((client) => client.first_name)).toEqual(['Rotated3']);
      const exact = await runAsTenant(clinic.tenantId, () =>
        fresh.app.models.clients.findOne({ email: 'ROTATED4@keys.example' }).lean(),
      );
      expect(exact?.first_name).toBe('Rotated4');
    } finally {
      await fresh.stop();
    }
  }, 120_000);

  it('encrypts records written in clear before encryption existed', async () => {
    const legacy = await api.app.models.clients.collection.insertOne({
      tenant_id: clinic.tenantId,
      first_name: 'Plain',
      last_name: 'Oldtimer',
      email: 'plain.oldtimer@legacy.example',
      phone: null,
      address: null,
      notes: null,
      created_date: new Date(),
      updated_date: new Date(),
    });
    const result = await script('rotate-keys', [], rotated);
    expect(result, result.output).toMatchObject({ code: 0 });
    const stored = await api.app.models.clients.collection.findOne({ _id: legacy.insertedId });
    expect(JSON.stringify(stored)).not.toContain('Oldtimer');
    expect(String(stored!.last_name)).toMatch(/^enc1:k2:/);
    const reader = await startTestApi({
      shareWith: api,
      env: { ...rotated, JOBS_ENABLED: 'false' },
    });
    try {
      const found = await reader.app.services.clients.list(clinic.principal, { search: 'oldtim' });
      expect(found.items.map((client) => client.email)).toEqual(['plain.oldtimer@legacy.example']);
    } finally {
      await reader.stop();
    }
  }, 120_000);
});

describe('the chain verification script', () => {
  it('says each chain is intact, and names a broken one with a failing exit code', async () => {
    const intact = await script('verify-audit-chain', [clinic.tenantId], api.keyEnv);
    expect(intact).toMatchObject({ code: 0 });
    expect(intact.output).toMatch(new RegExp(`${clinic.tenantId}: intact \\(\\d+ entries\\)`));
    const [entry] = await api.app.models.securityLogs.collection
      .find({ tenant_id: clinic.tenantId })
      .sort({ seq: 1 })
      .toArray();
    await api.app.models.securityLogs.collection.updateOne(
      { _id: entry!._id },
      { $set: { event: 'tenant_deleted' } },
    );
    const broken = await script('verify-audit-chain', [], api.keyEnv);
    expect(broken.code).toBe(1);
    expect(broken.output).toContain(
      `${clinic.tenantId}: BROKEN — edited at seq 1 (entry ${entry!._id.toHexString()})`,
    );
    expect(broken.output).toMatch(/platform: intact/);
  }, 120_000);
});
