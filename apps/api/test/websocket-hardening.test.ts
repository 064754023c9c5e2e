import type { Socket } from 'node:net';
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { resolversOf } from '../src/core/compose.js';
import { buildAppSchema } from '../src/graphql/schema.js';
import { MODULES } from '../src/modules/index.js';
import { publicSubscriptions } from '../src/graphql/ws/public-subscriptions.js';
import { ADMIN_AUDIENCE, TokenCodec } from '../src/modules/sessions/tokens.js';
import type { SecurityOccurrence } from '../src/modules/security/security-log.service.js';
import { TENANT_CHANGED } from '../src/modules/tenants/tenant.events.js';
import { createTenant } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';
import { listeningIn } from './subscription-listening.js';
import { initialised, rawSocket, type RawMessage, type RawSocket } from './ws-raw.js';

/** Websockets held to the HTTP rules (issue 7): each case on a socket spoken by hand. */

const CHANGES = 'subscription { tenantChanged { kind tenant_id tenant { name slug } } }';
let api: TestApi;
let token: string;
let address = 0;
/** Each test calls from its own address (through the trusted loopback proxy), so caps never mix. */
const from = () => ({ 'x-forwarded-for': `198.51.100.${++address}` });

beforeAll(async () => {
  api = await startTestApi({
    env: {
      GRAPHQL_INTROSPECTION: 'false',
      WS_MAX_CONNECTIONS_PER_ADDRESS: '3',
      WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '2',
      WS_MAX_BUFFERED_BYTES: '65536',
    },
  });
  token = await api.token();
}, 60_000);

afterAll(async () => {
  await api?.stop();
});

const errorOf = (raw: RawSocket, id: string) =>
  raw.next((message) => message.id === id && (message.type === 'error' || message.type === 'next'));

const admin = () => ({ authorization: `Bearer ${token}` });

async function listeningSubscription(raw: RawSocket, id: string, query = CHANGES): Promise<void> {
  const listening = listeningIn(api.app);
  try {
    raw.subscribe(id, query);
    await listening(id);
  } finally {
    listening.stop();
  }
}

