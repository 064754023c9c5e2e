import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rest } from './client.js';
import { startTestApi, type TestApi } from './harness.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

describe('health', () => {
  it('/healthz answers without touching dependencies; /readyz checks database and Redis', async () => {
    expect((await rest(api.url, 'GET', '/healthz')).body).toEqual({ status: 'ok' });
    const ready = await rest(api.url, 'GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', checks: { database: 'ok', redis: 'ok' } });
  });

  it('/readyz answers 503 when Redis is unreachable', async () => {
    const broken = await startTestApi({ shareWith: api });
    try {
      broken.app.redis.disconnect();
      const ready = await rest<Record<string, unknown>>(broken.url, 'GET', '/readyz');
      expect(ready.status).toBe(503);
      expect(ready.body).toEqual({
        status: 'unavailable',
        checks: { database: 'ok', redis: 'unavailable' },
        unavailable: ['redis'],
      });
      expect((await rest(broken.url, 'GET', '/healthz')).status).toBe(200);
    } finally {
      await broken.stop();
    }
  });
});

describe('requests', () => {
  it('carry a request id, the caller’s when it is sane', async () => {
    const response = await fetch(`${api.url}/api/admin/tenants`, {
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(response.headers.get('x-request-id')).toBe('abc-123');
    const generated = await fetch(`${api.url}/api/admin/tenants`, {
      headers: { 'x-request-id': 'bad id with spaces' },
    });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('the playground', () => {
  it('serves GraphiQL and all its assets from the project itself', async () => {
    const page = await fetch(`${api.url}/playground`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(sources.length).toBeGreaterThanOrEqual(5);
    for (const source of sources) {
      expect(source.startsWith('/playground/assets/'), `${source} must be served locally`).toBe(
        true,
      );
      const asset = await fetch(`${api.url}${source}`);
      expect(asset.status, source).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    expect((await fetch(`${api.url}/playground/assets/../../package.json`)).status).toBe(404);
  });
});

describe('graceful shutdown', () => {
  it('finishes a request already in flight, then refuses new connections', async () => {
    const instance = await startTestApi({ shareWith: api });
    const arrived = new Promise<void>((resolve) =>
      instance.app.httpServer.once('request', () => resolve()),
    );
    // A real request that takes a moment: sign-in hashes a password.
    const inFlight = fetch(`${instance.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: api.admin.email, password: api.admin.password }),
    });
    await arrived;
    const stopping = instance.app.stop();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { token: string }).token).toBeTruthy();
    await stopping;
    await expect(fetch(`${instance.url}/healthz`)).rejects.toThrow();
  });
});

describe('CORS', () => {
  it('answers listed origins only', async () => {
    const instance = await startTestApi({
      shareWith: api,
      env: { CORS_ORIGINS: 'https://console.example.com' },
    });
    try {
      const preflight = await fetch(`${instance.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://console.example.com', 'access-control-request-method': 'POST' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(
        'https://console.example.com',
      );
      const other = await fetch(`${instance.url}/healthz`, {
        headers: { origin: 'https://evil.example.com' },
      });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await instance.stop();
    }
  });
});
