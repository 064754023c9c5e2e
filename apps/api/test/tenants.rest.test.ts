import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rest } from './client.js';
import { createTenant, SPEC_CREATE_BODY } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';

interface ErrorBody {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
}
type TenantBody = Record<string, unknown> & { _id: string; id: string };

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startTestApi();
  const login = await rest<{ token: string }>(api.url, 'POST', '/api/auth/login', {
    json: { email: api.admin.email, password: api.admin.password },
  });
  expect(login.status).toBe(200);
  token = login.body.token;
});
afterAll(() => api.stop());

describe("the spec's REST endpoints, verbatim", () => {
  it('creates, lists, reads, updates and deletes with the spec bodies', async () => {
    const created = await rest<TenantBody>(api.url, 'POST', '/api/admin/tenants', {
      token,
      json: SPEC_CREATE_BODY,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...SPEC_CREATE_BODY, status: 'active' });
    expect(created.body._id).toBe(created.body.id);
    expect(created.headers.get('location')).toBe(`/api/admin/tenants/${created.body.id}`);
    const id = created.body.id;

    const listed = await rest<{
      items: TenantBody[];
      totalCount: number;
      page: number;
      limit: number;
    }>(
      api.url,
      'GET',
      '/api/admin/tenants?page=1&limit=20&status=active&search=clinic&sortBy=created_date&sortOrder=desc',
      { token },
    );
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({ totalCount: 1, page: 1, limit: 20 });
    expect(listed.body.items[0]!.slug).toBe('petsrus');

    const fetched = await rest<TenantBody>(api.url, 'GET', `/api/admin/tenants/${id}`, { token });
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual(created.body);

    const updated = await rest<TenantBody>(api.url, 'PUT', `/api/admin/tenants/${id}`, {
      token,
      json: { status: 'active', billing_plan: 'enterprise', max_staff: 50 },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      status: 'active',
      billing_plan: 'enterprise',
      max_staff: 50,
    });

    const deleted = await rest(api.url, 'DELETE', `/api/admin/tenants/${id}`, { token });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ id, deleted: true });
    expect((await rest(api.url, 'GET', `/api/admin/tenants/${id}`, { token })).status).toBe(404);
  });

  it('accepts a tenant echoed back with its read-only fields', async () => {
    const tenant = await createTenant(api.app);
    const fetched = await rest<TenantBody>(api.url, 'GET', `/api/admin/tenants/${tenant.id}`, {
      token,
    });
    const echoed = await rest<TenantBody>(api.url, 'PUT', `/api/admin/tenants/${tenant.id}`, {
      token,
      json: { ...fetched.body, name: 'Renamed Clinic' },
    });
    expect(echoed.status).toBe(200);
    expect(echoed.body.name).toBe('Renamed Clinic');
  });
});

