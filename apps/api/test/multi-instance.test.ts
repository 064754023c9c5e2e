import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startApiProcess, type ApiProcess } from './api-process.js';
import { graphql, rest } from './client.js';
import { createApiKey, createClinicTenant } from './clinic-factories.js';
import { startTestApi, type TestApi } from './harness.js';
import { waitForSubscriber } from './pubsub-wait.js';

const RESOLVE = 'query($h: String!) { resolveTenant(hostname: $h) { status features { flags } } }';

let api: TestApi;
let first: ApiProcess;
let second: ApiProcess;

beforeAll(async () => {
  api = await startTestApi({ env: { BASE_DOMAIN: 'vetcares.test' } });
  // A long cache TTL: only the Redis invalidation can make the second process see a change soon.
  const env = { BASE_DOMAIN: 'vetcares.test', TENANT_CACHE_TTL_SECONDS: '3600' };
  [first, second] = await Promise.all([startApiProcess(api, env), startApiProcess(api, env)]);
}, 120_000);

afterAll(async () => {
  const codes = await Promise.all([first?.stop(), second?.stop()]);
  await api.stop();
  // Both shut down gracefully on SIGTERM.
  expect(codes).toEqual([0, 0]);
});

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 5_000;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

describe('two API processes sharing one Redis and one database', () => {
  it("invalidate each other's tenant caches: a suspension on one is seen by the other at once", async () => {
    const tenant = await createClinicTenant(api.app, { slug: 'twin-cache' });
    const key = await createApiKey(api, tenant.id);
    const token = await api.token();
    const statusOn = async (instance: ApiProcess) =>
      (
        await graphql<{ resolveTenant: { status: string } }>(instance.url, RESOLVE, {
          h: 'twin-cache.vetcares.test',
        })
      ).data!.resolveTenant.status;
    // Warm both caches (in process and in Redis).
    expect(await statusOn(first)).toBe('active');
    expect(await statusOn(second)).toBe('active');

    const suspended = await rest(first.url, 'POST', `/api/admin/tenants/${tenant.id}/suspend`, {
      token,
      json: { reason: 'Chargeback' },
    });
    expect(suspended.status).toBe(200);
    expect(
      await eventually(
        () => statusOn(second),
        (status) => status === 'suspended',
      ),
    ).toBe('suspended');

    const clinicCall = await fetch(`${second.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ query: '{ currentClinic { id } }' }),
    });
    const body = (await clinicCall.json()) as {
      errors: { extensions: { code: string }; message: string }[];
    };
    expect(body.errors[0]!.extensions.code).toBe('TENANT_SUSPENDED');
    expect(body.errors[0]!.message).toContain('Chargeback');

    await rest(second.url, 'POST', `/api/admin/tenants/${tenant.id}/activate`, { token });
    expect(
      await eventually(
        () => statusOn(first),
        (status) => status === 'active',
      ),
    ).toBe('active');
  });

  it("deliver a clinic's configuration change made on one process to its apps subscribed on the other", async () => {
    const tenant = await createClinicTenant(api.app, {
      slug: 'twin-config',
      billing_plan: 'professional',
    });
    const key = await createApiKey(api, tenant.id);
    const client = createClient({
      url: second.url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { 'x-api-key': key },
      retryAttempts: 0,
    });
    try {
      const received = new Promise<Record<string, boolean>>((resolve, reject) => {
        client.subscribe<{ tenantConfigChanged: { features: { flags: Record<string, boolean> } } }>(
          { query: 'subscription { tenantConfigChanged { tenant_id features { flags } } }' },
          {
            next: (value) =>
              value.errors
                ? reject(value.errors)
                : resolve(value.data!.tenantConfigChanged.features.flags),
            error: reject,
            complete: () => undefined,
          },
        );
      });
      await waitForSubscriber(api.app.redis, `${api.redisKeyPrefix}TENANT_CONFIG_CHANGED`);
      const other = await createClinicTenant(api.app);
      const token = await api.token();
      // A change to another clinic must not reach this clinic's apps.
      await rest(first.url, 'PUT', `/api/admin/tenants/${other.id}`, {
        token,
        json: { features_json: '{"inventory": false}' },
      });
      await rest(first.url, 'PUT', `/api/admin/tenants/${tenant.id}`, {
        token,
        json: { features_json: '{"sms_reminders": false}' },
      });
      const flags = await received;
      expect(flags).toMatchObject({ sms_reminders: false, inventory: true });
    } finally {
      await client.dispose();
    }
  });

  it("deliver a clinic's live usage tracked on one process to its dashboard subscribed on the other", async () => {
    const tenant = await createClinicTenant(api.app, { slug: 'twin-usage' });
    const key = await createApiKey(api, tenant.id);
    const client = createClient({
      url: second.url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await api.token()}` },
      retryAttempts: 0,
    });
    try {
      let sawInitial: () => void = () => undefined;
      const initial = new Promise<void>((resolve) => (sawInitial = resolve));
      const tracked = new Promise<number>((resolve, reject) => {
        client.subscribe<{ usageUpdated: { events_today: number } }>(
          {
            query: 'subscription($id: ID) { usageUpdated(tenant_id: $id) { events_today } }',
            variables: { id: tenant.id },
          },
          {
            next: (value) => {
              if (value.errors) return reject(new Error(JSON.stringify(value.errors)));
              const events = value.data!.usageUpdated.events_today;
              if (events === 0) sawInitial();
              else resolve(events);
            },
            error: reject,
            complete: () => undefined,
          },
        );
      });
      await initial;
      await waitForSubscriber(api.app.redis, `${api.redisKeyPrefix}USAGE_UPDATED:${tenant.id}`);
      const response = await fetch(`${first.url}/api/usage/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key },
        body: JSON.stringify({ events: [{ event: 'appointment_created', count: 4 }] }),
      });
      expect(response.status).toBe(202);
      expect(await tracked).toBe(4);
    } finally {
      await client.dispose();
    }
  });
});
