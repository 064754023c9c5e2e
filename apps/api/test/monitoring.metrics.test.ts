import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './client.js';
import { startTestApi, type TestApi } from './harness.js';
import { listeningIn, wsClient } from './subscription-listening.js';

/**
 * /metrics: Prometheus' text format behind a bearer token (or on a port of its own), with
 * latency histograms per operation, errors by code, websockets, job queues, dependencies and
 * the process's resources; each app in its own registry.
 */

const METRICS_TOKEN = 'metrics-token-0123456789abcdef';
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ env: { METRICS_TOKEN } });
});
afterAll(() => api?.stop());

async function scrape(url: string, token: string | null = METRICS_TOKEN): Promise<string> {
  const response = await fetch(`${url}/metrics`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
}

/** The value of one sample line, e.g. value(text, 'vetcares_websocket_connections'). */
function value(text: string, series: string): number | null {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : null;
}

describe('/metrics', () => {
  it('refuses a scrape without the token, or with a wrong one', async () => {
    const none = await fetch(`${api.url}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const wrong = await fetch(`${api.url}/metrics`, {
      headers: { authorization: 'Bearer not-the-metrics-token-at-all' },
    });
    expect(wrong.status).toBe(401);
  });

  it('times HTTP requests and GraphQL operations, and counts errors by code', async () => {
    const token = await api.token();
    for (let i = 0; i < 3; i += 1) {
      expect(
        (await graphql(api.url, '{ tenants { totalCount } }', {}, token)).errors,
      ).toBeUndefined();
    }
    const refused = await graphql(api.url, '{ tenants { totalCount } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await fetch(`${api.url}/api/admin/tenants/nope`, {
      headers: { authorization: `Bearer ${token}` },
    });

    const text = await scrape(api.url);
    expect(
      value(
        text,
        'vetcares_graphql_operation_duration_seconds_count{type="query",operation="tenants",outcome="ok"}',
      ),
    ).toBe(3);
    expect(
      value(
        text,
        'vetcares_graphql_operation_duration_seconds_count{type="query",operation="tenants",outcome="error"}',
      ),
    ).toBe(1);
    expect(text).toMatch(
      /vetcares_graphql_operation_duration_seconds_bucket\{le="0\.5",type="query",operation="tenants",outcome="ok"\} 3/,
    );
    expect(value(text, 'vetcares_errors_total{transport="graphql",code="UNAUTHENTICATED"}')).toBe(
      1,
    );
    expect(
      value(
        text,
        'vetcares_http_request_duration_seconds_count{method="POST",route="/graphql",status="2xx"}',
      ),
    ).toBeGreaterThanOrEqual(4);
    // REST: the route pattern, never the raw id.
    expect(text).toMatch(
      /vetcares_http_request_duration_seconds_count\{method="GET",route="\/api\/admin\/tenants\/:id",status="4xx"\} 1/,
    );
    expect(value(text, 'vetcares_errors_total{transport="http",code="BAD_USER_INPUT"}')).toBe(1);
  });

  it('reports dependencies, job queues and the process', async () => {
    const text = await scrape(api.url);
    expect(value(text, 'vetcares_dependency_up{dependency="database"}')).toBe(1);
    expect(value(text, 'vetcares_dependency_up{dependency="redis"}')).toBe(1);
    expect(text).toMatch(/vetcares_job_queue_jobs\{queue="maintenance",state="delayed"\} \d+/);
    expect(text).toMatch(/vetcares_job_queue_jobs\{queue="maintenance",state="failed"\} \d+/);
    expect(value(text, 'vetcares_process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(text).toContain('vetcares_nodejs_eventloop_lag_seconds');
  });

  it('counts open websockets and their subscriptions', async () => {
    const before = await scrape(api.url);
    const ws = wsClient(api.url, { authorization: `Bearer ${await api.token()}` });
    const listening = listeningIn(api.app);
    try {
      const { operationId, unsubscribe } = ws.subscribe(
        { query: 'subscription { alertRaised { id } }' },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
      await listening(operationId);
      const during = await scrape(api.url);
      expect(value(during, 'vetcares_websocket_connections')).toBe(
        (value(before, 'vetcares_websocket_connections') ?? 0) + 1,
      );
      expect(value(during, 'vetcares_websocket_subscriptions')).toBe(
        (value(before, 'vetcares_websocket_subscriptions') ?? 0) + 1,
      );
      unsubscribe();
    } finally {
      listening.stop();
      await ws.client.dispose();
    }
  });

  it('keeps each app’s metrics apart (a registry per app, not the global one)', async () => {
    const second = await startTestApi({ shareWith: api, env: { METRICS_TOKEN } });
    try {
      await graphql(second.url, '{ tenants { totalCount } }', {}, await second.token());
      const text = await scrape(second.url);
      expect(
        value(
          text,
          'vetcares_graphql_operation_duration_seconds_count{type="query",operation="tenants",outcome="ok"}',
        ),
      ).toBe(1);
    } finally {
      await second.stop();
    }
  });

  it('serves /metrics on its own port when METRICS_PORT is set, and not on the API’s', async () => {
    const separate = await startTestApi({ shareWith: api, env: { METRICS_PORT: '0' } });
    try {
      expect((await fetch(`${separate.url}/metrics`)).status).toBe(404);
      const port = separate.app.services.monitoring.metricsPort;
      expect(port).toBeGreaterThan(0);
      const text = await scrape(`http://127.0.0.1:${port}`, null);
      expect(text).toContain('vetcares_dependency_up');
    } finally {
      await separate.stop();
    }
  });
});
