import argon2 from 'argon2';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiKey, createClinicTenant } from './clinic-factories.js';
import { systemAdmin } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';
import { OwnRedis } from './redis-server.js';

/**
 * Rate limits through the real API on a real Redis: guessing passwords meets 429 (before any hash
 * is computed) while the real user still signs in from another address; clinic API calls and
 * usage reports are bounded per credential and per clinic; with Redis down, sign-in fails closed.
 */

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({
    env: {
      BASE_DOMAIN: 'vetcares.test',
      RATE_LIMIT_API_PER_KEY: '5',
      RATE_LIMIT_API_PER_TENANT: '8',
      RATE_LIMIT_USAGE_PER_KEY: '3',
    },
  });
});
afterAll(() => api.stop());

interface Answer {
  status: number;
  retryAfter: string | null;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    error?: { code: string; message: string; retry_after_seconds?: number };
  };
}

/** A request as if it came through the load balancer from `address`. */
async function call(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
  method = 'POST',
): Promise<Answer> {
  const response = await fetch(`${api.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: method === 'GET' ? undefined : JSON.stringify(body),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as Answer['body'],
  };
}

const from = (address: string) => ({ 'x-forwarded-for': address });

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const CLINIC_SIGN_IN =
  'mutation($s: String!, $e: String!, $p: String!) { clinicSignIn(input: { slug: $s, email: $e, password: $p }) { token } }';

describe('sign-in rate limits', () => {
  it('meets 40 wrong admin passwords with 429 before hashing, and lets the real user in from elsewhere', async () => {
    await api.app.services.admins.ensureAdmin({
      email: 'guarded@vetcares.test',
      password: 'Steel-Door-Passw0rd!',
      role: 'admin',
    });
    const answers: Answer[] = [];
    for (let i = 0; i < 40; i += 1) {
      answers.push(
        await call(
          '/api/auth/login',
          { email: 'guarded@vetcares.test', password: `Wrong-Guess-${i}!` },
          from('203.0.113.40'),
        ),
      );
    }
    const statuses = answers.map((answer) => answer.status);
    // SIGN_IN_MAX_CONSECUTIVE_FAILURES (10) wrong passwords, then refusals.
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array(30).fill(429));
    const refused = answers[39]!;
    expect(refused.body.error).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(refused.body.error!.retry_after_seconds).toBe(Number(refused.retryAfter));

    // A refused guess costs no hash, even with the right password.
    const verify = vi.spyOn(argon2, 'verify');
    const stillRefused = await call(
      '/api/auth/login',
      { email: 'guarded@vetcares.test', password: 'Steel-Door-Passw0rd!' },
      from('203.0.113.40'),
    );
    expect(stillRefused.status).toBe(429);
    expect(verify).not.toHaveBeenCalled();
    verify.mockRestore();

    // The real user, from their own address, is not locked out.
    const real = await call(
      '/api/auth/login',
      { email: 'guarded@vetcares.test', password: 'Steel-Door-Passw0rd!' },
      from('198.51.100.23'),
    );
    expect(real.status).toBe(200);
    expect(real.body).toHaveProperty('token');
  });

  it('answers RATE_LIMITED over GraphQL with retry-after, records it, and still raises the incident', async () => {
    const tenant = await createClinicTenant(api.app, { slug: 'hammered' });
    await api.app.services.clinicUsers.create(await systemAdmin(api.app), tenant.id, {
      email: 'vet@hammered.example',
      name: 'Vet',
      password: 'Hammered-Clinic-Passw0rd!',
      role: 'staff',
    });
    const answers: Answer[] = [];
    for (let i = 0; i < 25; i += 1) {
      answers.push(
        await call(
          '/graphql',
          {
            query: CLINIC_SIGN_IN,
            variables: { s: 'hammered', e: 'vet@hammered.example', p: `wrong-${i}-password` },
          },
          from('203.0.113.41'),
        ),
      );
    }
    const codes = answers.map((answer) => answer.body.errors?.[0]?.extensions?.code);
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('UNAUTHENTICATED'));
    expect(codes.slice(10)).toEqual(Array(15).fill('RATE_LIMITED'));
    const last = answers[24]!;
    expect(last.body.errors![0]!.extensions!.retry_after_seconds).toEqual(expect.any(Number));
    expect(last.retryAfter).toBe(String(last.body.errors![0]!.extensions!.retry_after_seconds));

    // Refusals are in the security log (aggregated: the first at once, repeats counted).
    const limited = await api.app.models.securityLogs
      .find({ tenant_id: tenant.id, event: 'rate_limited' })
      .lean();
    expect(limited.length).toBeGreaterThanOrEqual(1);
    expect(limited[0]!.details).toMatchObject({ kind: 'clinic_sign_in' });
    expect(limited[0]!.ip_address).toBe('203.0.113.41');

    // 10 failures and 15 refused guesses from one address: the address rule (20) still fires.
    const open = await api.app.services.incidents.openIncidents();
    expect(open).toContainEqual(
      expect.objectContaining({ rule: 'failed_sign_ins_address', subject: 'ip:203.0.113.41' }),
    );

    // The real user from another address signs in.
    const real = await call(
      '/graphql',
      {
        query: CLINIC_SIGN_IN,
        variables: { s: 'hammered', e: 'vet@hammered.example', p: 'Hammered-Clinic-Passw0rd!' },
      },
      from('198.51.100.24'),
    );
    expect(real.body.errors).toBeUndefined();
  });
});

describe('clinic API rate limits', () => {
  it('bounds calls per API key and per clinic, over GraphQL and REST', async () => {
    const tenant = await createClinicTenant(api.app);
    const first = await createApiKey(api, tenant.id);
    const second = await createApiKey(api, tenant.id);
    const query = { query: '{ currentClinic { id } }' };
    const firstKey = [];
    for (let i = 0; i < 6; i += 1)
      firstKey.push(await call('/graphql', query, { 'x-api-key': first }));
    expect(firstKey.slice(0, 5).map((answer) => answer.body.errors)).toEqual(
      Array(5).fill(undefined),
    );
    expect(firstKey[5]!.status).toBe(429);
    expect(firstKey[5]!.body.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(firstKey[5]!.retryAfter)).toBeGreaterThan(0);

    // The clinic's budget (8) is shared: the second key has 3 left, then REST refuses too.
    for (let i = 0; i < 3; i += 1) {
      expect((await call('/graphql', query, { 'x-api-key': second })).body.errors).toBeUndefined();
    }
    const overClinic = await call(
      '/api/usage/events',
      { event: 'api_call' },
      { 'x-api-key': second },
    );
    expect(overClinic.status).toBe(429);
    expect(overClinic.body.error).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(overClinic.retryAfter)).toBeGreaterThan(0);

    // Another clinic is unaffected.
    const other = await createClinicTenant(api.app);
    const otherKey = await createApiKey(api, other.id);
    expect((await call('/graphql', query, { 'x-api-key': otherKey })).body.errors).toBeUndefined();
  });

  it('bounds usage reports per API key, on REST and trackUsage alike', async () => {
    const tenant = await createClinicTenant(api.app);
    const key = await createApiKey(api, tenant.id);
    const track = {
      query: 'mutation($events: [UsageEventInput!]!) { trackUsage(events: $events) { accepted } }',
      variables: { events: [{ event: 'api_call', count: 1 }] },
    };
    expect((await call('/graphql', track, { 'x-api-key': key })).body.errors).toBeUndefined();
    expect(
      (await call('/api/usage/events', { event: 'api_call' }, { 'x-api-key': key })).status,
    ).toBe(202);
    expect((await call('/graphql', track, { 'x-api-key': key })).body.errors).toBeUndefined();
    const fourth = await call('/api/usage/events', { event: 'api_call' }, { 'x-api-key': key });
    expect(fourth.status).toBe(429);
    expect(fourth.body.error!.message).toMatch(/usage reports/);
    const fifth = await call('/graphql', track, { 'x-api-key': key });
    expect(fifth.body.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(fifth.retryAfter).toBe(String(fifth.body.errors![0]!.extensions!.retry_after_seconds));
  });
});

describe('with Redis down', () => {
  it('fails sign-in closed with a clear error, and recovers with Redis', async () => {
    const redis = await OwnRedis.create();
    const own = await startTestApi({ env: { REDIS_URL: redis.url, JOBS_ENABLED: 'false' } });
    try {
      const body = { email: own.admin.email, password: own.admin.password };
      expect((await call2(own, '/api/auth/login', body)).status).toBe(200);
      await redis.stop();
      const down = await call2(own, '/api/auth/login', body);
      expect(down.status).toBe(503);
      expect(down.body.error).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      expect(down.body.error!.message).toMatch(/Sign-in is unavailable.*Redis/);
      const overGraphql = await call2(own, '/graphql', {
        query: LOGIN,
        variables: { e: own.admin.email, p: 'Wrong-but-unchecked-1!' },
      });
      expect(overGraphql.body.errors![0]!.extensions!.code).toBe('SERVICE_UNAVAILABLE');
      await redis.start();
      await waitForReady(own);
      expect((await call2(own, '/api/auth/login', body)).status).toBe(200);
    } finally {
      await own.stop();
      await redis.destroy();
    }
  }, 60_000);
});

async function call2(target: TestApi, path: string, body: unknown): Promise<Answer> {
  const response = await fetch(`${target.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as Answer['body'],
  };
}

/** Until the API's main Redis connection is back (ioredis reconnects on its own). */
async function waitForReady(target: TestApi): Promise<void> {
  if (target.app.redis.status === 'ready') return;
  await new Promise<void>((resolve) => target.app.redis.once('ready', () => resolve()));
}
