import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAsTenant } from '../src/db/tenant-context.js';
import { errorCodes, graphql, graphqlAs, rest } from './client.js';
import { clinicUserToken, createApiKey, createClinicTenant } from './clinic-factories.js';
import { TxtDnsServer } from './dns-server.js';
import { createTenant } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';

const RESOLVE = `query($hostname: String!) { resolveTenant(hostname: $hostname) {
  id slug name status language timezone currency
  theme { primary_color logo_url font dark_mode }
  features { custom_branding sso api_access flags }
} }`;
const CURRENT = '{ currentClinic { id slug status } }';

interface Resolved {
  id: string;
  slug: string;
  status: string;
  theme: { primary_color: string };
  features: {
    custom_branding: boolean;
    sso: boolean;
    api_access: boolean;
    flags: Record<string, boolean>;
  };
}

let api: TestApi;
let token: string;
const dns = new TxtDnsServer();

beforeAll(async () => {
  const dnsServer = await dns.start();
  api = await startTestApi({ env: { BASE_DOMAIN: 'vetcares.test', DNS_SERVERS: dnsServer } });
  token = await api.token();
});
afterAll(async () => {
  await api.stop();
  await dns.stop();
});

const resolve = (hostname: string) =>
  graphql<{ resolveTenant: Resolved }>(api.url, RESOLVE, { hostname });

describe('resolving a tenant from a hostname', () => {
  it('finds {slug}.{BASE_DOMAIN} ignoring case, port and a trailing dot; unknown hosts are NOT_FOUND', async () => {
    const tenant = await createTenant(api.app, { slug: 'northside' });
    for (const host of [
      'northside.vetcares.test',
      'NorthSide.VetCares.Test',
      'northside.vetcares.test:8443',
      'northside.vetcares.test.',
    ]) {
      const response = await resolve(host);
      expect(response.errors, host).toBeUndefined();
      expect(response.data!.resolveTenant).toMatchObject({
        id: tenant.id,
        slug: 'northside',
        status: 'active',
      });
    }
    expect(errorCodes(await resolve('nobody.vetcares.test'))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await resolve('a.b.vetcares.test'))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await resolve('[::1]:80'))).toEqual(['NOT_FOUND']);
  });

  it('exposes only public fields', async () => {
    const response = await graphql(
      api.url,
      '{ resolveTenant(hostname: "x.vetcares.test") { contact_email } }',
    );
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('resolves a suspended tenant with its status instead of failing', async () => {
    const tenant = await createTenant(api.app, { slug: 'paused-clinic' });
    await api.app.services.tenants.suspend(await adminPrincipal(), tenant.id, 'Payment overdue');
    const response = await resolve('paused-clinic.vetcares.test');
    expect(response.data!.resolveTenant.status).toBe('suspended');
  });

  it('routes a custom domain only after its DNS TXT record is verified', async () => {
    const tenant = await createTenant(api.app, { slug: 'custom-dom', domain: 'pets.example.org' });
    expect(tenant.domain_verified).toBe(false);
    expect(tenant.domain_verification_token).toMatch(/^vetcares-verify=/);
    expect(errorCodes(await resolve('pets.example.org'))).toEqual(['NOT_FOUND']);

    const verify = 'mutation($id: ID!) { verifyTenantDomain(id: $id) { domain_verified } }';
    const early = await graphql(api.url, verify, { id: tenant.id }, token);
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.errors![0]!.message).toContain('_vetcares.pets.example.org');

    dns.records.set('_vetcares.pets.example.org', ['unrelated', tenant.domain_verification_token!]);
    const verified = await graphql<{ verifyTenantDomain: { domain_verified: boolean } }>(
      api.url,
      verify,
      { id: tenant.id },
      token,
    );
    expect(verified.data!.verifyTenantDomain.domain_verified).toBe(true);
    expect((await resolve('Pets.Example.org:443')).data!.resolveTenant.id).toBe(tenant.id);

    // Changing the domain needs a new proof.
    await api.app.services.tenants.update(await adminPrincipal(), tenant.id, {
      domain: 'other.example.org',
    });
    expect(errorCodes(await resolve('pets.example.org'))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await resolve('other.example.org'))).toEqual(['NOT_FOUND']);
  });
});

