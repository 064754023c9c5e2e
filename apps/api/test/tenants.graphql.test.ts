import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, graphql } from './client.js';
import { buildTenantInput, createTenant, SPEC_CREATE_BODY } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';

const TENANT_FIELDS = `id name slug domain status billing_plan contact_email contact_phone address timezone
  currency language theme_json features_json max_staff max_clients max_storage_gb custom_branding
  sso_enabled api_access created_date updated_date suspension_reason suspended_at`;

const CREATE = `mutation Create($input: CreateTenantInput!) { createTenant(input: $input) { ${TENANT_FIELDS} } }`;
const UPDATE = `mutation Update($id: ID!, $input: UpdateTenantInput!) { updateTenant(id: $id, input: $input) { ${TENANT_FIELDS} } }`;
const GET = `query Get($id: ID!) { tenant(id: $id) { ${TENANT_FIELDS} } }`;
const LIST = `query List($page: Int, $limit: Int, $status: TenantStatus, $search: String, $sortBy: TenantSortField, $sortOrder: SortOrder) {
  tenants(page: $page, limit: $limit, status: $status, search: $search, sortBy: $sortBy, sortOrder: $sortOrder) {
    totalCount page limit items { id name slug status billing_plan created_date }
  }
}`;

type TenantData = Record<string, unknown> & { id: string };

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startTestApi();
  token = await api.token();
});
afterAll(() => api.stop());

