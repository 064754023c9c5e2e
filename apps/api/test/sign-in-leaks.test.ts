import argon2 from 'argon2';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runAsTenant } from '../src/db/tenant-context.js';
import { dummyPasswordHash } from '../src/modules/admins/password.js';
import { graphql } from './client.js';
import { createClinicTenant } from './clinic-factories.js';
import { systemAdmin } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';

/**
 * What sign-in tells someone who does not know the password: nothing about a clinic's suspension,
 * and nothing (not even by its cost) about whether an account exists or is disabled.
 */

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());
afterEach(() => vi.restoreAllMocks());

const CLINIC_SIGN_IN =
  'mutation($s: String!, $e: String!, $p: String!) { clinicSignIn(input: { slug: $s, email: $e, password: $p }) { token } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const PASSWORD = 'Quiet-Clinic-Passw0rd!';

async function clinicWithUser(slug: string) {
  const tenant = await createClinicTenant(api.app, { slug });
  await api.app.services.clinicUsers.create(await systemAdmin(api.app), tenant.id, {
    email: `vet@${slug}.example`,
    name: 'Vet',
    password: PASSWORD,
    role: 'staff',
  });
  return tenant;
}

/** The hashes argon2.verify was asked to check against while `work` ran. */
async function hashesVerifiedDuring(work: () => Promise<unknown>): Promise<string[]> {
  const verify = vi.spyOn(argon2, 'verify');
  await work();
  const hashes = verify.mock.calls.map(([hash]) => hash);
  verify.mockRestore();
  return hashes;
}

describe('clinic sign-in', () => {
  it("tells a suspended clinic's reason only to someone with the right password", async () => {
    const tenant = await clinicWithUser('quiet');
    await api.app.services.tenants.suspend(
      await systemAdmin(api.app),
      tenant.id,
      'Unpaid invoices',
    );

    const guess = await graphql(api.url, CLINIC_SIGN_IN, {
      s: 'quiet',
      e: 'vet@quiet.example',
      p: 'Not-The-Passw0rd!',
    });
    expect(guess.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(guess.errors)).not.toMatch(/suspended|Unpaid/);
    const stranger = await graphql(api.url, CLINIC_SIGN_IN, {
      s: 'quiet',
      e: 'nobody@quiet.example',
      p: 'Not-The-Passw0rd!',
    });
    expect(JSON.stringify(stranger.errors)).not.toMatch(/suspended|Unpaid/);

    const member = await graphql(api.url, CLINIC_SIGN_IN, {
      s: 'quiet',
      e: 'vet@quiet.example',
      p: PASSWORD,
    });
    expect(member.errors![0]!.extensions!.code).toBe('TENANT_SUSPENDED');
    expect(member.errors![0]!.message).toMatch(/Unpaid invoices/);
  });

  it('costs an unknown or disabled user one hash against the dummy, like a wrong password', async () => {
    const tenant = await clinicWithUser('costly');
    const dummy = await dummyPasswordHash();
    const user = await runAsTenant(tenant.id, () =>
      api.app.models.clinicUsers.findOne({ email: 'vet@costly.example' }).lean(),
    );

    const wrong = await hashesVerifiedDuring(() =>
      graphql(api.url, CLINIC_SIGN_IN, { s: 'costly', e: 'vet@costly.example', p: 'Wrong-1!' }),
    );
    expect(wrong).toEqual([user!.password_hash]);

    const unknown = await hashesVerifiedDuring(() =>
      graphql(api.url, CLINIC_SIGN_IN, { s: 'costly', e: 'ghost@costly.example', p: 'Wrong-2!' }),
    );
    expect(unknown).toEqual([dummy]);

    await runAsTenant(tenant.id, () =>
      api.app.models.clinicUsers.updateOne({ _id: user!._id }, { $set: { disabled: true } }),
    );
    const disabled = await hashesVerifiedDuring(async () => {
      const response = await graphql(api.url, CLINIC_SIGN_IN, {
        s: 'costly',
        e: 'vet@costly.example',
        p: PASSWORD,
      });
      expect(response.errors![0]!.message).toBe('Wrong e-mail or password');
    });
    expect(disabled).toEqual([dummy]);
  });
});

describe('admin sign-in', () => {
  it('costs an unknown or disabled admin one hash against the dummy', async () => {
    const dummy = await dummyPasswordHash();
    const unknown = await hashesVerifiedDuring(() =>
      graphql(api.url, LOGIN, { e: 'ghost@vetcares.test', p: 'Wrong-3!' }),
    );
    expect(unknown).toEqual([dummy]);

    await api.app.services.admins.ensureAdmin({
      email: 'retired@vetcares.test',
      password: 'Gone-Fishing-Passw0rd!',
      role: 'admin',
    });
    await api.app.models.admins.updateOne(
      { email: 'retired@vetcares.test' },
      { $set: { disabled: true } },
    );
    const disabled = await hashesVerifiedDuring(async () => {
      const response = await graphql(api.url, LOGIN, {
        e: 'retired@vetcares.test',
        p: 'Gone-Fishing-Passw0rd!',
      });
      expect(response.errors![0]!.message).toBe('Wrong e-mail or password');
    });
    expect(disabled).toEqual([dummy]);
  });
});