describe('lifecycle', () => {
  it("suspends and activates exactly as the spec's REST examples, writing security log entries", async () => {
    const tenant = await createTenant(api.app);
    const suspended = await rest<Record<string, unknown>>(
      api.url,
      'POST',
      `/api/admin/tenants/${tenant.id}/suspend`,
      {
        token,
        json: { reason: 'Payment overdue' },
      },
    );
    expect(suspended.status).toBe(200);
    expect(suspended.body).toMatchObject({
      status: 'suspended',
      suspension_reason: 'Payment overdue',
    });
    expect(suspended.body.suspended_at).toBeTruthy();

    const activated = await rest<Record<string, unknown>>(
      api.url,
      'POST',
      `/api/admin/tenants/${tenant.id}/activate`,
      { token },
    );
    expect(activated.status).toBe(200);
    expect(activated.body).toMatchObject({
      status: 'active',
      suspension_reason: null,
      suspended_at: null,
    });

    const logs = await api.app.models.securityLogs
      .find({ tenant_id: tenant.id })
      .sort({ timestamp: 1 })
      .lean();
    expect(logs.map((log) => log.event)).toEqual([
      'tenant_created',
      'tenant_suspended',
      'tenant_activated',
    ]);
    expect(logs[1]!.details).toMatchObject({
      admin_email: api.admin.email,
      from: 'active',
      to: 'suspended',
      reason: 'Payment overdue',
    });
    expect(logs[1]!.ip_address).toMatch(/127\.0\.0\.1/);
    expect(logs[1]!.user_agent).toBeTruthy();
  });

  it('requires a reason to suspend and refuses transitions the lifecycle does not allow', async () => {
    const tenant = await createTenant(api.app, { status: 'pending' });
    const noReason = await rest<{ error: { fields: { field: string }[] } }>(
      api.url,
      'POST',
      `/api/admin/tenants/${tenant.id}/suspend`,
      {
        token,
        json: {},
      },
    );
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields[0]!.field).toBe('reason');

    const pendingToSuspended = await graphql(
      api.url,
      'mutation($id: ID!) { suspendTenant(id: $id, reason: "x") { status } }',
      { id: tenant.id },
      token,
    );
    expect(errorCodes(pendingToSuspended)).toEqual(['BAD_USER_INPUT']);
    expect(pendingToSuspended.errors![0]!.message).toContain('it can go to active');

    const created = await graphql(
      api.url,
      'mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }',
      {
        input: {
          name: 'Born Suspended',
          slug: 'born-suspended',
          contact_email: 'a@b.co',
          status: 'suspended',
        },
      },
      token,
    );
    expect(errorCodes(created)).toEqual(['BAD_USER_INPUT']);
    expect(
      (await api.app.services.tenants.activate(await adminPrincipal(), tenant.id)).status,
    ).toBe('active');
  });

  it('deletes softly: gone from reads and routing at once, kept until the purge', async () => {
    const tenant = await createClinicTenant(api.app, { slug: 'soon-gone' });
    const owner = await clinicUserToken(api, tenant.id, 'owner');
    const deleted = await rest(api.url, 'DELETE', `/api/admin/tenants/${tenant.id}`, { token });
    expect(deleted.status).toBe(200);
    expect((await rest(api.url, 'GET', `/api/admin/tenants/${tenant.id}`, { token })).status).toBe(
      404,
    );
    const stored = await api.app.models.tenants.findById(tenant.id).lean();
    expect(stored).toMatchObject({ status: 'deleted' });
    expect(stored!.deleted_at).toBeInstanceOf(Date);
    expect((await resolve('soon-gone.vetcares.test')).data!.resolveTenant.status).toBe('deleted');
    const listed = await rest<{ items: { id: string }[] }>(
      api.url,
      'GET',
      '/api/admin/tenants?status=deleted&limit=100',
      { token },
    );
    expect(listed.body.items.map((t) => t.id)).toContain(tenant.id);
    expect(errorCodes(await graphql(api.url, CURRENT, {}, owner))).toEqual(['UNAUTHENTICATED']);
    // The slug stays taken until the purge.
    expect(
      (await api.app.services.tenants.slugAvailability(await adminPrincipal(), 'soon-gone'))
        .available,
    ).toBe(false);
  });

  it('purges a deleted tenant after the retention period: its documents, its keys, then itself', async () => {
    const tenant = await createClinicTenant(api.app, { slug: 'to-purge' });
    await clinicUserToken(api, tenant.id, 'owner');
    await createApiKey(api, tenant.id);
    const usageKey = `${api.redisKeyPrefix}t:${tenant.id}:usage:2026-11-27`;
    await api.app.redis.hset(usageKey, 'api_call', 3);
    const keeper = await createClinicTenant(api.app);
    await clinicUserToken(api, keeper.id, 'owner');

    await api.app.services.tenants.delete(await adminPrincipal(), tenant.id);
    expect(await api.app.services.purge.purgeExpired()).toEqual([]); // retention not over yet
    // Through the BullMQ queue, as the scheduler runs it, with the clock moved past retention.
    await api.app.models.tenants.updateOne(
      { _id: tenant.id },
      { $set: { deleted_at: new Date(Date.now() - 31 * 24 * 3600 * 1000) } },
    );
    expect(await api.app.jobs.runNow('purge-deleted-tenants')).toEqual([tenant.id]);

    expect(await api.app.models.tenants.findById(tenant.id).lean()).toBeNull();
    expect(await runAsTenant(tenant.id, () => api.app.models.clinicUsers.countDocuments())).toBe(0);
    expect(await runAsTenant(tenant.id, () => api.app.models.apiKeys.countDocuments())).toBe(0);
    expect(await api.app.redis.exists(usageKey)).toBe(0);
    expect(await runAsTenant(keeper.id, () => api.app.models.clinicUsers.countDocuments())).toBe(1);
    expect(
      await api.app.models.securityLogs.countDocuments({
        tenant_id: tenant.id,
        event: 'tenant_purged',
      }),
    ).toBe(1);
    // The audit trail outlives the tenant.
    expect(
      await api.app.models.securityLogs.countDocuments({
        tenant_id: tenant.id,
        event: 'tenant_deleted',
      }),
    ).toBe(1);
  });
});

