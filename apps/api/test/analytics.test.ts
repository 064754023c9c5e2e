import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiKeyPrincipal } from '../src/common/principal.js';
import { clinicGraphql, codes, dataOf, type ClinicCredential } from './clinic-api.js';
import { clinicUserToken, createApiKey, createClinicTenant } from './clinic-factories.js';
import { graphql, rest } from './client.js';
import { createTenant, systemAdmin } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startTestApi();
  token = await api.token();
});
afterAll(() => api.stop());

const dayIn = (timeZone: string, instant: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone }).format(instant);

const HOUR = 3_600_000;

interface Daily {
  daily: number[];
}

/** The REST answer, as far as these tests read it. */
interface TenantAnalyticsBody {
  period: string;
  from: string;
  to: string;
  timezone: string;
  currency: string;
  usage: Record<string, number>;
  trends: Record<
    | 'appointments'
    | 'revenue'
    | 'api_calls'
    | 'logins'
    | 'usage_events'
    | 'response_time'
    | 'error_rate',
    Daily
  > & { days: string[] };
  performance: Record<string, number>;
  error: { code: string; fields: { field: string; message: string }[] };
}

interface SystemAnalyticsBody {
  days: string[];
  tenants: {
    total: number;
    by_status: { status: string; count: number }[];
    by_plan: { plan: string; count: number }[];
    new: Daily;
    churned: Daily;
  };
  revenue: { source: string; mrr: unknown[]; arr: unknown[] };
  top_tenants: { by_usage: unknown[] };
  usage: { total_events: number; events: Daily };
  performance: { requests: number };
}

/** A clinic in New York that bills in euros, with records made through the clinic services. */
async function seededClinic() {
  const tenant = await createClinicTenant(api.app, {
    timezone: 'America/New_York',
    currency: 'EUR',
    billing_plan: 'professional',
  });
  const seeder: ApiKeyPrincipal = { kind: 'api_key', tenantId: tenant.id, keyId: 'seed' };
  const { services } = api.app;
  const vet = await services.staffMembers.create(seeder, {
    name: 'Dr Vet',
    email: `vet-${tenant.id}@clinic.example`,
    role: 'veterinarian',
  });
  const nurse = await services.staffMembers.create(seeder, {
    name: 'Nurse',
    email: `nurse-${tenant.id}@clinic.example`,
    role: 'technician',
  });
  await services.staffMembers.update(seeder, nurse.id, { active: false });
  const clients: { id: string }[] = [];
  for (const name of ['Ada', 'Bo', 'Cy']) {
    clients.push(await services.clients.create(seeder, { first_name: name, last_name: 'Owner' }));
  }
  const patient = await services.patients.create(seeder, {
    name: 'Rex',
    species: 'dog',
    client_id: clients[0]!.id,
  });
  const now = Date.now();
  const instants = { recent: new Date(now - 2 * HOUR), earlier: new Date(now - 30 * HOUR) };
  const book = (at: Date) =>
    services.appointments.create(seeder, {
      patient_id: patient.id,
      staff_member_id: vet.id,
      starts_at: at,
      reason: 'Check-up',
    });
  await book(instants.recent);
  await book(instants.earlier);
  const cancelled = await book(new Date(now - 4 * HOUR));
  await services.appointments.update(seeder, cancelled.id, { status: 'cancelled' });

  const pay = (amount: number, paid_at: Date, currency?: string) =>
    services.payments.record(seeder, {
      client_id: clients[0]!.id,
      amount,
      method: 'card',
      paid_at,
      ...(currency ? { currency } : {}),
    });
  const changed = await pay(10, instants.recent);
  await services.payments.update(seeder, changed.id, { amount: 100.5 });
  await pay(25.25, instants.earlier);
  const mistaken = await pay(999, instants.recent);
  await services.payments.delete(seeder, mistaken.id);
  await pay(40, instants.recent, 'USD'); // another currency: not in the EUR revenue

  const key: ClinicCredential = { kind: 'api_key', key: await createApiKey(api, tenant.id) };
  dataOf(
    await clinicGraphql(
      api,
      key,
      'mutation { trackUsage(events: [{ event: "user_login", count: 3 }]) { accepted } }',
    ),
  );
  expect(codes(await clinicGraphql(api, key, '{ staffMember(id: "x") { id } }'))).toEqual([
    'BAD_USER_INPUT',
  ]);
  await api.app.services.performance.flush();
  return { tenant, key, instants };
}

