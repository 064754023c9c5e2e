import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_EVENTS_PER_CALL } from '../src/modules/usage/usage.constants.js';
import {
  clinicGraphql,
  codes,
  dataOf,
  errorFields,
  unknownId,
  type ClinicCredential,
} from './clinic-api.js';
import { clinicUserToken, createApiKey, createClinicTenant } from './clinic-factories.js';
import { graphql } from './client.js';
import { systemAdmin } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';

const TRACK = 'mutation($events: [UsageEventInput!]!) { trackUsage(events: $events) { accepted } }';
const USAGE = `query($days: Int, $tenant_id: ID) {
  tenantUsage(days: $days, tenant_id: $tenant_id) { tenant_id days { day total events { event count } } }
}`;
const LIMIT = `query($action: TenantLimitAction!) {
  checkTenantLimit(action: $action) { action allowed limit current remaining }
}`;

interface UsageData {
  tenantUsage: {
    tenant_id: string;
    days: { day: string; total: number; events: { event: string; count: number }[] }[];
  };
}

let api: TestApi;
let adminToken: string;

beforeAll(async () => {
  api = await startTestApi();
  adminToken = await api.token();
});
afterAll(() => api.stop());

const today = () => new Date().toISOString().slice(0, 10);
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

async function clinic(overrides: Parameters<typeof createClinicTenant>[1] = {}) {
  const tenant = await createClinicTenant(api.app, overrides);
  const key: ClinicCredential = { kind: 'api_key', key: await createApiKey(api, tenant.id) };
  const call = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    as: ClinicCredential = key,
  ) => clinicGraphql<T>(api, as, query, variables);
  return { tenant, key, call };
}

async function usageOf(call: Awaited<ReturnType<typeof clinic>>['call'], days = 2) {
  return dataOf(await call<UsageData>(USAGE, { days })).tenantUsage.days;
}

