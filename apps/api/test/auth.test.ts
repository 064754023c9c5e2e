import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/core/clock.js';
import { clinicUserToken, createClinicTenant } from './clinic-factories.js';
import { errorCodes, graphql } from './client.js';
import { startTestApi, type TestApi } from './harness.js';

const LOGIN =
  'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token expires_at refresh_token refresh_expires_at admin { email role } } }';
const ME = '{ me { email role } }';
const CLINIC_READ = '{ currentClinic { __typename } }';
const REFRESH =
  'mutation($t: String!) { refreshSession(refresh_token: $t) { token refresh_token expires_at } }';

interface Tokens {
  token: string;
  refresh_token: string;
}

const clock = new ManualClock();
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ clock });
});
afterAll(() => api.stop());

const signIn = async (email = api.admin.email, password = api.admin.password): Promise<Tokens> =>
  api.app.services.admins.login(email, password);

const meCodes = async (token: string) => errorCodes(await graphql(api.url, ME, {}, token));

describe('admin sign-in', () => {
  it('returns a short-lived access token and a refresh token, with pinned claims', async () => {
    const response = await graphql<{
      login: Tokens & { expires_at: string; refresh_expires_at: string };
    }>(api.url, LOGIN, { email: api.admin.email.toUpperCase(), password: api.admin.password });
    expect(response.errors).toBeUndefined();
    const { token, refresh_token, expires_at, refresh_expires_at } = response.data!.login;
    const access = jwt.decode(token, { complete: true });
    expect(access?.header.alg).toBe('HS256');
    expect(access?.payload).toMatchObject({
      iss: 'vetcares',
      aud: 'vetcares:admin',
      typ: 'access',
    });
    expect(jwt.decode(refresh_token)).toMatchObject({ typ: 'refresh', aud: 'vetcares:admin' });
    // Minutes, not hours; the session itself lasts longer.
    const accessMs = new Date(expires_at).getTime() - clock.now().getTime();
    expect(accessMs).toBeGreaterThan(0);
    expect(accessMs).toBeLessThanOrEqual(600_000 + 1000);
    expect(new Date(refresh_expires_at).getTime()).toBeGreaterThan(new Date(expires_at).getTime());
    expect(await meCodes(token)).toEqual([]);
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

  it('still lets a client with a stale token sign in again', async () => {
    const response = await graphql(
      api.url,
      LOGIN,
      { email: api.admin.email, password: api.admin.password },
      'stale.token.here',
    );
    expect(response.errors).toBeUndefined();
  });
});

describe('the negative token suite: every forged or misused token is refused', () => {
  it('refuses alg none, another algorithm or key, wrong issuer or audience, missing or past exp, a tampered payload, and a refresh token as an access token', async () => {
    const good = await signIn();
    const claims = jwt.decode(good.token) as Record<string, unknown> & { sub: string; sid: string };
    const key = api.jwtSecret;
    const now = Math.floor(clock.now().getTime() / 1000);
    const payload = { typ: 'access', sid: claims.sid, iat: now, exp: now + 300 };
    const options = { subject: claims.sub, issuer: 'vetcares', audience: 'vetcares:admin' };
    const [header, body, signature] = good.token.split('.') as [string, string, string];
    const tamperedBody = Buffer.from(JSON.stringify({ ...claims, sub: '0'.repeat(24) })).toString(
      'base64url',
    );
    const forged: Record<string, string> = {
      'alg none': jwt.sign(payload, '', { ...options, algorithm: 'none' }),
      'another key': jwt.sign(payload, 'another-secret-another-secret-12345', options),
      'another algorithm (HS512)': jwt.sign(payload, key, { ...options, algorithm: 'HS512' }),
      'wrong issuer': jwt.sign(payload, key, { ...options, issuer: 'someone-else' }),
      'wrong audience': jwt.sign(payload, key, { ...options, audience: 'vetcares:other' }),
      'clinic audience': jwt.sign(payload, key, { ...options, audience: 'vetcares:clinic' }),
      'no exp': jwt.sign({ typ: 'access', sid: claims.sid, iat: now }, key, options),
      'past exp': jwt.sign({ ...payload, exp: now - 10 }, key, options),
      'no token use': jwt.sign({ sid: claims.sid, iat: now, exp: now + 300 }, key, options),
      'refresh token as access token': good.refresh_token,
      'tampered payload': `${header}.${tamperedBody}.${signature}`,
      'unsigned copy': `${header}.${body}.`,
    };
    for (const [name, token] of Object.entries(forged)) {
      expect([name, await meCodes(token)]).toEqual([name, ['UNAUTHENTICATED']]);
    }
    // The control: the same key and claims, properly made, work; so each refusal above is the
    // one thing that differs.
    expect(await meCodes(jwt.sign(payload, key, options))).toEqual([]);
  });

  it('refuses an admin token as a clinic token and a clinic token as an admin token', async () => {
    const tenant = await createClinicTenant(api.app);
    const clinicToken = await clinicUserToken(api, tenant.id, 'owner');
    const adminToken = (await signIn()).token;
    expect(errorCodes(await graphql(api.url, CLINIC_READ, {}, clinicToken))).toEqual([]);
    expect(errorCodes(await graphql(api.url, CLINIC_READ, {}, adminToken))).not.toEqual([]);
    // A clinic token is a clinic principal (never an admin): admin operations are forbidden to it.
    expect(await meCodes(clinicToken)).toEqual(['FORBIDDEN']);
    // And each verifier refuses the other kind outright.
    expect((await api.app.services.admins.authenticate(`Bearer ${clinicToken}`)).kind).toBe(
      'anonymous',
    );
    expect((await api.app.services.clinicAuth.authenticateToken(adminToken)).kind).toBe(
      'anonymous',
    );
    // Re-signed as the other audience with the right key, a token still names no such session.
    const claims = jwt.decode(clinicToken) as Record<string, unknown>;
    const asAdmin = jwt.sign({ ...claims, aud: 'vetcares:admin' }, api.jwtSecret);
    expect(await meCodes(asAdmin)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses the tokens of a disabled account, on another API process too', async () => {
    const super_ = await api.app.services.admins.authenticate(`Bearer ${(await signIn()).token}`);
    await api.app.services.admins.ensureAdmin({
      email: 'leaver@vetcares.test',
      password: 'Leaving-Passw0rd!',
      role: 'admin',
    });
    const leaver = await signIn('leaver@vetcares.test', 'Leaving-Passw0rd!');
    const second = await startTestApi({ shareWith: api });
    try {
      expect(errorCodes(await graphql(second.url, ME, {}, leaver.token))).toEqual([]);
      const admin = await api.app.models.admins.findOne({ email: 'leaver@vetcares.test' }).lean();
      await api.app.services.adminDirectory.setDisabled(super_, admin!._id.toHexString(), true);
      expect(errorCodes(await graphql(second.url, ME, {}, leaver.token))).toEqual([
        'UNAUTHENTICATED',
      ]);
      const refreshed = await graphql(second.url, REFRESH, { t: leaver.refresh_token });
      expect(errorCodes(refreshed)).toEqual(['UNAUTHENTICATED']);
    } finally {
      await second.stop();
    }
  });

  it('rotates refresh tokens, and a reused one ends its whole family', async () => {
    const first = await signIn();
    const rotated = await graphql<{ refreshSession: Tokens }>(api.url, REFRESH, {
      t: first.refresh_token,
    });
    expect(rotated.errors).toBeUndefined();
    const second = rotated.data!.refreshSession;
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(await meCodes(second.token)).toEqual([]);

    // The first refresh token again: someone kept a copy. The family ends.
    const reused = await graphql(api.url, REFRESH, { t: first.refresh_token });
    expect(errorCodes(reused)).toEqual(['UNAUTHENTICATED']);
    expect(await meCodes(second.token)).toEqual(['UNAUTHENTICATED']);
    expect(await meCodes(first.token)).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await graphql(api.url, REFRESH, { t: second.refresh_token }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    const logged = await api.app.models.securityLogs.find({ event: 'refresh_token_reused' }).lean();
    expect(logged.length).toBeGreaterThan(0);
  });

  it('signs out one session, or every session of the account', async () => {
    const a = await signIn();
    const b = await signIn();
    const c = await signIn();
    expect((await graphql(api.url, 'mutation { signOut }', {}, a.token)).errors).toBeUndefined();
    expect(await meCodes(a.token)).toEqual(['UNAUTHENTICATED']);
    expect(await meCodes(b.token)).toEqual([]);
    const everywhere = await graphql<{ signOutEverywhere: number }>(
      api.url,
      'mutation { signOutEverywhere }',
      {},
      b.token,
    );
    expect(everywhere.data!.signOutEverywhere).toBeGreaterThanOrEqual(2);
    expect(await meCodes(b.token)).toEqual(['UNAUTHENTICATED']);
    expect(await meCodes(c.token)).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await graphql(api.url, REFRESH, { t: c.refresh_token }))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('ends a session left idle past the timeout, and refuses an expired access token', async () => {
    const idle = await signIn();
    clock.advance(31 * 60_000);
    expect(await meCodes(idle.token)).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await graphql(api.url, REFRESH, { t: idle.refresh_token }))).toEqual([
      'UNAUTHENTICATED',
    ]);

    const busy = await signIn();
    clock.advance(9 * 60_000);
    expect(await meCodes(busy.token)).toEqual([]);
    clock.advance(2 * 60_000);
    // Past its 10 minutes the access token is refused; the refresh token buys a new one.
    expect(await meCodes(busy.token)).toEqual(['UNAUTHENTICATED']);
    const renewed = await graphql<{ refreshSession: Tokens }>(api.url, REFRESH, {
      t: busy.refresh_token,
    });
    expect(await meCodes(renewed.data!.refreshSession.token)).toEqual([]);
  });
});

describe('ensureAdmin (create-admin)', () => {
  it('refuses weak and common passwords', async () => {
    for (const password of [
      'short1A!',
      'alllowercaseletters',
      'Password1234',
      'ownerowner-Aa1!',
      'Qwertyuiop12',
    ]) {
      await expect(
        api.app.services.admins.ensureAdmin({ email: 'owner@vetcares.test', password }),
      ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
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