describe('clinic principals', () => {
  it('signs clinic users in by slug or Host, with a token only their clinic accepts', async () => {
    const tenant = await createClinicTenant(api.app, { slug: 'signin-clinic' });
    const other = await createClinicTenant(api.app, { slug: 'other-clinic' });
    await api.app.services.clinicUsers.create(await adminPrincipal(), tenant.id, {
      email: 'vet@signin.example',
      name: 'Dr Vet',
      password: 'Whiskers-and-Paws-1',
      role: 'staff',
    });
    const signIn =
      'mutation($input: ClinicSignInInput!) { clinicSignIn(input: $input) { token user { email role tenant_id } } }';
    const bySlug = await graphql<{ clinicSignIn: { token: string; user: { tenant_id: string } } }>(
      api.url,
      signIn,
      {
        input: {
          slug: 'signin-clinic',
          email: 'VET@signin.example',
          password: 'Whiskers-and-Paws-1',
        },
      },
    );
    expect(bySlug.data!.clinicSignIn.user.tenant_id).toBe(tenant.id);
    const clinicToken = bySlug.data!.clinicSignIn.token;

    const byHost = await graphqlAs<{ clinicSignIn: { token: string } }>(
      api.url,
      { host: 'signin-clinic.vetcares.test' },
      signIn,
      {
        input: { email: 'vet@signin.example', password: 'Whiskers-and-Paws-1' },
      },
    );
    expect(byHost.data!.clinicSignIn.token).toBeTruthy();

    const wrong = await graphql(api.url, signIn, {
      input: { slug: 'signin-clinic', email: 'vet@signin.example', password: 'nope-nope-nope' },
    });
    expect(errorCodes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(
      await api.app.models.securityLogs.countDocuments({
        tenant_id: tenant.id,
        event: 'clinic_sign_in_failed',
      }),
    ).toBe(1);
    // The same person does not exist at another clinic.
    const elsewhere = await graphql(api.url, signIn, {
      input: { slug: 'other-clinic', email: 'vet@signin.example', password: 'Whiskers-and-Paws-1' },
    });
    expect(errorCodes(elsewhere)).toEqual(['UNAUTHENTICATED']);

    expect(
      (await graphql<{ currentClinic: { id: string } }>(api.url, CURRENT, {}, clinicToken)).data!
        .currentClinic.id,
    ).toBe(tenant.id);
    // Neither kind of token stands in for the other.
    expect(
      errorCodes(await graphql(api.url, '{ tenants { totalCount } }', {}, clinicToken)),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(api.url, CURRENT, {}, token))).toEqual(['FORBIDDEN']);
    // A clinic credential sent to another clinic's host is refused.
    const crossHost = await graphqlAs(
      api.url,
      { host: 'other-clinic.vetcares.test', authorization: `Bearer ${clinicToken}` },
      CURRENT,
    );
    expect(errorCodes(crossHost)).toEqual(['UNAUTHENTICATED']);
    expect(crossHost.errors![0]!.message).toContain('another clinic');
    const ownHost = await graphqlAs(
      api.url,
      { host: 'signin-clinic.vetcares.test', authorization: `Bearer ${clinicToken}` },
      CURRENT,
    );
    expect(ownHost.errors).toBeUndefined();
    expect(other.id).not.toBe(tenant.id);
  });

  it('answers TENANT_SUSPENDED, with the reason, to a suspended clinic; admin operations keep working', async () => {
    const tenant = await createClinicTenant(api.app);
    const staff = await clinicUserToken(api, tenant.id, 'staff');
    const key = await createApiKey(api, tenant.id);
    await api.app.services.tenants.suspend(await adminPrincipal(), tenant.id, 'Payment overdue');

    const asUser = await graphql(api.url, CURRENT, {}, staff);
    expect(errorCodes(asUser)).toEqual(['TENANT_SUSPENDED']);
    expect(asUser.errors![0]!.message).toContain('Payment overdue');
    const asKey = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ query: CURRENT }),
    });
    expect(
      ((await asKey.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions
        .code,
    ).toBe('TENANT_SUSPENDED');
    const adminRead = await graphql<{ tenant: { status: string } }>(
      api.url,
      'query($id: ID!) { tenant(id: $id) { status } }',
      { id: tenant.id },
      token,
    );
    expect(adminRead.data!.tenant.status).toBe('suspended');
    const denials = await api.app.models.securityLogs
      .find({ tenant_id: tenant.id, event: 'access_denied' })
      .lean();
    expect(denials.map((d) => d.details.code)).toEqual(['TENANT_SUSPENDED', 'TENANT_SUSPENDED']);
  });

  it('creates API keys only with API access, shows them once, lists prefixes, and revokes them', async () => {
    const basic = await createTenant(api.app, { billing_plan: 'basic' });
    const refused = await graphql(
      api.url,
      'mutation($t: ID!) { createApiKey(name: "ci", tenant_id: $t) { key } }',
      { t: basic.id },
      token,
    );
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);

    const tenant = await createClinicTenant(api.app);
    const owner = await clinicUserToken(api, tenant.id, 'owner');
    const created = await graphql<{
      createApiKey: { key: string; api_key: { id: string; prefix: string } };
    }>(
      api.url,
      'mutation { createApiKey(name: "front desk") { key api_key { id prefix } } }',
      {},
      owner,
    );
    const { key, api_key } = created.data!.createApiKey;
    expect(key).toMatch(new RegExp(`^vck_${tenant.id}_${api_key.prefix}_`));
    const stored = await runAsTenant(tenant.id, () =>
      api.app.models.apiKeys.findById(api_key.id).lean(),
    );
    // The secret is base64url, so it may itself hold '_': take everything after the prefix.
    const secret = key.slice(`vck_${tenant.id}_${api_key.prefix}_`.length);
    expect(secret.length).toBeGreaterThanOrEqual(43);
    expect(JSON.stringify(stored)).not.toContain(secret);

    const listed = await graphql<{ apiKeys: Record<string, unknown>[] }>(
      api.url,
      '{ apiKeys { id prefix name last_used_at } }',
      {},
      owner,
    );
    expect(listed.data!.apiKeys).toEqual([
      { id: api_key.id, prefix: api_key.prefix, name: 'front desk', last_used_at: null },
    ]);

    const withKey = (k: string) =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': k },
        body: JSON.stringify({ query: CURRENT }),
      }).then(
        (r) =>
          r.json() as Promise<{
            data?: { currentClinic: { id: string } };
            errors?: { extensions: { code: string } }[];
          }>,
      );
    expect((await withKey(key)).data!.currentClinic.id).toBe(tenant.id);
    expect((await withKey(key.slice(0, -2) + 'xx')).errors![0]!.extensions.code).toBe(
      'UNAUTHENTICATED',
    );

    const staff = await clinicUserToken(api, tenant.id, 'staff');
    const staffRevoke = await graphql(
      api.url,
      'mutation($id: ID!) { revokeApiKey(id: $id) { revoked_at } }',
      { id: api_key.id },
      staff,
    );
    expect(errorCodes(staffRevoke)).toEqual(['FORBIDDEN']);
    await graphql(
      api.url,
      'mutation($id: ID!) { revokeApiKey(id: $id) { revoked_at } }',
      { id: api_key.id },
      owner,
    );
    expect((await withKey(key)).errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    const events = await api.app.models.securityLogs.find({ tenant_id: tenant.id }).lean();
    expect(events.map((e) => e.event)).toEqual(
      expect.arrayContaining(['api_key_created', 'api_key_revoked', 'access_denied']),
    );
  });
});

