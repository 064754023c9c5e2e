import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess, type ApiProcess } from './api-process.js';
import { graphql, rest } from './client.js';
import { createApiKey, createClinicTenant } from './clinic-factories.js';
import { buildTenantInput } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';
import { wsClient } from './subscription-listening.js';

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

/**
 * Resolves once `instance` has applied every cache invalidation `by` published so far: `by`
 * publishes one more, for a tenant it creates now (so no earlier line can name it), and one
 * Redis channel delivers in order, so `instance` applying that one means it applied the rest.
 */
async function invalidationsApplied(instance: ApiProcess, by: ApiProcess): Promise<void> {
  const created = await graphql<{ createTenant: { id: string } }>(
    by.url,
    'mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }',
    { input: buildTenantInput() },
    await api.token(),
  );
  const sentinel = created.data!.createTenant.id;
  await instance.logged(
    (line) =>
      line.includes('"msg":"tenant cache invalidation applied"') &&
      line.includes(`"tenant_id":"${sentinel}"`),
  );
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
    await invalidationsApplied(second, first);
    expect(await statusOn(second)).toBe('suspended');

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
    await invalidationsApplied(first, second);
    expect(await statusOn(first)).toBe('active');
  });

  it("deliver a clinic's configuration change made on one process to its apps subscribed on the other", async () => {
    const tenant = await createClinicTenant(api.app, {
      slug: 'twin-config',
      billing_plan: 'professional',
    });
    const other = await createClinicTenant(api.app);
    const key = await createApiKey(api, tenant.id);
    const { client, subscribe } = wsClient(second.url, { 'x-api-key': key });
    try {
      let operationId = '';
      const received = new Promise<{ tenant_id: string; flags: Record<string, boolean> }>(
        (resolve, reject) => {
          operationId = subscribe<{
            tenantConfigChanged: {
              tenant_id: string;
              features: { flags: Record<string, boolean> };
            };
          }>(
            { query: 'subscription { tenantConfigChanged { tenant_id features { flags } } }' },
            {
              next: ({ data, errors }) =>
                errors
                  ? reject(errors)
                  : resolve({
                      tenant_id: data!.tenantConfigChanged.tenant_id,
                      flags: data!.tenantConfigChanged.features.flags,
                    }),
              error: reject,
              complete: () => undefined,
            },
          ).operationId;
        },
      );
      // Changes are made only once this subscription, on the other process, hears them.
      await Promise.race([second.listening(operationId), received]);
      const token = await api.token();
      // A change to another clinic must not reach this clinic's apps: it is made first, and the
      // clinic's own change after it, on the same process, reaches Redis after it; so the first
      // event heard is the clinic's own unless the other clinic's leaked.
      await rest(first.url, 'PUT', `/api/admin/tenants/${other.id}`, {
        token,
        json: { features_json: '{"inventory": false}' },
      });
      await rest(first.url, 'PUT', `/api/admin/tenants/${tenant.id}`, {
        token,
        json: { features_json: '{"sms_reminders": false}' },
      });
      const heard = await received;
      expect(heard.tenant_id).toBe(tenant.id);
      expect(heard.flags).toMatchObject({ sms_reminders: false, inventory: true });
    } finally {
      await client.dispose();
    }
  });

  it("deliver a clinic's live usage tracked on one process to its dashboard subscribed on the other", async () => {
    const tenant = await createClinicTenant(api.app, { slug: 'twin-usage' });
    const key = await createApiKey(api, tenant.id);
    const { client, subscribe } = wsClient(second.url, {
      authorization: `Bearer ${await api.token()}`,
    });
    try {
      let sawInitial: () => void = () => undefined;
      const initial = new Promise<void>((resolve) => (sawInitial = resolve));
      let operationId = '';
      const tracked = new Promise<number>((resolve, reject) => {
        operationId = subscribe<{ usageUpdated: { events_today: number } }>(
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
        ).operationId;
      });
      await initial;
      // Usage is tracked only once this subscription, on the other process, hears it.
      await Promise.race([second.listening(operationId), tracked]);
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
