import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAsTenant } from '../src/db/tenant-context.js';
import { clinicGraphql, codes, dataOf, type ClinicCredential } from './clinic-api.js';
import { clinicUserToken, createApiKey, createClinicTenant } from './clinic-factories.js';
import { rest } from './client.js';
import { systemAdmin } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';

const TRACK = `mutation($events: [UsageEventInput!]!, $key: String) {
  trackUsage(events: $events, idempotency_key: $key) { accepted duplicate buffered }
}`;

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

async function clinic(overrides: Parameters<typeof createClinicTenant>[1] = {}) {
  const tenant = await createClinicTenant(api.app, overrides);
  const key: ClinicCredential = { kind: 'api_key', key: await createApiKey(api, tenant.id) };
  const token = await clinicUserToken(api, tenant.id, 'staff');
  return { tenant, key, token };
}

/** A day's counters of one clinic, as stored in Redis. */
async function stored(tenantId: string, family: string, day: string) {
  const hash = await api.app.redis.hgetall(`${api.redisKeyPrefix}t:${tenantId}:${family}:${day}`);
  return Object.fromEntries(Object.entries(hash).map(([field, value]) => [field, Number(value)]));
}

const utcToday = () => new Date().toISOString().slice(0, 10);

describe('usage ingestion', () => {
  it('acknowledges a replayed batch without counting it again (GraphQL)', async () => {
    const { tenant, key } = await clinic();
    const events = [{ event: 'api_call', count: 3 }, { event: 'user_login' }];
    const batchKey = randomUUID();
    const first = await clinicGraphql(api, key, TRACK, { events, key: batchKey });
    const replay = await clinicGraphql(api, key, TRACK, { events, key: batchKey });
    expect(dataOf(first)).toEqual({
      trackUsage: { accepted: 2, duplicate: false, buffered: false },
    });
    expect(dataOf(replay)).toEqual({
      trackUsage: { accepted: 2, duplicate: true, buffered: false },
    });
    expect(await stored(tenant.id, 'usage', utcToday())).toEqual({ api_call: 3, user_login: 1 });

    // Another clinic's batch with the same key is its own batch.
    const other = await clinic();
    dataOf(await clinicGraphql(api, other.key, TRACK, { events, key: batchKey }));
    expect(await stored(other.tenant.id, 'usage', utcToday())).toEqual({
      api_call: 3,
      user_login: 1,
    });

    const bad = await clinicGraphql(api, key, TRACK, { events, key: 'short' });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'idempotency_key', message: expect.stringContaining('8 to 128') },
    ]);
  });

  it('takes batches and single events over HTTP from clinic tokens and API keys, once per key', async () => {
    const { tenant, key, token } = await clinic();
    const batchKey = randomUUID();
    const post = (json: unknown, headers: Record<string, string> = {}) =>
      fetch(`${api.url}/api/usage/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(json),
      }).then(async (response) => ({
        status: response.status,
        body: (await response.json()) as Record<string, unknown> & {
          error: { fields: { field: string; message: string }[] };
        },
      }));
    const asKey = { 'x-api-key': key.kind === 'api_key' ? key.key : '' };

    const batch = { idempotency_key: batchKey, events: [{ event: 'report_generated', count: 5 }] };
    expect(await post(batch, asKey)).toEqual({
      status: 202,
      body: { accepted: 1, duplicate: false, buffered: false },
    });
    expect((await post(batch, asKey)).body).toMatchObject({ duplicate: true });
    // The key may come as a header, as Stripe takes it.
    const viaHeader = { events: [{ event: 'file_uploaded' }] };
    const headerKey = { ...asKey, 'idempotency-key': randomUUID() };
    expect((await post(viaHeader, headerKey)).body).toMatchObject({ duplicate: false });
    expect((await post(viaHeader, headerKey)).body).toMatchObject({ duplicate: true });
    expect(await post({ event: 'user_login' }, { authorization: `Bearer ${token}` })).toEqual({
      status: 202,
      body: { accepted: 1, duplicate: false, buffered: false },
    });
    expect(await stored(tenant.id, 'usage', utcToday())).toEqual({
      report_generated: 5,
      file_uploaded: 1,
      user_login: 1,
    });

    const refused = await post({ events: [{ event: 'nope' }], extra: 1 }, asKey);
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual([
      { field: 'extra', message: 'is not a known field' },
    ]);
    expect((await post({ event: 'nope' }, asKey)).body.error.fields[0]?.field).toBe(
      'events[0].event',
    );
    const admin = await rest(api.url, 'POST', '/api/usage/events', {
      token: await api.token(),
      json: { event: 'api_call' },
    });
    expect(admin.status).toBe(403);
    expect((await post({ event: 'api_call' })).status).toBe(401);
  });

  it("counts each event on its day in the clinic's timezone", async () => {
    const { tenant, key } = await clinic({ timezone: 'Pacific/Auckland' });
    // 20:00 UTC on a day is 08:00 or 09:00 the next morning in Auckland.
    const evening = new Date();
    evening.setUTCHours(20, 0, 0, 0);
    if (evening.getTime() > Date.now()) evening.setUTCDate(evening.getUTCDate() - 1);
    dataOf(
      await clinicGraphql(api, key, TRACK, {
        events: [{ event: 'appointment_created', at: evening.toISOString() }],
      }),
    );
    const nextDay = new Date(evening.getTime() + 86_400_000).toISOString().slice(0, 10);
    expect(await stored(tenant.id, 'usage', nextDay)).toEqual({ appointment_created: 1 });
    // The platform's own totals are per UTC day.
    const platform = await api.app.redis.hgetall(
      `${api.redisKeyPrefix}platform:usage:${evening.toISOString().slice(0, 10)}`,
    );
    expect(Number(platform.appointment_created)).toBeGreaterThanOrEqual(1);

    const report = dataOf(
      await clinicGraphql<{ tenantUsage: { timezone: string; days: { day: string }[] } }>(
        api,
        key,
        '{ tenantUsage(days: 1) { timezone days { day } } }',
      ),
    );
    expect(report.tenantUsage.timezone).toBe('Pacific/Auckland');
    expect(report.tenantUsage.days[0]!.day).toBe(
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Auckland' }).format(new Date()),
    );
  });
});

describe('performance counters', () => {
  it("record every clinic request per operation, with errors and latency buckets, and count them as the clinic's API requests", async () => {
    const { tenant, key } = await clinic();
    dataOf(await clinicGraphql(api, key, '{ currentClinic { id } }'));
    dataOf(await clinicGraphql(api, key, '{ currentClinic { id } }'));
    expect(codes(await clinicGraphql(api, key, '{ staffMember(id: "nope") { id } }'))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const restCall = await fetch(`${api.url}/api/usage/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-api-key': key.kind === 'api_key' ? key.key : '',
      },
      body: JSON.stringify({ event: 'api_call' }),
    });
    expect(restCall.status).toBe(202);
    await api.app.services.performance.flush();

    const perf = await stored(tenant.id, 'perf', utcToday());
    expect(perf).toMatchObject({ requests: 4, errors: 1 });
    expect(perf.server_errors ?? 0).toBe(0);
    const buckets = Object.entries(perf)
      .filter(([field]) => /^b\d+$/.test(field))
      .reduce((sum, [, count]) => sum + count, 0);
    expect(buckets).toBe(4);
    expect(perf.latency_us).toBeGreaterThan(0);
    expect(perf.bad_minutes ?? 0).toBe(0);

    const ops = await stored(tenant.id, 'ops', utcToday());
    expect(ops).toMatchObject({
      'query:currentClinic|requests': 2,
      'query:staffMember|requests': 1,
      'query:staffMember|errors': 1,
      'POST /api/usage/events|requests': 1,
    });
    expect(ops['query:currentClinic|errors']).toBeUndefined();

    const usage = await api.app.services.usage.report(await systemAdmin(api.app), {
      tenant_id: tenant.id,
      days: 1,
    });
    expect(usage.days[0]!.api_requests).toBe(4);
  });
});

