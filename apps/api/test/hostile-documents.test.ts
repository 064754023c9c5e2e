import type { FormattedExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { graphql } from './client.js';
import { startTestApi, type TestApi } from './harness.js';
import { wsClient } from './subscription-listening.js';

/**
 * A corpus of hostile documents, each refused on HTTP and on websockets alike before any resolver
 * runs: the services behind the documents' fields (tenants.list over HTTP, liveUsage.watchSystem
 * over websockets) are watched, and a well-formed control document shows the watch works.
 */

let api: TestApi;
let token: string;
let tenantsList: MockInstance;
let watchSystem: MockInstance;

beforeAll(async () => {
  api = await startTestApi({
    env: {
      GRAPHQL_MAX_DEPTH: '3',
      GRAPHQL_MAX_ALIASES: '5',
      GRAPHQL_MAX_DIRECTIVES: '3',
      GRAPHQL_MAX_TOKENS: '150',
      GRAPHQL_MAX_DOCUMENT_LENGTH: '3000',
      GRAPHQL_MAX_COST: '100',
    },
  });
  token = await api.token();
  // Watching real services (calls go through), not replacing them.
  tenantsList = vi.spyOn(api.app.services.tenants, 'list');
  watchSystem = vi.spyOn(api.app.services.liveUsage, 'watchSystem');
});
afterAll(() => api.stop());

const aliases = (count: number) =>
  Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ');
const LIVE_MRR = Array.from({ length: 5 }, (_, i) => `m${i}: mrr { amount currency }`).join(' ');

/** Each case: the limit it breaks, a query for HTTP and a subscription for websockets. */
const CORPUS: { limit: string; http: string; ws: string }[] = [
  {
    limit: 'depth',
    http: '{ tenants(limit: 1) { items { effective_features { api_access } } } }',
    ws: 'subscription { systemUsageUpdated { tenants { by_plan { __typename } } } }',
  },
  {
    limit: 'cost',
    // 1 + 100 x (1 + 2): a page of 100 tenants.
    http: '{ tenants(limit: 100) { items { id name } } }',
    // 1 + 5 x (1 + 10 x 2): lists without a size count 10 items each.
    ws: `subscription { systemUsageUpdated { ${LIVE_MRR} } }`,
  },
  {
    limit: 'aliases',
    http: `{ ${aliases(6)} tenants(limit: 1) { items { id } } }`,
    ws: `subscription { systemUsageUpdated { ${aliases(6)} day } }`,
  },
  {
    limit: 'directives',
    http: '{ tenants(limit: 1) @include(if: true) { items @include(if: true) { id @include(if: true) name @skip(if: false) } } }',
    ws: 'subscription { systemUsageUpdated @include(if: true) { day @include(if: true) at @include(if: true) events_today @skip(if: false) } }',
  },
  {
    limit: 'tokens',
    http: `{ tenants(limit: 1) { items { ${'id '.repeat(200)} } } }`,
    ws: `subscription { systemUsageUpdated { ${'day '.repeat(200)} } }`,
  },
  {
    limit: 'size',
    // Comments are not tokens: only the size limit stops this one.
    http: `{ tenants(limit: 1) { items { id } } } #${'x'.repeat(5000)}`,
    ws: `subscription { systemUsageUpdated { day } } #${'x'.repeat(5000)}`,
  },
];

/** What a websocket subscription came to: its first result, or its refusal (an error or a close). */
type Outcome =
  | { kind: 'next'; result: FormattedExecutionResult<unknown> }
  | { kind: 'refused'; reason: string };

function subscribeOnce(query: string): Promise<Outcome> {
  const { client, subscribe } = wsClient(api.url, { authorization: `Bearer ${token}` });
  return new Promise((resolve) => {
    const done = (outcome: Outcome) => {
      resolve(outcome);
      void client.dispose();
    };
    subscribe(
      { query },
      {
        next: (result) =>
          result.errors
            ? done({ kind: 'refused', reason: JSON.stringify(result.errors) })
            : done({ kind: 'next', result }),
        error: (error) => {
          const close = error as { code?: number; reason?: string };
          done({
            kind: 'refused',
            reason:
              typeof close.code === 'number'
                ? `closed ${close.code} ${close.reason ?? ''}`
                : JSON.stringify(error),
          });
        },
        complete: () => done({ kind: 'refused', reason: 'completed without a result' }),
      },
    );
  });
}

describe('hostile documents', () => {
  it('the control documents run their resolvers on both transports', async () => {
    const before = tenantsList.mock.calls.length;
    const ok = await graphql(api.url, '{ tenants(limit: 1) { items { id } } }', {}, token);
    expect(ok.errors).toBeUndefined();
    expect(tenantsList.mock.calls.length).toBe(before + 1);

    const watchedBefore = watchSystem.mock.calls.length;
    const live = await subscribeOnce('subscription { systemUsageUpdated { day } }');
    expect(live.kind).toBe('next');
    expect(watchSystem.mock.calls.length).toBe(watchedBefore + 1);
  });

  it.each(CORPUS)('refuses a document past the $limit limit over HTTP', async ({ limit, http }) => {
    const before = tenantsList.mock.calls.length;
    const response = await graphql(api.url, http, {}, token);
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    const text = JSON.stringify(response.errors);
    const wording: Record<string, RegExp> = {
      depth: /levels deep/,
      cost: /estimated cost/,
      aliases: /aliases/,
      directives: /directives/,
      tokens: /tokens/,
      size: /characters; the limit is 3000/,
    };
    expect(text).toMatch(wording[limit]!);
    expect(tenantsList.mock.calls.length).toBe(before);
  });

  it.each(CORPUS)(
    'refuses a document past the $limit limit over websockets',
    async ({ ws, limit }) => {
      const before = watchSystem.mock.calls.length;
      const outcome = await subscribeOnce(ws);
      expect(outcome).toMatchObject({
        kind: 'refused',
        reason: expect.stringContaining(`"limit":"${limit}"`),
      });
      expect(watchSystem.mock.calls.length).toBe(before);
    },
  );

  it('refuses an oversized message on both transports', async () => {
    const huge = `{ tenants(limit: 1) { items { id } } } #${'x'.repeat(2 * 1024 * 1024)}`;
    const before = tenantsList.mock.calls.length;
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: huge }),
    });
    expect(response.status).toBe(413);
    expect(tenantsList.mock.calls.length).toBe(before);

    const watchedBefore = watchSystem.mock.calls.length;
    const outcome = await subscribeOnce(
      `subscription { systemUsageUpdated { day } } #${'x'.repeat(2 * 1024 * 1024)}`,
    );
    expect(outcome.kind).toBe('refused');
    expect(watchSystem.mock.calls.length).toBe(watchedBefore);
  });

  it('hides field suggestions on both transports', async () => {
    const http = await graphql(api.url, '{ tenantz { id } }', {}, token);
    expect(JSON.stringify(http.errors)).not.toMatch(/Did you mean/);
    expect(JSON.stringify(http.errors)).toMatch(/Cannot query field/);
    const ws = await subscribeOnce('subscription { systemUsageUpdatd { day } }');
    expect(ws).toMatchObject({ kind: 'refused' });
    expect(ws.kind === 'refused' && ws.reason).toMatch(/Cannot query field/);
    expect(ws.kind === 'refused' && ws.reason).not.toMatch(/Did you mean/);
  });
});
