import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { graphql } from './client.js';
import { buildTenantInput } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';
import { waitForSubscriber } from './pubsub-wait.js';

const SUBSCRIPTION =
  'subscription { tenantChanged { kind tenant_id tenant { name slug updated_date } } }';

interface ChangeEvent {
  kind: string;
  tenant_id: string;
  tenant: { name: string; slug: string; updated_date: string } | null;
}

let first: TestApi;
let second: TestApi;
const clients: Client[] = [];

beforeAll(async () => {
  first = await startTestApi();
  second = await startTestApi({ shareWith: first });
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await second.stop();
  await first.stop();
});

function connect(api: TestApi, authorization?: string): Client {
  const client = createClient({
    url: api.url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : {},
    retryAttempts: 0,
    lazy: true,
  });
  clients.push(client);
  return client;
}

/** Collects events until `count` arrived; resolves once the server confirms the subscription is live. */
function collect(client: Client, count: number) {
  const events: ChangeEvent[] = [];
  let fail: (error: unknown) => void = () => undefined;
  const done = new Promise<ChangeEvent[]>((resolve, reject) => {
    fail = reject;
    const unsubscribe = client.subscribe<{ tenantChanged: ChangeEvent }>(
      { query: SUBSCRIPTION },
      {
        next: (value) => {
          if (value.errors) return reject(value.errors);
          events.push(value.data!.tenantChanged);
          if (events.length === count) {
            unsubscribe();
            resolve(events);
          }
        },
        error: reject,
        complete: () => undefined,
      },
    );
  });
  return { done, fail };
}

describe('tenantChanged over graphql-ws', () => {
  it('delivers a change made through one API instance to a subscriber on another, through Redis', async () => {
    const token = await first.token();
    const client = connect(second, `Bearer ${token}`);
    const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
    const { done } = collect(client, 2);
    await connected;
    await waitForSubscriber(first.app.redis, `${first.redisKeyPrefix}TENANT_CHANGED`);

    const input = buildTenantInput();
    const created = await graphql<{ createTenant: { id: string } }>(
      first.url,
      'mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }',
      { input },
      token,
    );
    const id = created.data!.createTenant.id;
    await graphql(first.url, 'mutation($id: ID!) { deleteTenant(id: $id) { id } }', { id }, token);

    const events = await done;
    expect(events[0]).toMatchObject({
      kind: 'created',
      tenant_id: id,
      tenant: { slug: input.slug },
    });
    expect(new Date(events[0]!.tenant!.updated_date).getTime()).not.toBeNaN();
    expect(events[1]).toEqual({ kind: 'deleted', tenant_id: id, tenant: null });
  });

  it('refuses a subscriber without an admin token', async () => {
    const client = connect(first);
    const { done } = collect(client, 1);
    await expect(done).rejects.toMatchObject([
      expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } }),
    ]);
  });

  it('closes the socket when the token sent is refused', async () => {
    const client = connect(first, 'Bearer forged.token.value');
    const closed = new Promise<number>((resolve) =>
      client.on('closed', (event) => resolve((event as { code: number }).code)),
    );
    collect(client, 1).done.catch(() => undefined);
    expect(await closed).toBe(4403);
  });
});