describe('tenant analytics', () => {
  it("answers GET /api/admin/tenants/:id/analytics in the spec's shape, one point per clinic day", async () => {
    const { tenant, instants } = await seededClinic();
    const response = await rest<TenantAnalyticsBody>(
      api.url,
      'GET',
      `/api/admin/tenants/${tenant.id}/analytics?period=30d`,
      { token },
    );
    expect(response.status).toBe(200);
    const body = response.body;
    expect(Object.keys(body).sort()).toEqual(
      ['currency', 'from', 'performance', 'period', 'timezone', 'to', 'trends', 'usage'].sort(),
    );
    expect(body.period).toBe('30d');
    expect(body.timezone).toBe('America/New_York');
    expect(body.currency).toBe('EUR');
    expect(Object.keys(body.usage).sort()).toEqual(
      ['appointment_count', 'client_count', 'revenue', 'staff_count', 'storage_used'].sort(),
    );
    expect(body.usage).toEqual({
      staff_count: 1,
      client_count: 3,
      appointment_count: 2,
      revenue: 125.75,
      storage_used: 0,
    });
    const days: string[] = body.trends.days;
    expect(days).toHaveLength(30);
    expect(days.at(-1)).toBe(dayIn('America/New_York', new Date()));
    expect(body.to).toBe(days.at(-1));
    expect(body.from).toBe(days[0]);
    const expected = (values: [Date, number][]) =>
      days.map((day) =>
        values
          .filter(([at]) => dayIn('America/New_York', at) === day)
          .reduce((sum, [, value]) => sum + value, 0),
      );
    expect(body.trends.appointments).toEqual({
      daily: expected([
        [instants.recent, 1],
        [instants.earlier, 1],
      ]),
    });
    expect(body.trends.revenue).toEqual({
      daily: expected([
        [instants.recent, 100.5],
        [instants.earlier, 25.25],
      ]),
    });
    expect(body.trends.logins.daily.at(-1)).toBe(3);
    expect(body.trends.api_calls.daily.at(-1)).toBe(2);
    expect(body.trends.api_calls.daily.slice(0, -2)).toEqual(new Array(28).fill(0));
    for (const series of ['usage_events', 'response_time', 'error_rate'] as const)
      expect(body.trends[series].daily).toHaveLength(30);
    expect(body.performance).toMatchObject({
      requests: 2,
      errors: 1,
      server_errors: 0,
      error_rate: 50,
      uptime: 100,
    });
    expect(body.performance.average_response_time).toBeGreaterThan(0);
  });

  it('takes 7d, 90d and custom periods, and refuses a bad one with 400 / BAD_USER_INPUT', async () => {
    const tenant = await createClinicTenant(api.app);
    const path = (query: string) => `/api/admin/tenants/${tenant.id}/analytics?${query}`;
    const get = (query: string) =>
      rest<TenantAnalyticsBody>(api.url, 'GET', path(query), { token });
    expect((await get('period=7d')).body.trends.days).toHaveLength(7);
    expect((await get('period=90d')).body.trends.revenue.daily).toHaveLength(90);
    const today = dayIn('UTC', new Date());
    const weekAgo = dayIn('UTC', new Date(Date.now() - 6 * 86_400_000));
    const custom = await get(`period=custom&from=${weekAgo}&to=${today}`);
    expect(custom.body).toMatchObject({ period: 'custom', from: weekAgo, to: today });
    expect(custom.body.trends.days).toHaveLength(7);

    for (const query of ['period=31d', 'period=custom&from=2020-01-01', 'from=2026-13-01&to=x']) {
      const refused = await get(query);
      expect(refused.status, query).toBe(400);
      expect(refused.body.error.code).toBe('BAD_USER_INPUT');
    }
    const tomorrow = dayIn('UTC', new Date(Date.now() + 86_400_000));
    expect((await get(`from=${today}&to=${tomorrow}`)).body.error.fields).toEqual([
      { field: 'to', message: expect.stringContaining('must not be after today') },
    ]);
    const graph = await graphql(
      api.url,
      'query($id: ID) { tenantAnalytics(tenant_id: $id, period: "1y") { period } }',
      { id: tenant.id },
      token,
    );
    expect(graph.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("lets a clinic's owner and software read their own analytics, never another's, and not its staff", async () => {
    const { tenant, key } = await seededClinic();
    const query = `query($id: ID) { tenantAnalytics(tenant_id: $id, period: "7d") {
      tenant_id usage { client_count revenue } operations { operation requests errors } storage_source
    } }`;
    const own = dataOf(
      await clinicGraphql<{
        tenantAnalytics: {
          tenant_id: string;
          usage: { client_count: number; revenue: number };
          operations: { operation: string; requests: number; errors: number }[];
          storage_source: string;
        };
      }>(api, key, query),
    ).tenantAnalytics;
    expect(own).toMatchObject({
      tenant_id: tenant.id,
      usage: { client_count: 3, revenue: 125.75 },
    });
    expect(own.operations).toEqual(
      expect.arrayContaining([
        { operation: 'mutation:trackUsage', requests: 1, errors: 0 },
        { operation: 'query:staffMember', requests: 1, errors: 1 },
      ]),
    );
    expect(own.storage_source).toMatch(/^billing: /);
    const owner: ClinicCredential = {
      kind: 'user',
      role: 'owner',
      token: await clinicUserToken(api, tenant.id, 'owner'),
    };
    expect(codes(await clinicGraphql(api, owner, query))).toEqual([]);
    const staff: ClinicCredential = {
      kind: 'user',
      role: 'staff',
      token: await clinicUserToken(api, tenant.id, 'staff'),
    };
    expect(codes(await clinicGraphql(api, staff, query))).toEqual(['FORBIDDEN']);
    const other = await createClinicTenant(api.app);
    expect(codes(await clinicGraphql(api, key, query, { id: other.id }))).toEqual(['NOT_FOUND']);
  });
});

describe('system analytics', () => {
  it('answers GET /api/admin/analytics with tenants by status and plan, new and churned, MRR, usage and top tenants', async () => {
    const admin = await systemAdmin(api.app);
    const created = await Promise.all([
      createTenant(api.app, { billing_plan: 'basic', status: 'active' }),
      createTenant(api.app, { billing_plan: 'enterprise', status: 'active', currency: 'GBP' }),
      createTenant(api.app, { billing_plan: 'professional', status: 'pending' }),
      createTenant(api.app, { billing_plan: 'basic', status: 'active' }),
    ]);
    await api.app.services.tenants.suspend(admin, created[3]!.id, 'Unpaid');
    // Every instance applies tenant changes as they arrive over Redis; the deletion comes last.
    const deletionApplied = new Promise<void>((resolve) =>
      api.app.services.tenantStats.on('applied', (change) => {
        if (change.tenant_id === created[0]!.id && change.kind === 'deleted') resolve();
      }),
    );
    await api.app.services.tenants.delete(admin, created[0]!.id);
    await deletionApplied;
    const busy = created[1]!;
    // The enterprise clinic's trial ends and it is billed: it now counts in recurring revenue.
    await api.app.services.billing.ensure(busy.id);
    await api.app.services.billing.setTrialDays(admin, busy.id, 0);
    await api.app.services.billing.runCycle();
    await api.app.services.usage.track({ kind: 'api_key', tenantId: busy.id, keyId: 's' }, [
      { event: 'api_call', count: 5_000 },
    ]);

    const response = await rest<SystemAnalyticsBody>(
      api.url,
      'GET',
      '/api/admin/analytics?period=7d',
      { token },
    );
    expect(response.status).toBe(200);
    const body = response.body;
    expect(Object.keys(body).sort()).toEqual(
      [
        'days',
        'from',
        'performance',
        'period',
        'revenue',
        'tenants',
        'to',
        'top_tenants',
        'usage',
      ].sort(),
    );
    expect(body.days).toHaveLength(7);
    const countOf = (rows: { count: number }[], key: string, value: string) =>
      (rows as Record<string, unknown>[]).find((row) => row[key] === value)?.count;
    // Earlier tests in this file made clinics too: compare with what the tenants collection says.
    const all = await api.app.models.tenants.find({}, { status: 1, billing_plan: 1 }).lean();
    for (const status of ['active', 'pending', 'suspended', 'deleted', 'inactive']) {
      expect(countOf(body.tenants.by_status, 'status', status), status).toBe(
        all.filter((tenant) => tenant.status === status).length,
      );
    }
    const live = all.filter((tenant) => tenant.status !== 'deleted');
    expect(body.tenants.total).toBe(live.length);
    expect(countOf(body.tenants.by_plan, 'plan', 'enterprise')).toBe(
      live.filter((tenant) => tenant.billing_plan === 'enterprise').length,
    );
    expect(body.tenants.new.daily.at(-1)).toBe(all.length);
    expect(body.tenants.churned.daily.at(-1)).toBe(1);
    expect(body.revenue.source).toMatch(/^billing: /);
    // Enterprise in pounds is £159 (billing's price table), paid monthly.
    expect(body.revenue.mrr).toContainEqual({ currency: 'GBP', amount: 159 });
    expect(body.revenue.arr).toContainEqual({ currency: 'GBP', amount: 159 * 12 });
    expect(body.top_tenants.by_usage[0]).toMatchObject({
      tenant_id: busy.id,
      name: busy.name,
      events: 5_000,
    });
    expect(body.usage.total_events).toBeGreaterThanOrEqual(5_000);
    expect(body.usage.events.daily).toHaveLength(7);
    expect(body.performance.requests).toBeGreaterThan(0);

    const bad = await rest(api.url, 'GET', '/api/admin/analytics?period=yesterday', { token });
    expect(bad.status).toBe(400);
  });
});
