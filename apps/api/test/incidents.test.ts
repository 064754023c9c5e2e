import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, graphqlAs } from './client.js';
import { clinicUserToken, createApiKey, createClinicTenant } from './clinic-factories.js';
import { systemAdmin } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';
import { listeningIn, wsClient } from './subscription-listening.js';

/**
 * Each suspicious-activity rule, fed the pattern it looks for through the real API: the incident
 * is raised with its evidence, and its automatic response takes effect.
 */

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startTestApi({ env: { BASE_DOMAIN: 'vetcares.test' } });
  token = await api.token();
});
afterAll(() => api.stop());

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const CLINIC_SIGN_IN =
  'mutation($s: String!, $e: String!, $p: String!) { clinicSignIn(input: { slug: $s, email: $e, password: $p }) { token } }';
const CURRENT = '{ currentClinic { id } }';

/** A request as if it came through the load balancer from `address`. */
const from = (address: string, headers: Record<string, string> = {}) => ({
  'x-forwarded-for': address,
  'user-agent': 'incident-replay/1.0',
  ...headers,
});

async function incidentFor(rule: string, subject: string) {
  const open = await api.app.services.incidents.openIncidents();
  return open.find((incident) => incident.rule === rule && incident.subject === subject) ?? null;
}

async function entriesExist(ids: string[]): Promise<number> {
  // Once their window has closed, the repeats' entry (named in the evidence already) is written.
  await api.app.services.security.flushRepeats(new Date(Date.now() + 10 * 60_000));
  return api.app.models.securityLogs.countDocuments({ _id: { $in: ids } });
}