describe('websockets held to the HTTP rules', () => {
  it('refuses introspection when GRAPHQL_INTROSPECTION is off, as HTTP does', async () => {
    const raw = await initialised(api.url, admin(), from());
    raw.subscribe('i', 'subscription { __schema { queryType { name } } }');
    const answer = await errorOf(raw, 'i');
    expect(answer.type).toBe('error');
    expect(JSON.stringify(answer.payload)).toMatch(/introspection/i);
    const http = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin() },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    expect(JSON.stringify(await http.json())).toMatch(/introspection/i);
    raw.socket.close();
  });

  it('runs only subscriptions: queries and mutations are refused with a clear error', async () => {
    const raw = await initialised(api.url, admin(), from());
    raw.subscribe('q', '{ tenants { totalCount } }');
    raw.subscribe('m', 'mutation { activateTenant(id: "000000000000000000000000") { id } }');
    for (const [id, kind] of [
      ['q', 'query'],
      ['m', 'mutation'],
    ] as const) {
      const answer = await errorOf(raw, id);
      expect(answer.type).toBe('error');
      expect(answer.payload).toEqual([
        expect.objectContaining({
          message: expect.stringContaining(
            `Only subscriptions run over websockets: send ${kind}s over HTTP`,
          ),
          extensions: { code: 'BAD_USER_INPUT' },
        }),
      ]);
    }
    raw.socket.close();
  });

  it('masks unexpected errors with the same formatter as HTTP', async () => {
    const raw = await initialised(api.url, admin(), from());
    await listeningSubscription(raw, 'masked');
    // An event no resolver can answer (a tenant without a name): graphql-js's own error text.
    api.app.pubSub.publish(TENANT_CHANGED, {
      kind: 'updated',
      tenant_id: 'broken',
      tenant: { slug: 'no-name' } as never,
    });
    const answer = await raw.next((message) => message.id === 'masked');
    expect(answer.payload).toMatchObject({
      data: { tenantChanged: { tenant: null } },
      errors: [
        expect.objectContaining({
          message: 'Internal server error',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        }),
      ],
    });
    expect(JSON.stringify(answer)).not.toMatch(/non-nullable/);
    raw.socket.close();
  });

  it("records a refused socket in the security log with the caller's address (X-Forwarded-For through a trusted proxy)", async () => {
    const occurrences: SecurityOccurrence[] = [];
    let heard: () => void = () => undefined;
    const recorded = new Promise<void>((resolve) => (heard = resolve));
    api.app.services.security.onOccurrence(async (occurrence) => {
      occurrences.push(occurrence);
      if (occurrence.ip_address === '203.0.113.77') heard();
    });
    const raw = rawSocket(api.url, { headers: { 'x-forwarded-for': '203.0.113.77' } });
    raw.send({ type: 'connection_init', payload: { authorization: 'Bearer forged.token.value' } });
    expect((await raw.closed).code).toBe(4403);
    await recorded;
    expect(occurrences.find((o) => o.ip_address === '203.0.113.77')).toMatchObject({
      event: 'access_denied',
      details: expect.objectContaining({
        code: 'UNAUTHENTICATED',
        operation: 'ws:connection_init',
      }),
    });
  });

  it('turns anonymous callers away: no subscription is public', async () => {
    expect(publicSubscriptions(await appSchema())).toEqual([]);
    const raw = await initialised(api.url, {}, from());
    raw.subscribe('anon', CHANGES);
    const answer = await errorOf(raw, 'anon');
    expect(answer).toMatchObject({
      type: 'error',
      payload: [expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })],
    });
    expect((await raw.closed).code).toBe(4401);
  });

  it('closes a socket sending a message over 1 MiB without reading it (1009)', async () => {
    const raw = await initialised(api.url, admin(), from());
    const huge = `subscription { tenantChanged { kind } }${' '.repeat(4 * 1024 * 1024)}`;
    raw.subscribe('huge', huge);
    expect((await raw.closed).code).toBe(1009);
    expect(raw.messages.map((message) => message.type)).toEqual(['connection_ack']);
  });

  it('caps the sockets one address may hold (429 at the upgrade)', async () => {
    const headers = from();
    const open = await Promise.all([1, 2, 3].map(() => initialised(api.url, admin(), headers)));
    expect(await upgradeStatus(headers)).toBe(429);
    // Another address is not held to this one's count.
    const elsewhere = await initialised(api.url, admin(), from());
    // A closed socket frees its slot once the server has seen its connection end (a moment
    // after the client's close event: the two ends close independently).
    open[0]!.socket.close();
    await open[0]!.closed;
    let again: WebSocket | undefined;
    await expect
      .poll(async () => {
        const status = await upgradeStatus(headers, (socket) => (again = socket));
        return status;
      })
      .toBe(101);
    again?.close();
    for (const raw of [...open, elsewhere]) raw.socket.close();
  });

  it('caps the subscriptions one socket may run (LIMIT_EXCEEDED)', async () => {
    const raw = await initialised(api.url, admin(), from());
    await listeningSubscription(raw, 'one');
    await listeningSubscription(raw, 'two');
    raw.subscribe('three', CHANGES);
    expect(await errorOf(raw, 'three')).toMatchObject({
      type: 'error',
      payload: [
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'LIMIT_EXCEEDED' }),
        }),
      ],
    });
    raw.send({ id: 'one', type: 'complete' });
    await listeningSubscription(raw, 'four');
    raw.socket.close();
  });

  it('closes the socket when its token expires (4401)', async () => {
    // An access token of the same session that lives 2 s (the configured minimum is 30 s).
    const { sub, sid } = jwt.decode(token) as { sub: string; sid: string };
    const { token: shortLived } = new TokenCodec(api.jwtSecret, 'vetcares').sign(
      { subject: sub, audience: ADMIN_AUDIENCE, use: 'access', sessionId: sid },
      2,
      Date.now(),
    );
    const exp = (jwt.decode(shortLived) as { exp: number }).exp * 1000;
    const raw = await initialised(api.url, { authorization: `Bearer ${shortLived}` }, from());
    await listeningSubscription(raw, 'short');
    const { code } = await raw.closed;
    expect(code).toBe(4401);
    expect(Date.now()).toBeGreaterThanOrEqual(exp);
  });

  it('drops a client that falls behind (1013) and keeps serving the others', async () => {
    const slow = await initialised(api.url, admin(), from());
    const fast = await initialised(api.url, admin(), from());
    await listeningSubscription(slow, 'slow');
    await listeningSubscription(fast, 'fast');
    const tcp = (slow.socket as unknown as { _socket: Socket })._socket;
    tcp.pause();
    const tenant = await createTenant(api.app);
    const big = { ...tenant, name: 'x'.repeat(16 * 1024) };
    const dropped = api.app.websockets.slowClientsDropped;
    // Until the server gives up on the slow reader; the kernel buffers a few MB first.
    for (
      let sent = 0;
      api.app.websockets.slowClientsDropped === dropped && sent < 2000;
      sent += 1
    ) {
      api.app.pubSub.publish(TENANT_CHANGED, {
        kind: 'updated',
        tenant_id: tenant.id,
        tenant: big,
      });
      await fast.next((message) => message.id === 'fast' && countOf(fast, 'fast') > sent);
    }
    expect(api.app.websockets.slowClientsDropped).toBe(dropped + 1);
    tcp.resume();
    expect((await slow.closed).code).toBe(1013);
    expect(fast.socket.readyState).toBe(WebSocket.OPEN);
    fast.socket.close();
  });
});

/** The HTTP status of a websocket upgrade from `headers`: 101 if it opened (kept by `keep`). */
function upgradeStatus(
  headers: Record<string, string>,
  keep: (socket: WebSocket) => void = (socket) => socket.close(),
): Promise<number> {
  const socket = new WebSocket(
    `${api.url.replace(/^http/, 'ws')}/graphql`,
    'graphql-transport-ws',
    {
      headers,
    },
  );
  return new Promise<number>((resolve) => {
    socket.once('unexpected-response', (request, response) => {
      resolve(response.statusCode ?? 0);
      request.destroy();
    });
    socket.once('error', () => undefined);
    socket.once('open', () => {
      keep(socket);
      resolve(101);
    });
  });
}

function countOf(raw: RawSocket, id: string): number {
  return raw.messages.filter((message: RawMessage) => message.id === id && message.type === 'next')
    .length;
}

/** The schema the API serves, built as the app builds it. */
const appSchema = () => buildAppSchema(resolversOf(MODULES));