describe('the flush into MongoDB rollups', () => {
  it('copies the counters once, and a flush that dies half way and runs again leaves exact totals', async () => {
    const clinics = await Promise.all([1, 2, 3, 4, 5].map(() => clinic()));
    for (const [index, { key }] of clinics.entries()) {
      dataOf(
        await clinicGraphql(api, key, TRACK, {
          events: [{ event: 'reminder_sent', count: index + 1 }],
          key: randomUUID(),
        }),
      );
    }
    await api.app.services.performance.flush();
    await api.app.services.usageFlush.flush(); // a clean slate: earlier tests' counters

    for (const [index, { key }] of clinics.entries()) {
      dataOf(
        await clinicGraphql(api, key, TRACK, {
          events: [{ event: 'reminder_sent', count: 10 * (index + 1) }],
        }),
      );
    }
    await api.app.services.performance.flush();

    // A second instance runs the flush and loses its database after two documents.
    const crashing = await startTestApi({
      shareWith: api,
      env: { MONGODB_MONITOR_COMMANDS: 'true', JOBS_ENABLED: 'false' },
    });
    const client = crashing.app.connection.getClient();
    const rollupWrites = new Set<number>();
    let written = 0;
    client.on('commandStarted', (event) => {
      if ((event.command as { update?: string }).update === 'usage_rollups') {
        rollupWrites.add(event.requestId);
      }
    });
    client.on('commandSucceeded', (event) => {
      if (rollupWrites.has(event.requestId) && ++written === 2) void client.close(true);
    });
    await expect(crashing.app.services.usageFlush.flush()).rejects.toThrow();
    expect(written).toBe(2);
    await crashing.stop();

    const rerun = await api.app.services.usageFlush.flush();
    // The two writes seen to succeed are skipped; a third may have reached the database as the
    // connection closed (its reply lost), and is then skipped too: what counts is exact totals.
    expect(rerun.skipped).toBeGreaterThanOrEqual(2);
    expect(rerun.applied).toBeGreaterThanOrEqual(clinics.length - 2);

    const rollups = await Promise.all(
      clinics.map(({ tenant }) =>
        runAsTenant(tenant.id, () => api.app.models.usageRollups.find({}).lean()),
      ),
    );
    expect(
      rollups.map((docs) => docs.reduce((sum, doc) => sum + (doc.usage.reminder_sent ?? 0), 0)),
    ).toEqual([11, 22, 33, 44, 55]);
    expect(rollups.map((docs) => docs[0]?.perf.requests)).toEqual([2, 2, 2, 2, 2]);

    // Nothing pending: another flush changes nothing.
    expect(await api.app.services.usageFlush.flush()).toMatchObject({ flushId: null });
  });

  it('rebuilds the Redis counters from the rollups when Redis has lost them', async () => {
    const { tenant, key } = await clinic();
    dataOf(await clinicGraphql(api, key, TRACK, { events: [{ event: 'invoice_sent', count: 7 }] }));
    await api.app.services.performance.flush();
    await api.app.services.usageFlush.flush();
    // Counted after the flush: only in Redis and in the pending changes.
    dataOf(await clinicGraphql(api, key, TRACK, { events: [{ event: 'invoice_sent', count: 2 }] }));
    await api.app.services.performance.flush();
    const before = await stored(tenant.id, 'usage', utcToday());
    const perfBefore = await stored(tenant.id, 'perf', utcToday());

    // Redis loses the counters (but not the pending changes, which are their own key here).
    const lost = await api.app.redis.keys(`${api.redisKeyPrefix}t:${tenant.id}:*`);
    await api.app.redis.del(...lost, `${api.redisKeyPrefix}usage:rebuilt`);
    expect(await stored(tenant.id, 'usage', utcToday())).toEqual({});

    await api.app.services.usageFlush.flush();
    expect(await stored(tenant.id, 'usage', utcToday())).toEqual(before);
    expect(before).toEqual({ invoice_sent: 9 });
    expect((await stored(tenant.id, 'perf', utcToday())).requests).toBe(perfBefore.requests);
    expect(await api.app.redis.exists(`${api.redisKeyPrefix}usage:rebuilt`)).toBe(1);
  });
});