describe('bad input over REST', () => {
  it('answers 400 naming each invalid field, and writes nothing', async () => {
    const before = await api.app.models.tenants.countDocuments();
    const response = await rest<ErrorBody>(api.url, 'POST', '/api/admin/tenants', {
      token,
      json: {
        ...SPEC_CREATE_BODY,
        slug: 'www',
        currency: 'JPY',
        language: 'it',
        max_clients: 1.5,
        sso_enabled: 'yes',
      },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('BAD_USER_INPUT');
    expect(response.body.error.fields!.map((f) => f.field).sort()).toEqual(
      ['currency', 'language', 'max_clients', 'slug', 'sso_enabled'].sort(),
    );
    expect(await api.app.models.tenants.countDocuments()).toBe(before);
  });

  it('names unknown fields instead of dropping them', async () => {
    const response = await rest<ErrorBody>(api.url, 'POST', '/api/admin/tenants', {
      token,
      json: { ...SPEC_CREATE_BODY, slug: 'unknown-field', max_staf: 3 },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([
      { field: 'max_staf', message: 'is not a known field' },
    ]);
  });

  it('requires the required fields', async () => {
    const response = await rest<ErrorBody>(api.url, 'POST', '/api/admin/tenants', {
      token,
      json: {},
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields!.map((f) => f.field).sort()).toEqual([
      'contact_email',
      'name',
      'slug',
    ]);
  });

  it('answers 400 to malformed JSON and to a body that is not an object', async () => {
    const malformed = await rest<ErrorBody>(api.url, 'POST', '/api/admin/tenants', {
      token,
      rawBody: '{"name": ',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('BAD_REQUEST');
    const array = await rest<ErrorBody>(api.url, 'POST', '/api/admin/tenants', {
      token,
      json: [1, 2],
    });
    expect(array.status).toBe(400);
  });

  it('answers 409 to a duplicate slug or domain', async () => {
    const existing = await createTenant(api.app, { domain: 'dupe.example.org' });
    const slug = await rest<ErrorBody>(api.url, 'POST', '/api/admin/tenants', {
      token,
      json: { ...SPEC_CREATE_BODY, slug: existing.slug, domain: null },
    });
    expect(slug.status).toBe(409);
    expect(slug.body.error).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'slug' }] });
    const domain = await rest<ErrorBody>(
      api.url,
      'PUT',
      `/api/admin/tenants/${(await createTenant(api.app)).id}`,
      {
        token,
        json: { domain: 'dupe.example.org' },
      },
    );
    expect(domain.status).toBe(409);
    expect(domain.body.error.fields![0]!.field).toBe('domain');
  });

  it('answers 404 to an unknown id and 400 to a malformed one, never 500', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const unknown = await rest<ErrorBody>(
        api.url,
        method,
        '/api/admin/tenants/0123456789abcdef01234567',
        {
          token,
          json: method === 'PUT' ? { name: 'x' } : undefined,
        },
      );
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.code).toBe('NOT_FOUND');
      const malformed = await rest<ErrorBody>(api.url, method, '/api/admin/tenants/nope', {
        token,
        json: method === 'PUT' ? { name: 'x' } : undefined,
      });
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.fields).toEqual([expect.objectContaining({ field: 'id' })]);
    }
  });

  it('treats operators smuggled into the query string as plain values', async () => {
    await createTenant(api.app, { name: 'Smuggle Target' });
    const operator = await rest<ErrorBody>(
      api.url,
      'GET',
      '/api/admin/tenants?status[$ne]=active',
      { token },
    );
    expect(operator.status).toBe(400);
    expect(operator.body.error.fields).toEqual([
      { field: 'status[$ne]', message: 'is not a known query parameter' },
    ]);
    const regex = await rest<{ totalCount: number }>(
      api.url,
      'GET',
      `/api/admin/tenants?search=${encodeURIComponent('.*')}`,
      {
        token,
      },
    );
    expect(regex.status).toBe(200);
    expect(regex.body.totalCount).toBe(0);
    const repeated = await rest<ErrorBody>(api.url, 'GET', '/api/admin/tenants?search=a&search=b', {
      token,
    });
    expect(repeated.status).toBe(400);
    const page = await rest<ErrorBody>(api.url, 'GET', '/api/admin/tenants?page=abc', { token });
    expect(page.status).toBe(400);
    expect(page.body.error.fields).toEqual([{ field: 'page', message: 'must be a whole number' }]);
  });

  it('answers 401 without a valid token, and 404 JSON for unknown endpoints', async () => {
    const none = await rest<ErrorBody>(api.url, 'GET', '/api/admin/tenants');
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('UNAUTHENTICATED');
    const bad = await rest<ErrorBody>(api.url, 'GET', '/api/admin/tenants', {
      token: 'abc.def.ghi',
    });
    expect(bad.status).toBe(401);
    const wrongLogin = await rest<ErrorBody>(api.url, 'POST', '/api/auth/login', {
      json: { email: api.admin.email, password: 'wrong-password' },
    });
    expect(wrongLogin.status).toBe(401);
    const missing = await rest<ErrorBody>(api.url, 'GET', '/api/admin/nothing-here', { token });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
  });
});
