import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, graphql } from './client.js';
import { startTestApi, type TestApi } from './harness.js';

const LOGIN =
  'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token expires_at admin { email role } } }';
const ME = '{ me { email role } }';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

describe('admin sign-in', () => {
  it('returns a JWT with issuer, audience and expiry, accepted by the API', async () => {
    const response = await graphql<{
      login: { token: string; expires_at: string; admin: { email: string } };
    }>(api.url, LOGIN, { email: api.admin.email.toUpperCase(), password: api.admin.password });
    expect(response.errors).toBeUndefined();
    const { token, expires_at } = response.data!.login;
    const claims = jwt.decode(token, { complete: true });
    expect(claims?.header.alg).toBe('HS256');
    expect(claims?.payload).toMatchObject({
      iss: 'vetcares',
      aud: 'vetcares:admin',
      role: 'super_admin',
    });
    expect(new Date(expires_at).getTime()).toBeGreaterThan(Date.now());
    const me = await graphql<{ me: { email: string } }>(api.url, ME, {}, token);
    expect(me.data!.me.email).toBe(api.admin.email);
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const unknown = await graphql(api.url, LOGIN, {
      email: 'nobody@vetcares.test',
      password: 'whatever-Passw0rd',
    });
    const wrong = await graphql(api.url, LOGIN, {
      email: api.admin.email,
      password: 'whatever-Passw0rd',
    });
    expect(errorCodes(unknown)).toEqual(['UNAUTHENTICATED']);
    expect(unknown.errors![0]!.message).toBe(wrong.errors![0]!.message);
  });

  it('refuses tokens signed with another algorithm, key, audience or issuer, or expired', async () => {
    const good = await api.token();
    const { sub } = jwt.decode(good) as { sub: string };
    const key = api.jwtSecret;
    const forged = [
      jwt.sign({ role: 'super_admin' }, '', {
        algorithm: 'none',
        subject: sub,
        issuer: 'vetcares',
        audience: 'vetcares:admin',
      }),
      jwt.sign({ role: 'super_admin' }, 'another-secret-another-secret-123', {
        subject: sub,
        issuer: 'vetcares',
        audience: 'vetcares:admin',
      }),
      jwt.sign({ role: 'super_admin' }, key, {
        subject: sub,
        issuer: 'vetcares',
        audience: 'vetcares:clinic',
      }),
      jwt.sign({ role: 'super_admin' }, key, {
        subject: sub,
        issuer: 'someone-else',
        audience: 'vetcares:admin',
      }),
      jwt.sign({ role: 'super_admin', exp: Math.floor(Date.now() / 1000) - 10 }, key, {
        subject: sub,
        issuer: 'vetcares',
        audience: 'vetcares:admin',
      }),
      jwt.sign({ role: 'super_admin' }, key, {
        algorithm: 'HS512',
        subject: sub,
        issuer: 'vetcares',
        audience: 'vetcares:admin',
      }),
    ];
    for (const token of forged) {
      expect(errorCodes(await graphql(api.url, ME, {}, token))).toEqual(['UNAUTHENTICATED']);
    }
    // The control: the same key and claims, properly made, work.
    const control = jwt.sign({ role: 'super_admin' }, key, {
      subject: sub,
      issuer: 'vetcares',
      audience: 'vetcares:admin',
    });
    expect((await graphql(api.url, ME, {}, control)).errors).toBeUndefined();
  });

  it('still lets a client with a stale token sign in again', async () => {
    const response = await graphql(
      api.url,
      LOGIN,
      { email: api.admin.email, password: api.admin.password },
      'stale.token.here',
    );
    expect(response.errors).toBeUndefined();
  });

  it('stops accepting the token of an admin who was disabled', async () => {
    await api.app.services.admins.ensureAdmin({
      email: 'leaver@vetcares.test',
      password: 'Leaving-Passw0rd!',
      role: 'admin',
    });
    const { token } = await api.app.services.admins.login(
      'leaver@vetcares.test',
      'Leaving-Passw0rd!',
    );
    await api.app.models.admins.updateOne(
      { email: 'leaver@vetcares.test' },
      { $set: { disabled: true } },
    );
    // A fresh process has no cache; the check runs against the database.
    const second = await startTestApi({ shareWith: api });
    try {
      expect(errorCodes(await graphql(second.url, ME, {}, token))).toEqual(['UNAUTHENTICATED']);
    } finally {
      await second.stop();
    }
  });
});

describe('ensureAdmin (create-admin)', () => {
  it('refuses weak passwords', async () => {
    for (const password of ['short1A!', 'alllowercaseletters', 'Password1234', 'ownerowner-Aa1!']) {
      await expect(
        api.app.services.admins.ensureAdmin({ email: 'owner@vetcares.test', password }),
      ).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
    }
  });

  it('is idempotent and converges on the given password', async () => {
    const first = await api.app.services.admins.ensureAdmin({
      email: 'ops@vetcares.test',
      password: 'First-Passw0rd!',
    });
    const again = await api.app.services.admins.ensureAdmin({
      email: 'OPS@vetcares.test',
      password: 'First-Passw0rd!',
    });
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.admin.id).toBe(first.admin.id);
    await api.app.services.admins.ensureAdmin({
      email: 'ops@vetcares.test',
      password: 'Second-Passw0rd!',
    });
    await expect(
      api.app.services.admins.login('ops@vetcares.test', 'First-Passw0rd!'),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(
      api.app.services.admins.login('ops@vetcares.test', 'Second-Passw0rd!'),
    ).resolves.toBeTruthy();
    expect(await api.app.models.admins.countDocuments({ email: 'ops@vetcares.test' })).toBe(1);
  });
});