describe('trackUsage', () => {
  it("counts a clinic's events per UTC day in Redis, for API keys and clinic users alike", async () => {
    const { tenant, call } = await clinic();
    const staff: ClinicCredential = {
      kind: 'user',
      role: 'staff',
      token: await clinicUserToken(api, tenant.id, 'staff'),
    };

    const tracked = await call(TRACK, {
      events: [
        { event: 'api_call' },
        { event: 'api_call', count: 4 },
        { event: 'client_created', at: new Date(Date.now() - 86_400_000).toISOString() },
      ],
    });
    expect(dataOf(tracked)).toEqual({ trackUsage: { accepted: 3 } });
    expect(dataOf(await call(TRACK, { events: [{ event: 'user_login' }] }, staff))).toEqual({
      trackUsage: { accepted: 1 },
    });

    expect(await usageOf(call)).toEqual([
      { day: yesterday(), total: 1, events: [{ event: 'client_created', count: 1 }] },
      {
        day: today(),
        total: 6,
        events: [
          { event: 'api_call', count: 5 },
          { event: 'user_login', count: 1 },
        ],
      },
    ]);

    // The documented layout: one hash per tenant and day, under the tenant's purgeable namespace.
    const keys = await api.app.redis.keys(`*t:${tenant.id}:usage:*`);
    expect(keys.map((key) => key.slice(key.indexOf(`t:${tenant.id}:`))).sort()).toEqual([
      `t:${tenant.id}:usage:${yesterday()}`,
      `t:${tenant.id}:usage:${today()}`,
    ]);
    const ttl = await api.app.redis.ttl(keys[0]!);
    expect(ttl).toBeGreaterThan(399 * 86_400);
    expect(ttl).toBeLessThanOrEqual(400 * 86_400);
  });

  it('refuses the whole batch when one entry is wrong, naming the entry', async () => {
    const { call } = await clinic();
    const response = await call(TRACK, {
      events: [
        { event: 'api_call' },
        { event: 'api_cal' },
        { event: 'user_login', count: 0 },
        { event: 'user_login', at: new Date(Date.now() + 3_600_000).toISOString() },
      ],
    });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(errorFields(response)).toEqual(['events[1].event', 'events[2].count', 'events[3].at']);
    expect(response.errors?.[0]?.extensions?.fields).toContainEqual({
      field: 'events[1].event',
      message: expect.stringMatching(
        /"api_cal" is not a usage event \(known: api_call, user_login/,
      ),
    });

    const tooMany = Array.from({ length: MAX_EVENTS_PER_CALL + 1 }, () => ({ event: 'api_call' }));
    const refused = await call(TRACK, { events: tooMany });
    expect(errorFields(refused)).toEqual(['events']);
    expect(await usageOf(call, 1)).toEqual([{ day: today(), total: 0, events: [] }]);
  });

  it('is for clinic principals of an open clinic only', async () => {
    const { tenant, call } = await clinic();
    const events = [{ event: 'api_call' }];
    expect(codes(await graphql(api.url, TRACK, { events }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await graphql(api.url, TRACK, { events }, adminToken))).toEqual(['FORBIDDEN']);

    await api.app.services.tenants.suspend(
      await systemAdmin(api.app),
      tenant.id,
      'Payment overdue',
    );
    const suspended = await call(TRACK, { events });
    expect(codes(suspended)).toEqual(['TENANT_SUSPENDED']);
    expect(suspended.errors?.[0]?.message).toMatch(/Payment overdue/);
  });
  it("is erased with the rest of a purged tenant's data", async () => {
    const { tenant, call } = await clinic();
    dataOf(await call(TRACK, { events: [{ event: 'api_call' }] }));
    expect(await api.app.redis.keys(`*t:${tenant.id}:usage:*`)).toHaveLength(1);

    await api.app.services.tenants.delete(await systemAdmin(api.app), tenant.id);
    const afterRetention = new Date(Date.now() + 3_650 * 86_400_000);
    expect(await api.app.services.purge.purgeExpired(afterRetention)).toContain(tenant.id);
    expect(await api.app.redis.keys(`*t:${tenant.id}:usage:*`)).toEqual([]);
  });
});

describe('tenantUsage', () => {
  it('answers admins for the clinic they name', async () => {
    const { tenant, call } = await clinic();
    await call(TRACK, { events: [{ event: 'appointment_created', count: 2 }] });

    const response = await graphql<UsageData>(
      api.url,
      USAGE,
      { days: 3, tenant_id: tenant.id },
      adminToken,
    );
    const usage = dataOf(response).tenantUsage;
    expect(usage.tenant_id).toBe(tenant.id);
    expect(usage.days.map((day) => day.total)).toEqual([0, 0, 2]);
    expect(usage.days.at(-1)?.day).toBe(today());

    const unnamed = await graphql(api.url, USAGE, {}, adminToken);
    expect(errorFields(unnamed)).toEqual(['tenant_id']);
    expect(codes(await graphql(api.url, USAGE, { tenant_id: unknownId() }, adminToken))).toEqual([
      'NOT_FOUND',
    ]);
    expect(
      errorFields(await graphql(api.url, USAGE, { days: 91, tenant_id: tenant.id }, adminToken)),
    ).toEqual(['days']);
  });

  it("answers another clinic's id exactly as an id that does not exist", async () => {
    const a = await clinic();
    const b = await clinic();
    await a.call(TRACK, { events: [{ event: 'api_call' }] });

    const other = await b.call(USAGE, { tenant_id: a.tenant.id });
    const missing = await b.call(USAGE, { tenant_id: unknownId() });
    expect(codes(other)).toEqual(['NOT_FOUND']);
    expect(other.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect(other.data).toEqual(missing.data);

    const own = dataOf(await b.call<UsageData>(USAGE, { tenant_id: b.tenant.id, days: 1 }));
    expect(own.tenantUsage.days).toEqual([{ day: today(), total: 0, events: [] }]);
  });
});

describe('checkTenantLimit', () => {
  it('counts active staff against max_staff and clients against max_clients', async () => {
    const { tenant, call } = await clinic({
      billing_plan: 'enterprise',
      max_staff: 2,
      max_clients: null,
    });
    const principal = { kind: 'api_key' as const, tenantId: tenant.id, keyId: 'seed' };
    const staff = (n: number, active = true) => ({
      name: `Vet ${n}`,
      email: `vet${n}@clinic.example`,
      role: 'veterinarian',
      active,
    });

    expect(dataOf(await call(LIMIT, { action: 'add_staff' }))).toEqual({
      checkTenantLimit: { action: 'add_staff', allowed: true, limit: 2, current: 0, remaining: 2 },
    });

    await api.app.services.staffMembers.create(principal, staff(1));
    await api.app.services.staffMembers.create(principal, staff(2, false));
    expect(dataOf(await call(LIMIT, { action: 'add_staff' }))).toEqual({
      checkTenantLimit: { action: 'add_staff', allowed: true, limit: 2, current: 1, remaining: 1 },
    });

    await api.app.services.staffMembers.create(principal, staff(3));
    expect(dataOf(await call(LIMIT, { action: 'add_staff' }))).toEqual({
      checkTenantLimit: { action: 'add_staff', allowed: false, limit: 2, current: 2, remaining: 0 },
    });

    await api.app.services.clients.create(principal, { first_name: 'Ada', last_name: 'Byron' });
    expect(dataOf(await call(LIMIT, { action: 'add_client' }))).toEqual({
      checkTenantLimit: {
        action: 'add_client',
        allowed: true,
        limit: null,
        current: 1,
        remaining: null,
      },
    });
  });

  it("reads the caller's own clinic, never another's", async () => {
    const a = await clinic({ max_clients: 1 });
    const b = await clinic({ max_clients: 1 });
    await api.app.services.clients.create(
      { kind: 'api_key', tenantId: a.tenant.id, keyId: 'seed' },
      { first_name: 'Only', last_name: 'Client' },
    );
    const owner: ClinicCredential = {
      kind: 'user',
      role: 'owner',
      token: await clinicUserToken(api, b.tenant.id, 'owner'),
    };
    expect(dataOf(await b.call(LIMIT, { action: 'add_client' }, owner))).toMatchObject({
      checkTenantLimit: { allowed: true, current: 0, remaining: 1 },
    });
    expect(dataOf(await a.call(LIMIT, { action: 'add_client' }))).toMatchObject({
      checkTenantLimit: { allowed: false, current: 1, remaining: 0 },
    });
    expect(codes(await graphql(api.url, LIMIT, { action: 'add_client' }, adminToken))).toEqual([
      'FORBIDDEN',
    ]);
  });
});