describe('suspicious-activity rules', () => {
  it('locks an admin account after a burst of failed sign-ins', async () => {
    await api.app.services.admins.ensureAdmin({
      email: 'target@vetcares.test',
      password: 'Blue-Heron-Passw0rd!',
      role: 'admin',
    });
    const admin = await api.app.models.admins.findOne({ email: 'target@vetcares.test' }).lean();
    for (let i = 0; i < 5; i += 1) {
      const wrong = await graphqlAs(api.url, from('198.51.100.7'), LOGIN, {
        e: 'target@vetcares.test',
        p: `Wrong-Guess-${i}-xx`,
      });
      expect(wrong.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
    const incident = await incidentFor(
      'failed_sign_ins_account',
      `admin:${admin!._id.toHexString()}`,
    );
    expect(incident).toMatchObject({ severity: 'medium', state: 'open' });
    expect(incident!.responses).toEqual([
      expect.objectContaining({ action: 'lock_account', outcome: 'applied' }),
    ]);
    expect(await entriesExist(incident!.evidence)).toBe(incident!.evidence.length);

    // The right password no longer gets in, and says why.
    const locked = await graphqlAs(api.url, from('198.51.100.7'), LOGIN, {
      e: 'target@vetcares.test',
      p: 'Blue-Heron-Passw0rd!',
    });
    expect(locked.errors![0]!.message).toMatch(/locked/);
    // Another admin is unaffected.
    expect(
      (await graphql(api.url, LOGIN, { e: api.admin.email, p: api.admin.password })).errors,
    ).toBeUndefined();
  });

  it('raises an incident for many failures from one address across accounts', async () => {
    const tenant = await createClinicTenant(api.app, { slug: 'sprayed' });
    const attempts = Array.from({ length: 20 }, (_, i) =>
      graphqlAs(api.url, from('203.0.113.99'), CLINIC_SIGN_IN, {
        s: 'sprayed',
        e: `user${i}@sprayed.example`,
        p: 'Summer2026!!',
      }),
    );
    for (const attempt of attempts) await attempt;
    const incident = await incidentFor('failed_sign_ins_address', 'ip:203.0.113.99');
    expect(incident).toMatchObject({ severity: 'high', tenant_id: null });
    expect(incident!.evidence.length).toBeGreaterThanOrEqual(1);
    expect(tenant.id).toBeTruthy();
  });

  it('locks a clinic user after a burst of failed sign-ins', async () => {
    const tenant = await createClinicTenant(api.app, { slug: 'guessed' });
    await api.app.services.clinicUsers.create(await systemAdmin(api.app), tenant.id, {
      email: 'vet@guessed.example',
      name: 'Vet',
      password: 'Guessed-Clinic-Passw0rd!',
      role: 'staff',
    });
    for (let i = 0; i < 5; i += 1) {
      await graphqlAs(api.url, from(`192.0.2.${i + 1}`), CLINIC_SIGN_IN, {
        s: 'guessed',
        e: 'vet@guessed.example',
        p: `wrong-${i}-password`,
      });
    }
    const user = await api.app.services.clinicUsers.list(await systemAdmin(api.app), tenant.id);
    const incident = await incidentFor('failed_sign_ins_account', `user:${user[0]!.id}`);
    expect(incident).toMatchObject({ tenant_id: tenant.id });
    expect(incident!.responses[0]).toMatchObject({ action: 'lock_account', outcome: 'applied' });
    const locked = await graphqlAs(api.url, from('192.0.2.1'), CLINIC_SIGN_IN, {
      s: 'guessed',
      e: 'vet@guessed.example',
      p: 'Guessed-Clinic-Passw0rd!',
    });
    expect(locked.errors![0]!.message).toMatch(/locked/);
    // The lock holds the addresses that guessed: the real user from a clean address gets in
    // (guessing spread over many addresses is bounded by the rate limiter's per-account budget).
    const clean = await graphqlAs(api.url, from('198.18.0.1'), CLINIC_SIGN_IN, {
      s: 'guessed',
      e: 'vet@guessed.example',
      p: 'Guessed-Clinic-Passw0rd!',
    });
    expect(clean.errors).toBeUndefined();
  });

  it('notices an admin signing in from an address never seen for them', async () => {
    const admin = await systemAdmin(api.app);
    await graphqlAs(api.url, from('198.51.100.20'), LOGIN, {
      e: api.admin.email,
      p: api.admin.password,
    });
    await graphqlAs(api.url, from('198.51.100.20'), LOGIN, {
      e: api.admin.email,
      p: api.admin.password,
    });
    const subject = `admin:${admin.adminId}@203.0.113.250`;
    expect(await incidentFor('admin_new_address', subject)).toBeNull();
    await graphqlAs(api.url, from('203.0.113.250'), LOGIN, {
      e: api.admin.email,
      p: api.admin.password,
    });
    const incident = await incidentFor('admin_new_address', subject);
    expect(incident).toMatchObject({ severity: 'medium', responses: [] });
    const [entry] = await api.app.models.securityLogs.find({ _id: incident!.evidence[0] }).lean();
    expect(entry).toMatchObject({
      event: 'admin_signed_in',
      ip_address: '203.0.113.250',
      actor: `admin:${admin.adminId}`,
    });
    expect(entry!.user_agent).toBe('incident-replay/1.0');
  });

  it('disables an API key and ends a user’s sessions after repeated cross-tenant attempts', async () => {
    const own = await createClinicTenant(api.app, { slug: 'prober' });
    await createClinicTenant(api.app, { slug: 'probed' });
    const key = await createApiKey(api, own.id);
    const userToken = await clinicUserToken(api, own.id, 'owner');
    const asKey = (host: string) => graphqlAs(api.url, { host, 'x-api-key': key }, CURRENT);
    const asUser = (host: string) =>
      graphqlAs(api.url, { host, authorization: `Bearer ${userToken}` }, CURRENT);
    expect((await asKey('prober.vetcares.test')).errors).toBeUndefined();
    expect((await asUser('prober.vetcares.test')).errors).toBeUndefined();
    for (let i = 0; i < 3; i += 1) {
      await asKey('probed.vetcares.test');
      await asUser('probed.vetcares.test');
    }
    const keyDoc = await api.app.services.clinicAuth.listApiKeys(
      await systemAdmin(api.app),
      own.id,
    );
    const keyIncident = await incidentFor('cross_tenant_attempts', `api_key:${keyDoc[0]!.id}`);
    expect(keyIncident!.responses).toEqual([
      expect.objectContaining({ action: 'disable_api_key', outcome: 'applied' }),
    ]);
    expect((await asKey('prober.vetcares.test')).errors![0]!.extensions!.code).toBe(
      'UNAUTHENTICATED',
    );

    const open = await api.app.services.incidents.openIncidents();
    const userIncident = open.find(
      (incident) =>
        incident.rule === 'cross_tenant_attempts' && incident.subject.startsWith('user:'),
    );
    expect(userIncident!.responses.map((response) => response.action)).toEqual([
      'revoke_sessions',
      'lock_account',
    ]);
    const revoked = await asUser('prober.vetcares.test');
    expect(revoked.errors![0]!.message).toMatch(/revoked/);
  });

  it('disables an API key used from many addresses at once', async () => {
    const tenant = await createClinicTenant(api.app);
    const key = await createApiKey(api, tenant.id);
    for (let i = 1; i <= 4; i += 1) {
      const ok = await graphqlAs(api.url, from(`100.64.0.${i}`, { 'x-api-key': key }), CURRENT);
      expect(ok.errors).toBeUndefined();
    }
    await graphqlAs(api.url, from('100.64.0.5', { 'x-api-key': key }), CURRENT);
    const keyId = (
      await api.app.services.clinicAuth.listApiKeys(await systemAdmin(api.app), tenant.id)
    )[0]!.id;
    const incident = await incidentFor('api_key_many_addresses', `api_key:${keyId}`);
    expect(incident).toMatchObject({ severity: 'high', tenant_id: tenant.id });
    expect(incident!.evidence).toHaveLength(5);
    expect(incident!.responses[0]).toMatchObject({ action: 'disable_api_key', outcome: 'applied' });
    const refused = await graphqlAs(api.url, from('100.64.0.1', { 'x-api-key': key }), CURRENT);
    expect(refused.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('incidents', () => {
  it('are pushed on incidentRaised, then acknowledged and resolved by an admin', async () => {
    const listening = listeningIn(api.app);
    const { client, subscribe } = wsClient(api.url, { authorization: `Bearer ${token}` });
    try {
      let operationId = '';
      const received = new Promise<{ id: string; rule: string }>((resolve, reject) => {
        operationId = subscribe<{ incidentRaised: { id: string; rule: string } }>(
          { query: 'subscription { incidentRaised { id rule severity evidence } }' },
          {
            next: (value) => value.data && resolve(value.data.incidentRaised),
            error: reject,
            complete: () => undefined,
          },
        ).operationId;
      });
      await Promise.race([listening(operationId), received]);
      const admin = await systemAdmin(api.app);
      await graphqlAs(api.url, from('198.51.100.201'), LOGIN, {
        e: api.admin.email,
        p: api.admin.password,
      });
      await graphqlAs(api.url, from('198.51.100.202'), LOGIN, {
        e: api.admin.email,
        p: api.admin.password,
      });
      const pushed = await received;
      expect(pushed.rule).toBe('admin_new_address');
      expect(admin.adminId).toBeTruthy();

      const ack = await graphql<{
        acknowledgeSecurityIncident: { state: string; acknowledged_by: string };
      }>(
        api.url,
        'mutation($id: ID!) { acknowledgeSecurityIncident(id: $id, note: "Looking") { state acknowledged_by } }',
        { id: pushed.id },
        token,
      );
      expect(ack.data!.acknowledgeSecurityIncident).toEqual({
        state: 'acknowledged',
        acknowledged_by: `admin:${admin.adminId}`,
      });
      const again = await graphql(
        api.url,
        'mutation($id: ID!) { acknowledgeSecurityIncident(id: $id) { state } }',
        { id: pushed.id },
        token,
      );
      expect(again.errors![0]!.extensions!.code).toBe('CONFLICT');
      const resolved = await graphql<{ resolveSecurityIncident: { state: string; note: string } }>(
        api.url,
        'mutation($id: ID!) { resolveSecurityIncident(id: $id, note: "Travelling") { state note } }',
        { id: pushed.id },
        token,
      );
      expect(resolved.data!.resolveSecurityIncident).toEqual({
        state: 'resolved',
        note: 'Travelling',
      });
      const listed = await graphql<{ securityIncidents: { items: { id: string }[] } }>(
        api.url,
        '{ securityIncidents(state: resolved) { items { id } } }',
        {},
        token,
      );
      expect(listed.data!.securityIncidents.items.map((item) => item.id)).toContain(pushed.id);
    } finally {
      listening.stop();
      await client.dispose();
    }
  });
});