describe('tenant management over GraphQL', () => {
  it('creates the spec example, reads it back by id and slug, updates and deletes it', async () => {
    const created = await graphql<{ createTenant: TenantData }>(
      api.url,
      CREATE,
      { input: SPEC_CREATE_BODY },
      token,
    );
    expect(created.errors).toBeUndefined();
    const tenant = created.data!.createTenant;
    expect(tenant).toMatchObject({
      ...SPEC_CREATE_BODY,
      status: 'active',
      theme_json: null,
      suspended_at: null,
    });
    expect(new Date(tenant.created_date as string).getTime()).toBeGreaterThan(Date.now() - 60_000);

    const byId = await graphql<{ tenant: TenantData }>(api.url, GET, { id: tenant.id }, token);
    expect(byId.data!.tenant).toEqual(tenant);
    const bySlug = await graphql<{ tenantBySlug: { id: string } }>(
      api.url,
      'query($slug: String!) { tenantBySlug(slug: $slug) { id } }',
      { slug: 'petsrus' },
      token,
    );
    expect(bySlug.data!.tenantBySlug.id).toBe(tenant.id);

    // The spec's update example: status, plan and one limit.
    const updated = await graphql<{ updateTenant: TenantData }>(
      api.url,
      UPDATE,
      { id: tenant.id, input: { status: 'active', billing_plan: 'enterprise', max_staff: 50 } },
      token,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateTenant).toMatchObject({
      billing_plan: 'enterprise',
      max_staff: 50,
      max_clients: null, // the enterprise plan is unlimited where the caller set nothing
      max_storage_gb: 500,
      name: 'Pets R Us Clinic',
    });

    const deleted = await graphql<{ deleteTenant: { id: string; deleted: boolean } }>(
      api.url,
      'mutation($id: ID!) { deleteTenant(id: $id) { id deleted } }',
      { id: tenant.id },
      token,
    );
    expect(deleted.data!.deleteTenant).toEqual({ id: tenant.id, deleted: true });
    const gone = await graphql(api.url, GET, { id: tenant.id }, token);
    expect(errorCodes(gone)).toEqual(['NOT_FOUND']);
  });

  it("fills limits the caller left out from the plan's", async () => {
    const basic = await graphql<{ createTenant: TenantData }>(
      api.url,
      CREATE,
      { input: buildTenantInput() },
      token,
    );
    expect(basic.data!.createTenant).toMatchObject({
      max_staff: 10,
      max_clients: 1000,
      max_storage_gb: 10,
    });
    const enterprise = await graphql<{ createTenant: TenantData }>(
      api.url,
      CREATE,
      { input: buildTenantInput({ billing_plan: 'enterprise', max_clients: 123 }) },
      token,
    );
    expect(enterprise.data!.createTenant).toMatchObject({
      max_staff: null,
      max_clients: 123,
      max_storage_gb: 500,
    });
  });

  it('names every invalid field and writes nothing', async () => {
    const before = await api.app.models.tenants.countDocuments();
    const response = await graphql(
      api.url,
      CREATE,
      {
        input: {
          name: '  ',
          slug: 'Bad_Slug',
          contact_email: 'not-an-email',
          contact_phone: 'call me',
          timezone: 'Mars/Olympus',
          theme_json: '[1,2]',
          features_json: '{oops',
          max_staff: -1,
          domain: 'localhost',
        },
      },
      token,
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    const fields = (response.errors![0]!.extensions!.fields as { field: string }[])
      .map((f) => f.field)
      .sort();
    expect(fields).toEqual(
      [
        'contact_email',
        'contact_phone',
        'domain',
        'features_json',
        'max_staff',
        'name',
        'slug',
        'theme_json',
        'timezone',
      ].sort(),
    );
    expect(await api.app.models.tenants.countDocuments()).toBe(before);
  });

  it.each([
    ['www', 'reserved'],
    ['admin', 'reserved'],
    ['-edge', 'DNS label'],
    ['a'.repeat(64), 'at most 63'],
  ])('refuses the slug %j', async (slug, why) => {
    const response = await graphql(api.url, CREATE, { input: buildTenantInput({ slug }) }, token);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(response.errors![0]!.extensions!.fields)).toContain(why);
  });

  it('refuses enum values GraphQL does not know, before any resolver runs', async () => {
    const response = await graphql(
      api.url,
      CREATE,
      { input: buildTenantInput({ currency: 'JPY' }) },
      token,
    );
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('answers CONFLICT for a taken slug or domain, naming the field', async () => {
    const existing = await createTenant(api.app, { domain: 'taken.example.com' });
    const slugClash = await graphql(
      api.url,
      CREATE,
      { input: buildTenantInput({ slug: existing.slug }) },
      token,
    );
    expect(errorCodes(slugClash)).toEqual(['CONFLICT']);
    expect(slugClash.errors![0]!.extensions!.fields).toEqual([
      expect.objectContaining({ field: 'slug' }),
    ]);

    const domainClash = await graphql(
      api.url,
      CREATE,
      { input: buildTenantInput({ domain: 'TAKEN.example.com.' }) },
      token,
    );
    expect(errorCodes(domainClash)).toEqual(['CONFLICT']);
    expect(domainClash.errors![0]!.extensions!.fields).toEqual([
      expect.objectContaining({ field: 'domain' }),
    ]);

    const other = await createTenant(api.app);
    const updateClash = await graphql(
      api.url,
      UPDATE,
      { id: other.id, input: { slug: existing.slug } },
      token,
    );
    expect(errorCodes(updateClash)).toEqual(['CONFLICT']);
    // Many tenants without a custom domain do not clash with each other.
    await createTenant(api.app, { domain: null });
    await createTenant(api.app, { domain: null });
  });

  it('reports a race past the friendly check as CONFLICT too', async () => {
    const input = buildTenantInput();
    const results = await Promise.all(
      Array.from({ length: 4 }, () => graphql(api.url, CREATE, { input }, token)),
    );
    const codes = results.map((r) => (r.errors ? r.errors[0]!.extensions!.code : 'OK'));
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(3);
    expect(await api.app.models.tenants.countDocuments({ slug: input.slug as string })).toBe(1);
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = await graphql(api.url, GET, { id: '0123456789abcdef01234567' }, token);
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    const malformed = await graphql(api.url, GET, { id: 'not-an-id' }, token);
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.errors![0]!.extensions!.fields).toEqual([
      expect.objectContaining({ field: 'id' }),
    ]);
  });

  it('requires a reason to suspend, and clears it on reactivation', async () => {
    const tenant = await createTenant(api.app);
    const noReason = await graphql(
      api.url,
      UPDATE,
      { id: tenant.id, input: { status: 'suspended' } },
      token,
    );
    expect(errorCodes(noReason)).toEqual(['BAD_USER_INPUT']);

    const suspended = await graphql<{ updateTenant: TenantData }>(
      api.url,
      UPDATE,
      { id: tenant.id, input: { status: 'suspended', suspension_reason: 'Payment overdue' } },
      token,
    );
    expect(suspended.data!.updateTenant).toMatchObject({
      status: 'suspended',
      suspension_reason: 'Payment overdue',
    });
    expect(suspended.data!.updateTenant.suspended_at).toBeTruthy();

    const active = await graphql<{ updateTenant: TenantData }>(
      api.url,
      UPDATE,
      { id: tenant.id, input: { status: 'active' } },
      token,
    );
    expect(active.data!.updateTenant).toMatchObject({
      status: 'active',
      suspension_reason: null,
      suspended_at: null,
    });
  });

  it('clears optional fields and limits with null', async () => {
    const tenant = await createTenant(api.app, {
      contact_phone: '+44 20 7946 0958',
      theme_json: '{"primary_color":"#00aa77"}',
    });
    const response = await graphql<{ updateTenant: TenantData }>(
      api.url,
      UPDATE,
      { id: tenant.id, input: { contact_phone: null, theme_json: null, max_clients: null } },
      token,
    );
    expect(response.data!.updateTenant).toMatchObject({
      contact_phone: null,
      theme_json: null,
      max_clients: null,
    });
  });

  it('tells whether a slug is available', async () => {
    const tenant = await createTenant(api.app);
    const query =
      'query($slug: String!) { slugAvailability(slug: $slug) { slug available reason } }';
    const taken = await graphql<{ slugAvailability: { available: boolean; reason: string } }>(
      api.url,
      query,
      { slug: tenant.slug },
      token,
    );
    expect(taken.data!.slugAvailability).toMatchObject({
      available: false,
      reason: 'This slug is taken',
    });
    const reserved = await graphql<{ slugAvailability: { available: boolean; reason: string } }>(
      api.url,
      query,
      { slug: 'api' },
      token,
    );
    expect(reserved.data!.slugAvailability.reason).toContain('reserved');
    const free = await graphql<{ slugAvailability: { available: boolean } }>(
      api.url,
      query,
      { slug: 'free-slug-xyz' },
      token,
    );
    expect(free.data!.slugAvailability.available).toBe(true);
  });

  it('lists the billing plans with their limits', async () => {
    const response = await graphql<{
      billingPlans: { id: string; price_monthly: number; max_staff: number | null }[];
    }>(api.url, '{ billingPlans { id price_monthly max_staff } }', {}, token);
    expect(response.data!.billingPlans).toEqual([
      { id: 'basic', price_monthly: 29, max_staff: 10 },
      { id: 'professional', price_monthly: 79, max_staff: 25 },
      { id: 'enterprise', price_monthly: 199, max_staff: null },
    ]);
  });
});

describe('the tenants list', () => {
  let scoped: TestApi;
  let scopedToken: string;

  beforeAll(async () => {
    scoped = await startTestApi();
    scopedToken = await scoped.token();
    const names = [
      'Alpha Vets',
      'Bravo Animal Care',
      'Charlie Pet Clinic',
      'Delta Paws',
      'Echo (Exotic) Vets',
    ];
    for (const [i, name] of names.entries()) {
      await createTenant(scoped.app, {
        name,
        slug: `list-${i}`,
        status: i % 2 === 0 ? 'active' : 'pending',
        billing_plan: i < 2 ? 'enterprise' : 'basic',
      });
    }
  });
  afterAll(() => scoped.stop());

  const list = async (variables: Record<string, unknown>) => {
    const response = await graphql<{
      tenants: {
        totalCount: number;
        page: number;
        limit: number;
        items: { name: string; status: string }[];
      };
    }>(scoped.url, LIST, variables, scopedToken);
    return response;
  };

  it('pages with a total count', async () => {
    const first = await list({ page: 1, limit: 2, sortBy: 'name', sortOrder: 'asc' });
    expect(first.data!.tenants).toMatchObject({ totalCount: 5, page: 1, limit: 2 });
    expect(first.data!.tenants.items.map((t) => t.name)).toEqual([
      'Alpha Vets',
      'Bravo Animal Care',
    ]);
    const third = await list({ page: 3, limit: 2, sortBy: 'name', sortOrder: 'asc' });
    expect(third.data!.tenants.items.map((t) => t.name)).toEqual(['Echo (Exotic) Vets']);
  });

  it('filters by status and searches name, slug and e-mail case-insensitively', async () => {
    const pending = await list({ status: 'pending' });
    expect(pending.data!.tenants.totalCount).toBe(2);
    expect(pending.data!.tenants.items.every((t) => t.status === 'pending')).toBe(true);
    const search = await list({ search: 'PET' });
    expect(search.data!.tenants.items.map((t) => t.name)).toEqual(['Charlie Pet Clinic']);
    const bySlug = await list({ search: 'list-3' });
    expect(bySlug.data!.tenants.items.map((t) => t.name)).toEqual(['Delta Paws']);
  });

  it('treats regex and operators in search as plain text', async () => {
    expect((await list({ search: '.*' })).data!.tenants.totalCount).toBe(0);
    expect((await list({ search: '(Exotic)' })).data!.tenants.items.map((t) => t.name)).toEqual([
      'Echo (Exotic) Vets',
    ]);
    expect((await list({ search: '{"$ne": null}' })).data!.tenants.totalCount).toBe(0);
  });

  it('sorts both ways', async () => {
    const desc = await list({ sortBy: 'name', sortOrder: 'desc', limit: 5 });
    expect(desc.data!.tenants.items.map((t) => t.name)[0]).toBe('Echo (Exotic) Vets');
    const byPlan = await list({ sortBy: 'billing_plan', sortOrder: 'asc', limit: 5 });
    expect(
      byPlan
        .data!.tenants.items.map((t) => t.name)
        .slice(0, 3)
        .sort(),
    ).toEqual(['Charlie Pet Clinic', 'Delta Paws', 'Echo (Exotic) Vets'].sort());
  });

  it('caps the limit and refuses a page below 1', async () => {
    const capped = await list({ limit: 10_000 });
    expect(capped.data!.tenants.limit).toBe(100);
    const bad = await list({ page: 0 });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('access', () => {
  it('requires an admin token for every tenant operation', async () => {
    const anonymous = await graphql(api.url, LIST, {});
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const forged = await graphql(api.url, LIST, {}, 'not.a.jwt');
    expect(errorCodes(forged)).toEqual(['UNAUTHENTICATED']);
    expect(forged.errors![0]!.message).toMatch(/invalid or has expired/);
  });

  it('lets a support admin read but not write', async () => {
    await api.app.services.admins.ensureAdmin({
      email: 'support@vetcares.test',
      password: 'Helpdesk-Passw0rd!',
      role: 'support',
    });
    const { token: supportToken } = await api.app.services.admins.login(
      'support@vetcares.test',
      'Helpdesk-Passw0rd!',
    );
    expect((await graphql(api.url, LIST, {}, supportToken)).errors).toBeUndefined();
    const write = await graphql(api.url, CREATE, { input: buildTenantInput() }, supportToken);
    expect(errorCodes(write)).toEqual(['FORBIDDEN']);
  });

  it('refuses operations nested or aliased past the limits', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: billingPlans { id }`).join(' ');
    const response = await graphql(api.url, `{ ${aliases} }`, {}, token);
    expect(response.status).toBe(400);
    expect(response.errors![0]!.message).toMatch(/aliases/);
  });

  it('hides internals of unexpected errors', async () => {
    const response = await graphql(api.url, '{ tenants(limit: 1) { items { id } } }', {}, token);
    expect(response.errors).toBeUndefined();
    const broken = await graphql(api.url, 'query { nope }', {}, token);
    expect(JSON.stringify(broken.errors)).not.toMatch(/stacktrace|at .*\.ts/);
  });
});

describe('operation limits', () => {
  it('let the standard introspection query through (the playground needs it)', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const response = await graphql(
      api.url,
      getIntrospectionQuery({ inputValueDeprecation: true }),
      {},
      token,
    );
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
  });
});
