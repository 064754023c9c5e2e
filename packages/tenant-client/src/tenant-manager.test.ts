import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  clinicUserToken,
  createApiKey,
  createClinicTenant,
} from '../../../apps/api/test/clinic-factories.js';
import { systemAdmin } from '../../../apps/api/test/factories.js';
import { startTestApi, type TestApi } from '../../../apps/api/test/harness.js';
import { TenantClientError, TenantManager, type TenantManagerOptions } from './index.js';

let api: TestApi;
const managers: TenantManager[] = [];

beforeAll(async () => {
  api = await startTestApi();
});
afterEach(async () => {
  await Promise.allSettled(managers.splice(0).map((manager) => manager.close()));
  await TenantManager.close();
});
afterAll(() => api.stop());

/** A fetch that records the operation of every request it sends. */
function recordingFetch() {
  const operations: string[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    const body = JSON.parse(String(init?.body)) as { query: string };
    operations.push(/(query|mutation) (\w+)/.exec(body.query)?.[2] ?? 'unknown');
    return fetch(input, init);
  };
  return { operations, fetchImpl };
}

function manager(options: Partial<TenantManagerOptions> = {}): TenantManager {
  const created = new TenantManager({
    apiUrl: `${api.url}/graphql`,
    onUsageError: () => undefined,
    ...options,
  });
  managers.push(created);
  return created;
}

async function clinicWithKey(overrides: Parameters<typeof createClinicTenant>[1] = {}) {
  const tenant = await createClinicTenant(api.app, overrides);
  return { tenant, apiKey: await createApiKey(api, tenant.id) };
}

/** Today's count of one event, as the API stored it. */
async function counted(tenantId: string, event: string): Promise<number> {
  const usage = await api.app.services.usage.report(await systemAdmin(api.app), {
    tenant_id: tenantId,
    days: 1,
  });
  return usage.days[0]?.events.find((entry) => entry.event === event)?.count ?? 0;
}

async function rejection(promise: Promise<unknown>): Promise<TenantClientError> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof TenantClientError))
    throw new Error(`expected a TenantClientError, got ${String(error)}`);
  return error;
}

function thrown(action: () => void): TenantClientError {
  try {
    action();
  } catch (error) {
    if (error instanceof TenantClientError) return error;
    throw error;
  }
  throw new Error('expected a TenantClientError');
}

