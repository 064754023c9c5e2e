import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { ApiKeyPrincipal } from '../src/common/principal.js';
import { createApiKey, createClinicTenant } from './clinic-factories.js';
import { createTenant } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';
import { waitForSubscriber } from './pubsub-wait.js';

const INTERVAL_MS = 1000;

let api: TestApi;
const clients: Client[] = [];

beforeAll(async () => {
  api = await startTestApi({ env: { LIVE_USAGE_INTERVAL_MS: String(INTERVAL_MS) } });
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await api.stop();
});

function connect(connectionParams: Record<string, string>): Client {
  const client = createClient({
    url: `${api.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
  });
  clients.push(client);
  return client;
}

interface Feed<T> {
  values: T[];
  /** Resolves with the first value (already received or still to come) that passes the test. */
  until(test: (value: T) => boolean): Promise<T>;
}

function feed<T>(client: Client, query: string, variables: Record<string, unknown> = {}): Feed<T> {
  const values: T[] = [];
  const waiting: { test: (value: T) => boolean; resolve: (value: T) => void }[] = [];
  let failure: unknown = null;
  client.subscribe<Record<string, T>>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) {
          failure = result.errors;
          return;
        }
        const value = Object.values(result.data ?? {})[0] as T;
        values.push(value);
        for (const waiter of [...waiting]) {
          if (waiter.test(value)) {
            waiting.splice(waiting.indexOf(waiter), 1);
            waiter.resolve(value);
          }
        }
      },
      error: (error) => (failure = error),
      complete: () => undefined,
    },
  );
  return {
    values,
    until: (test) => {
      if (failure) return Promise.reject(new Error(JSON.stringify(failure)));
      const found = values.find(test);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiting.push({ test, resolve }));
    },
  };
}

interface UsageUpdate {
  tenant_id: string;
  events_today: number;
  api_requests_today: number;
  at: string;
}

const USAGE = `subscription($id: ID) { usageUpdated(tenant_id: $id) {
  tenant_id events_today api_requests_today at events { event count }
} }`;

describe('usageUpdated', () => {
  it('sends a burst of 10,000 events as one update per interval, built once for every subscriber', async () => {
    const tenant = await createClinicTenant(api.app);
    const admin = { authorization: `Bearer ${await api.token()}` };
    const channel = `${api.redisKeyPrefix}USAGE_UPDATED:${tenant.id}`;
    const feeds = [1, 2, 3].map(() => feed<UsageUpdate>(connect(admin), USAGE, { id: tenant.id }));
    for (const subscriber of feeds) await subscriber.until(() => true); // the figures now
    expect(feeds[0]!.values[0]).toMatchObject({ tenant_id: tenant.id, events_today: 0 });
    await waitForSubscriber(api.app.redis, channel);

    // What goes over Redis: one message per update, however many subscribers.
    const listener = new Redis(api.redisUrl);
    const published: string[] = [];
    listener.on('message', (_channel, message: string) => published.push(message));
    await listener.subscribe(channel);

    const seeder: ApiKeyPrincipal = { kind: 'api_key', tenantId: tenant.id, keyId: 'burst' };
    const started = Date.now();
    await Promise.all(
      Array.from({ length: 20 }, () =>
        api.app.services.usage.track(
          seeder,
          Array.from({ length: 500 }, () => ({ event: 'api_call' })),
        ),
      ),
    );
    const finals = await Promise.all(
      feeds.map((subscriber) => subscriber.until((update) => update.events_today === 10_000)),
    );
    const elapsed = Date.now() - started;
    listener.disconnect();

    const live = feeds.map((subscriber) => subscriber.values.slice(1));
    // At most one update per interval (plus the one in which the burst began).
    expect(live[0]!.length).toBeLessThanOrEqual(Math.ceil(elapsed / INTERVAL_MS) + 1);
    expect(live[0]!.length).toBeLessThan(10);
    // Every subscriber got the same updates: each one built once and published once.
    expect(live[1]).toEqual(live[0]);
    expect(live[2]).toEqual(live[0]);
    expect(published.length).toBe(live[0]!.length);
    expect(finals[0]!.at).toBe(finals[1]!.at);
  });

  it("lets a clinic's own principals watch their clinic", async () => {
    const tenant = await createClinicTenant(api.app);
    const key = await createApiKey(api, tenant.id);
    const clinicFeed = feed<UsageUpdate>(connect({ 'x-api-key': key }), USAGE);
    await clinicFeed.until(() => true);
    await waitForSubscriber(api.app.redis, `${api.redisKeyPrefix}USAGE_UPDATED:${tenant.id}`);
    const response = await fetch(`${api.url}/api/usage/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ event: 'user_login', count: 2 }),
    });
    expect(response.status).toBe(202);
    const update = await clinicFeed.until((value) => value.events_today === 2);
    expect(update.tenant_id).toBe(tenant.id);
  });
});

describe('systemUsageUpdated', () => {
  it('tells admins about platform usage and tenants as they change', async () => {
    const system = feed<{ events_today: number; tenants: { total: number } }>(
      connect({ authorization: `Bearer ${await api.token()}` }),
      'subscription { systemUsageUpdated { events_today api_requests_today error_rate tenants { total by_status { status count } } mrr { currency amount } } }',
    );
    const first = await system.until(() => true);
    await waitForSubscriber(api.app.redis, `${api.redisKeyPrefix}SYSTEM_USAGE_UPDATED`);
    await createTenant(api.app, { status: 'active' });
    const grown = await system.until((value) => value.tenants.total === first.tenants.total + 1);
    expect(grown.tenants.total).toBe(first.tenants.total + 1);

    const tenant = await createClinicTenant(api.app);
    await api.app.services.usage.track({ kind: 'api_key', tenantId: tenant.id, keyId: 'x' }, [
      { event: 'report_generated', count: 7 },
    ]);
    await system.until((value) => value.events_today >= first.events_today + 7);
  });
});
