import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREDENTIAL_ENDED, adminSubject } from '../src/common/credential-ended.js';
import { startApiProcess, type ApiProcess } from './api-process.js';
import { graphql } from './client.js';
import { createClinicTenant } from './clinic-factories.js';
import { buildTenantInput, systemAdmin } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';
import { initialised, type RawSocket } from './ws-raw.js';

/**
 * Credentials that end on one API instance reach open websockets on another (issue 7): the
 * in-test API is one instance, a separate OS process the other, sharing Redis and the database.
 */

let api: TestApi;
let other: ApiProcess;

beforeAll(async () => {
  api = await startTestApi();
  other = await startApiProcess(api);
}, 120_000);

afterAll(async () => {
  const code = await other?.stop();
  await api?.stop();
  expect(code).toBe(0);
});

async function subscribed(raw: RawSocket, id: string, query: string): Promise<void> {
  raw.subscribe(id, query);
  await Promise.race([
    other.listening(id),
    raw
      .next((message) => message.id === id)
      .then((message) => {
        throw new Error(`refused: ${JSON.stringify(message)}`);
      }),
  ]);
}

describe('open websockets lose their rights when the credential ends, on every instance', () => {
  it("closes an admin's socket within a second of credentialEnded published by another instance, and nothing arrives after", async () => {
    const token = await api.token();
    const adminId = (jwt.decode(token) as { sub: string }).sub;
    const raw = await initialised(other.url, { authorization: `Bearer ${token}` });
    await subscribed(raw, 'watch', 'subscription { tenantChanged { kind tenant_id } }');
    // A change first: delivered while the credential holds.
    await graphql(
      api.url,
      'mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }',
      { input: buildTenantInput() },
      token,
    );
    await raw.next((message) => message.id === 'watch' && message.type === 'next');

    const endedAt = Date.now();
    api.app.pubSub.publish(CREDENTIAL_ENDED, {
      subjects: [adminSubject(adminId)],
      reason: 'disabled',
    });
    const { code } = await raw.closed;
    expect(Date.now() - endedAt).toBeLessThan(1000);
    expect(code).toBe(4403);
    const heard = raw.messages.length;
    await graphql(
      api.url,
      'mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }',
      { input: buildTenantInput() },
      await api.token(),
    );
    expect(raw.messages.length).toBe(heard);
  });

  it("closes an API key's socket within a second of the key being revoked on another instance", async () => {
    const tenant = await createClinicTenant(api.app);
    const { key, api_key } = await api.app.services.clinicAuth.createApiKey(
      await systemAdmin(api.app),
      tenant.id,
      'dashboard',
    );
    const raw = await initialised(other.url, { 'x-api-key': key });
    await subscribed(raw, 'config', 'subscription { tenantConfigChanged { tenant_id } }');

    const closedAt = raw.closed.then(({ code }) => ({ code, at: Date.now() }));
    const revoked = await graphql<{ revokeApiKey: { id: string } }>(
      api.url,
      'mutation($id: ID!, $t: ID) { revokeApiKey(id: $id, tenant_id: $t) { id } }',
      { id: api_key.id, t: tenant.id },
      await api.token(),
    );
    // Revoked once the mutation answers (the socket may close even before that).
    const revokedAt = Date.now();
    expect(revoked.errors).toBeUndefined();
    const { code, at } = await closedAt;
    expect(at - revokedAt).toBeLessThan(1000);
    expect(code).toBe(4403);

    // And the key opens no new socket.
    const again = await initialised(other.url, { 'x-api-key': key }).catch((error: Error) => error);
    expect(again).toBeInstanceOf(Error);
  });
});
