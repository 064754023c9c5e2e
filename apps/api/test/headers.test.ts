import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.js';

/** Security headers on every route, and each page's own Content-Security-Policy. */

let api: TestApi;
let consoleDir: string;

beforeAll(async () => {
  // A stand-in for the built console: the router only needs an index.html to serve.
  consoleDir = await mkdtemp(path.join(os.tmpdir(), 'vetcares-console-'));
  await writeFile(path.join(consoleDir, 'index.html'), '<!doctype html><title>console</title>');
  api = await startTestApi({ adminStaticDir: consoleDir });
});
afterAll(async () => {
  await api.stop();
  await rm(consoleDir, { recursive: true, force: true });
});

const get = (route: string, headers: Record<string, string> = {}) =>
  fetch(`${api.url}${route}`, { headers });

const COMMON = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-dns-prefetch-control': 'off',
  'x-permitted-cross-domain-policies': 'none',
};

describe('security headers', () => {
  it.each([
    ['/healthz', 'GET'],
    ['/', 'GET'],
    ['/graphql', 'POST'],
    ['/api/admin/tenants', 'GET'],
    ['/no-such-route', 'GET'],
  ])('are on %s, with a policy that lets an API response load nothing', async (route, method) => {
    const response = await fetch(`${api.url}${route}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: method === 'POST' ? JSON.stringify({ query: '{ __typename }' }) : undefined,
    });
    for (const [name, value] of Object.entries(COMMON)) {
      expect([name, response.headers.get(name)]).toEqual([name, value]);
    }
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'",
    );
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('give the console and the playground policies of their own', async () => {
    const consolePolicy = (await get('/admin/tenants')).headers.get('content-security-policy');
    expect(consolePolicy).toContain("default-src 'self'");
    expect(consolePolicy).toContain("script-src 'self';");
    expect(consolePolicy).toContain("connect-src 'self'");
    expect(consolePolicy).toContain("frame-ancestors 'none'");
    expect(consolePolicy).not.toMatch(/script-src[^;]*unsafe/);

    const playground = await get('/playground');
    const policy = playground.headers.get('content-security-policy')!;
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    // The hash is the one of the page's inline script.
    const html = await playground.text();
    const inline = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const { createHash } = await import('node:crypto');
    const digest = createHash('sha256').update(inline, 'utf8').digest('base64');
    expect(policy).toContain(`'sha256-${digest}'`);
  });

  it('send Strict-Transport-Security once, and only over HTTPS', async () => {
    expect((await get('/healthz')).headers.get('strict-transport-security')).toBeNull();
    const proxied = await get('/healthz', { 'x-forwarded-proto': 'https' });
    expect(proxied.headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });
});
