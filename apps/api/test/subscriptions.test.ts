import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './client.js';
import { buildTenantInput } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';
import {
  listeningIn,
  wsClient,
  type ListeningSignal,
  type TestWsClient,
} from './subscription-listening.js';

const SUBSCRIPTION =
  'subscription { tenantChanged { kind tenant_id tenant { name slug updated_date } } }';

interface ChangeEvent {
  kind: string;
  tenant_id: string;
  tenant: { name: string; slug: string; updated_date: string } | null;
}

let first: TestApi;
let second: TestApi;
let listeningOnSecond: ListeningSignal & { stop: () => void };
const clients: TestWsClient[] = [];

beforeAll(async () => {
  first = await startTestApi();
  second = await startTestApi({ shareWith: first });
  listeningOnSecond = listeningIn(second.app);
});
afterAll(async () => {
  listeningOnSecond.stop();
  await Promise.all(clients.map(({ client }) => client.dispose()));
  await second.stop();
  await first.stop();
});

function connect(api: TestApi, authorization?: string): TestWsClient {
  const ws = wsClient(api.url, authorization ? { authorization } : {});
  clients.push(ws);
  return ws;
}

/** Collects events until `count` arrived; `operationId` names the subscription to the server. */
function collect(ws: TestWsClient, count: number) {
  const events: ChangeEvent[] = [];
  let operationId = '';
  const done = new Promise<ChangeEvent[]>((resolve, reject) => {
    const subscription = ws.subscribe<{ tenantChanged: ChangeEvent }>(
      { query: SUBSCRIPTION },
      {
        next: (value) => {
          if (value.errors) return reject(value.errors);
          events.push(value.data!.tenantChanged);
          if (events.length === count) {
            subscription.unsubscribe();
            resolve(events);
          }
        },
        error: reject,
        complete: () => undefined,
      },
    );
    operationId = subscription.operationId;
  });
  return { done, operationId };
}

describe('tenantChanged over graphql-ws', () => {
  it('delivers a change made through one API instance to a subscriber on another, through Redis', async () => {
    const token = await first.token();
    const { done, operationId } = collect(connect(second, `Bearer ${token}`), 2);
    // Changes are made only once this subscription hears them (or it failed, which `done` says).
    await Promise.race([listeningOnSecond(operationId), done]);

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

  it('says when each subscription listens, by its operation id, also when its channel is already subscribed', async () => {
    const token = await first.token();
    const listeningOnFirst = listeningIn(first.app);
    try {
      const early = collect(connect(first, `Bearer ${token}`), 1);
      await Promise.race([listeningOnFirst(early.operationId), early.done]);
      // The second joins the Redis channel the first already holds: no SUBSCRIBE of its own.
      const late = collect(connect(first, `Bearer ${token}`), 1);
      await Promise.race([listeningOnFirst(late.operationId), late.done]);

      const input = buildTenantInput();
      await graphql(
        first.url,
        'mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }',
        { input },
        token,
      );
      const heard = await Promise.all([early.done, late.done]);
      expect(heard.map(([event]) => event!.tenant?.slug)).toEqual([input.slug, input.slug]);
    } finally {
      listeningOnFirst.stop();
    }
  });

  it('refuses a subscriber without an admin token', async () => {
    const { done } = collect(connect(first), 1);
    await expect(done).rejects.toMatchObject([
      expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } }),
    ]);
  });

  it('closes the socket when the token sent is refused', async () => {
    const ws = connect(first, 'Bearer forged.token.value');
    const closed = new Promise<number>((resolve) =>
      ws.client.on('closed', (event) => resolve((event as { code: number }).code)),
    );
    collect(ws, 1).done.catch(() => undefined);
    expect(await closed).toBe(4403);
  });
});