describe('configuration and feature flags', () => {
  it("combines the plan's features with the tenant's overrides where the plan allows", async () => {
    const basic = await createTenant(api.app, {
      slug: 'flags-basic',
      billing_plan: 'basic',
      custom_branding: true,
      sso_enabled: true,
      features_json: '{"telemedicine": true, "online_booking": false}',
      theme_json: '{"primary_color": "#112233"}',
    });
    const resolved = (await resolve('flags-basic.vetcares.test')).data!.resolveTenant;
    expect(resolved.features).toMatchObject({
      custom_branding: false,
      sso: false,
      api_access: false,
    });
    expect(resolved.features.flags).toMatchObject({
      telemedicine: false,
      online_booking: false,
      inventory: true,
      sms_reminders: false,
    });
    expect(resolved.theme.primary_color).toBe('#0b7285'); // no custom branding on Basic

    await api.app.services.tenants.update(await adminPrincipal(), basic.id, {
      billing_plan: 'enterprise',
    });
    const upgraded = (await resolve('flags-basic.vetcares.test')).data!.resolveTenant;
    expect(upgraded.features).toMatchObject({ custom_branding: true, sso: true });
    expect(upgraded.features.flags.telemedicine).toBe(true);
    expect(upgraded.theme.primary_color).toBe('#112233');
  });

  it('validates theme_json and features_json against the documented shape', async () => {
    const response = await graphql(
      api.url,
      'mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }',
      {
        input: {
          name: 'Bad Config',
          slug: 'bad-config',
          contact_email: 'a@b.co',
          theme_json: '{"primary_color": "red", "sparkles": true}',
          features_json: '{"teleportation": true, "inventory": "yes"}',
        },
      },
      token,
    );
    const fields = response.errors![0]!.extensions!.fields as { field: string; message: string }[];
    expect(fields.map((f) => f.field).sort()).toEqual(['features_json', 'theme_json']);
    expect(fields.find((f) => f.field === 'theme_json')!.message).toContain('primary_color');
    expect(fields.find((f) => f.field === 'features_json')!.message).toContain('teleportation');
  });
});

async function adminPrincipal() {
  const { systemAdmin } = await import('./factories.js');
  return systemAdmin(api.app);
}