describe('resolveTenant', () => {
  it('finds a clinic by hostname, with its public fields only, and reuses the answer briefly', async () => {
    const tenant = await createClinicTenant(api.app, {
      billing_plan: 'professional',
      language: 'fr',
      currency: 'EUR',
    });
    const host = api.app.services.directory.hostsOf(tenant)[0]!;
    const { operations, fetchImpl } = recordingFetch();
    const tenants = manager({ fetch: fetchImpl });

    const resolved = await tenants.resolveTenant(host.toUpperCase() + ':443');
    expect(resolved).toEqual({
      id: tenant.id,
      slug: tenant.slug,
      name: tenant.name,
      status: 'active',
      language: 'fr',
      timezone: tenant.timezone,
      currency: 'EUR',
      theme: expect.objectContaining({
        primary_color: expect.stringMatching(/^#/),
        logo_url: null,
      }),
      features: expect.objectContaining({
        api_access: true,
        flags: expect.objectContaining({ online_booking: true }),
      }),
    });
    await Promise.all([tenants.resolveTenant(host), tenants.resolveTenant(`${host}.`)]);
    expect(operations).toEqual(['ResolveTenant']);

    const unknown = await rejection(tenants.resolveTenant('nobody.example.org'));
    expect(unknown.code).toBe('NOT_FOUND');
  });
});

describe('trackUsage', () => {
  it('batches events in memory and sends them on flush, counted by the API', async () => {
    const { tenant, apiKey } = await clinicWithKey();
    const { operations, fetchImpl } = recordingFetch();
    const tenants = manager({ apiKey, fetch: fetchImpl });

    tenants.trackUsage(tenant.id, 'api_call');
    tenants.trackUsage(tenant.id, 'api_call');
    tenants.trackUsage(tenant.id, 'user_login', { count: 2 });
    expect(operations).toEqual([]);
    expect(tenants.usageStats.buffered).toBe(3);

    await tenants.flush();
    expect(operations).toEqual(['TrackUsage']);
    expect(tenants.usageStats).toMatchObject({ buffered: 0, sent: 3, refused: 0, rejected: 0 });
    expect(await counted(tenant.id, 'api_call')).toBe(2);
    expect(await counted(tenant.id, 'user_login')).toBe(2);
  });

  it('sends when a batch fills, and on the interval', async () => {
    const { tenant, apiKey } = await clinicWithKey();
    const { operations, fetchImpl } = recordingFetch();
    const full = manager({ apiKey, fetch: fetchImpl, maxBatch: 2, flushIntervalMs: 3_600_000 });
    full.trackUsage(tenant.id, 'api_call');
    full.trackUsage(tenant.id, 'api_call');
    await expect.poll(() => counted(tenant.id, 'api_call')).toBe(2);
    full.trackUsage(tenant.id, 'api_call');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(operations).toEqual(['TrackUsage']);
    expect(full.usageStats).toMatchObject({ buffered: 1, sent: 2 });

    const timed = manager({ apiKey, flushIntervalMs: 50 });
    timed.trackUsage(tenant.id, 'invoice_sent');
    await expect.poll(() => counted(tenant.id, 'invoice_sent')).toBe(1);
  });

  it('refuses unknown events, bad counts and other clinics before queueing anything', async () => {
    const { tenant, apiKey } = await clinicWithKey();
    const other = await createClinicTenant(api.app);
    const tenants = manager({ apiKey });

    const mismatch = thrown(() => tenants.trackUsage(other.id, 'api_call'));
    expect(mismatch.code).toBe('TENANT_MISMATCH');
    expect(mismatch.message).toContain(tenant.id);
    // @ts-expect-error: the event names are typed; a plain JavaScript caller gets the error below.
    expect(thrown(() => tenants.trackUsage(tenant.id, 'api_cal')).code).toBe('BAD_USER_INPUT');
    expect(thrown(() => tenants.trackUsage(tenant.id, 'api_call', { count: 0 })).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(tenants.usageStats.buffered).toBe(0);

    // A clinic user's token carries the tenant too.
    const token = await clinicUserToken(api, tenant.id, 'staff');
    const asUser = manager({ token });
    expect(thrown(() => asUser.trackUsage(other.id, 'api_call')).code).toBe('TENANT_MISMATCH');
    asUser.trackUsage(tenant.id, 'user_login');
    await asUser.flush();
    expect(await counted(tenant.id, 'user_login')).toBe(1);

    const anonymous = manager();
    expect(thrown(() => anonymous.trackUsage(tenant.id, 'api_call')).code).toBe('UNAUTHENTICATED');
  });

  it("keeps events while the API refuses them, carrying the server's code, and sends them later", async () => {
    const { tenant, apiKey } = await clinicWithKey();
    const errors: TenantClientError[] = [];
    const tenants = manager({ apiKey, onUsageError: (error) => errors.push(error) });
    const admin = await systemAdmin(api.app);

    await api.app.services.tenants.suspend(admin, tenant.id, 'Payment overdue');
    tenants.trackUsage(tenant.id, 'appointment_created');
    const failure = await rejection(tenants.flush());
    expect(failure.code).toBe('TENANT_SUSPENDED');
    expect(failure.message).toMatch(/Payment overdue/);
    expect(errors.map((error) => error.code)).toEqual(['TENANT_SUSPENDED']);
    expect(tenants.usageStats).toMatchObject({ buffered: 1, sent: 0, consecutiveFailures: 1 });
    expect((await rejection(tenants.validateTenantLimits(tenant.id, 'add_staff'))).code).toBe(
      'TENANT_SUSPENDED',
    );

    await api.app.services.tenants.activate(admin, tenant.id);
    await tenants.flush();
    expect(tenants.usageStats).toMatchObject({ buffered: 0, sent: 1, consecutiveFailures: 0 });
    expect(await counted(tenant.id, 'appointment_created')).toBe(1);
  });

  it('never drops events while the API is unreachable: at the bound it merges them, then sends every count', async () => {
    const { tenant, apiKey } = await clinicWithKey();
    let reachable = false;
    const fetchImpl: typeof fetch = (input, init) =>
      reachable ? fetch(input, init) : Promise.reject(new TypeError('connect ECONNREFUSED'));
    const tenants = manager({ apiKey, fetch: fetchImpl, maxBufferedEvents: 3 });
    const quarter = Date.parse('2026-01-01T00:00:00Z');
    const at = (minutes: number) =>
      new Date(Math.max(quarter, Date.now() - 60 * 60_000) + minutes * 60_000);
    for (let n = 0; n < 5; n += 1)
      tenants.trackUsage(tenant.id, 'api_call', { count: n + 1, at: at(0) });
    tenants.trackUsage(tenant.id, 'user_login', { at: at(0) });
    expect(tenants.usageStats).toMatchObject({ buffered: 6, refused: 0 });
    expect((await rejection(tenants.flush())).code).toBe('NETWORK_ERROR');
    expect(tenants.usageStats).toMatchObject({ buffered: 6, consecutiveFailures: 1 });
    expect(tenants.usageStats.lastError?.code).toBe('NETWORK_ERROR');

    reachable = true;
    await tenants.flush();
    expect(tenants.usageStats).toMatchObject({ buffered: 0, sent: 6, refused: 0 });
    expect(await counted(tenant.id, 'api_call')).toBe(15);
    expect(await counted(tenant.id, 'user_login')).toBe(1);
  });

  it('refuses a new event loudly when merging makes no room, keeping every queued one', async () => {
    const { tenant, apiKey } = await clinicWithKey();
    const tenants = manager({ apiUrl: 'http://127.0.0.1:9/graphql', apiKey, maxBufferedEvents: 2 });
    tenants.trackUsage(tenant.id, 'api_call');
    tenants.trackUsage(tenant.id, 'user_login');
    const full = thrown(() => tenants.trackUsage(tenant.id, 'report_generated'));
    expect(full.code).toBe('USAGE_BUFFER_FULL');
    expect(tenants.usageStats).toMatchObject({ buffered: 2, refused: 1 });
  });

  it('sends an unacknowledged batch again under the same idempotency key, and the API counts it once', async () => {
    const { tenant, apiKey } = await clinicWithKey();
    const keys: string[] = [];
    let loseNextAnswer = true;
    // The request reaches the API and is counted, but the answer is lost on the way back.
    const fetchImpl: typeof fetch = async (input, init) => {
      const body = JSON.parse(String(init?.body)) as { variables: { idempotencyKey?: string } };
      keys.push(body.variables.idempotencyKey ?? '');
      const response = await fetch(input, init);
      if (loseNextAnswer) {
        loseNextAnswer = false;
        await response.arrayBuffer();
        throw new TypeError('socket hang up');
      }
      return response;
    };
    const tenants = manager({ apiKey, fetch: fetchImpl });
    tenants.trackUsage(tenant.id, 'invoice_sent', { count: 4 });
    expect((await rejection(tenants.flush())).code).toBe('NETWORK_ERROR');
    expect(await counted(tenant.id, 'invoice_sent')).toBe(4);
    tenants.trackUsage(tenant.id, 'invoice_sent', { count: 1 });
    await tenants.flush();

    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(await counted(tenant.id, 'invoice_sent')).toBe(5);
    expect(tenants.usageStats).toMatchObject({ buffered: 0, sent: 2 });
  });

  it('flushes on close, and refuses new events afterwards', async () => {
    const { tenant, apiKey } = await clinicWithKey();
    const tenants = new TenantManager({
      apiUrl: `${api.url}/graphql`,
      apiKey,
      flushIntervalMs: 3_600_000,
    });
    tenants.trackUsage(tenant.id, 'file_uploaded', { count: 7 });
    await tenants.close();
    expect(await counted(tenant.id, 'file_uploaded')).toBe(7);
    expect(thrown(() => tenants.trackUsage(tenant.id, 'file_uploaded')).code).toBe('CLOSED');
  });

  it('flushes what is queued when a Node process ends without closing', async () => {
    const { tenant, apiKey } = await clinicWithKey();
    const fixture = fileURLToPath(new URL('./exit-flush.fixture.ts', import.meta.url));
    await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', fixture, `${api.url}/graphql`, apiKey, tenant.id],
      {
        timeout: 30_000,
      },
    );
    expect(await counted(tenant.id, 'report_generated')).toBe(3);
    expect(await counted(tenant.id, 'user_login')).toBe(1);
  });
});

describe('limits', () => {
  it("checks the clinic's own limits: validateTenantLimits answers the spec's yes or no", async () => {
    const { tenant, apiKey } = await clinicWithKey({
      billing_plan: 'enterprise',
      max_staff: 1,
      max_clients: null,
    });
    const tenants = manager({ apiKey });
    expect(await tenants.validateTenantLimits(tenant.id, 'add_staff')).toBe(true);

    await api.app.services.staffMembers.create(
      { kind: 'api_key', tenantId: tenant.id, keyId: 'seed' },
      { name: 'Dr. One', email: 'one@clinic.example', role: 'veterinarian' },
    );
    expect(await tenants.validateTenantLimits(tenant.id, 'add_staff')).toBe(false);
    expect(await tenants.checkTenantLimit(tenant.id, 'add_staff')).toEqual({
      action: 'add_staff',
      allowed: false,
      limit: 1,
      current: 1,
      remaining: 0,
    });
    expect(await tenants.checkTenantLimit(tenant.id, 'add_client')).toEqual({
      action: 'add_client',
      allowed: true,
      limit: null,
      current: 0,
      remaining: null,
    });

    const other = await createClinicTenant(api.app);
    expect((await rejection(tenants.validateTenantLimits(other.id, 'add_staff'))).code).toBe(
      'TENANT_MISMATCH',
    );
  });

  it("carries the server's code when a credential is refused", async () => {
    const { tenant, apiKey } = await clinicWithKey();
    const revoked = `${apiKey.slice(0, -4)}AAAA`;
    const error = await rejection(
      manager({ apiKey: revoked }).checkTenantLimit(tenant.id, 'add_client'),
    );
    expect(error.code).toBe('UNAUTHENTICATED');
  });
});

describe('the static form of the spec', () => {
  it('works on the instance TenantManager.configure() sets up', async () => {
    const { tenant, apiKey } = await clinicWithKey();
    expect(thrown(() => TenantManager.trackUsage(tenant.id, 'api_call')).code).toBe(
      'NOT_CONFIGURED',
    );

    TenantManager.configure({ apiUrl: `${api.url}/graphql`, apiKey });
    const host = api.app.services.directory.hostsOf(tenant)[0]!;
    const resolved = await TenantManager.resolveTenant(host);
    expect(resolved.id).toBe(tenant.id);
    TenantManager.trackUsage(resolved.id, 'api_call');
    TenantManager.trackUsage(resolved.id, 'user_login');
    expect(await TenantManager.validateTenantLimits(resolved.id, 'add_staff')).toBe(true);
    await TenantManager.flush();
    expect(await counted(tenant.id, 'api_call')).toBe(1);
  });
});
