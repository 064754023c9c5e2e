import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OwnFerretDb } from './ferretdb-server.js';
import { startTestApi, type TestApi } from './harness.js';
import { OwnRedis } from './redis-server.js';

/**
 * The database and Redis go away under load, and come back. Meanwhile /readyz answers 503 within
 * seconds naming what is down (and nothing of the error), /healthz stays 200, every request ends
 * quickly (served, or refused with SERVICE_UNAVAILABLE, never hanging, never a 500), and once
 * the service is back everything recovers by itself.
 */

/** Any request slower than this counts as hanging. */
const FAIL_FAST_MS = 6_000;
const READINESS_WITHIN_MS = 10_000;

let db: OwnFerretDb;
let redis: OwnRedis;
let api: TestApi;
let token: string;

beforeAll(async () => {
  [db, redis] = await Promise.all([OwnFerretDb.create(), OwnRedis.create()]);
  api = await startTestApi({
    env: {
      MONGODB_URI: db.url,
      REDIS_URL: redis.url,
      JOBS_ENABLED: 'false',
      MONGODB_SERVER_SELECTION_TIMEOUT_MS: '2000',
      // A few operations in flight when the database dies (after a Redis outage) were seen waiting
      // on sockets whose end was never read (CLOSE-WAIT) past the socket timeout; the driver's
      // operation timeout is what bounds them.
      MONGODB_OPERATION_TIMEOUT_MS: '4000',
    },
  });
  token = await api.token();
}, 180_000);

afterAll(async () => {
  await api?.stop();
  await Promise.all([db?.destroy(), redis?.destroy()]);
});

type Outcome = 'ok' | string;

interface Finished {
  outcome: Outcome;
  ms: number;
  endedAt: number;
}

/** Reads the database (the tenants list) and Redis (the platform's counters). */
const QUERIES = [
  '{ tenants(limit: 5) { totalCount } }',
  '{ systemAnalytics(period: "7d") { usage { total_events } } }',
];

/** Clients calling the API in a loop; each request's outcome and duration is kept. */
class Load {
  readonly finished: Finished[] = [];
  private running = true;
  private loops: Promise<void>[] = [];
  private waiters: { until: (f: Finished) => boolean; resolve: (f: Finished) => void }[] = [];

  start(clients: number): void {
    this.loops = Array.from({ length: clients }, (_, index) =>
      this.loop(QUERIES[index % QUERIES.length]!),
    );
  }

  /** The next request to finish (from now on) that satisfies `until`. */
  next(until: (finished: Finished) => boolean): Promise<Finished> {
    return new Promise((resolve) => this.waiters.push({ until, resolve }));
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  private async loop(query: string): Promise<void> {
    while (this.running) {
      const started = performance.now();
      const outcome = await this.call(query);
      const finished = { outcome, ms: performance.now() - started, endedAt: performance.now() };
      this.finished.push(finished);
      this.waiters = this.waiters.filter((waiter) => {
        if (!waiter.until(finished)) return true;
        waiter.resolve(finished);
        return false;
      });
    }
  }

  private async call(query: string): Promise<Outcome> {
    try {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
        signal: AbortSignal.timeout(FAIL_FAST_MS * 2),
      });
      const body = (await response.json()) as {
        errors?: { extensions?: { code?: string } }[];
        error?: { code?: string };
      };
      // Refused before GraphQL ran (the credential could not be checked): the REST error shape.
      if (body.error) return body.error.code ?? `HTTP ${response.status}`;
      if (body.errors?.length) return body.errors[0]?.extensions?.code ?? 'NO_CODE';
      return 'ok';
    } catch (error) {
      return error instanceof Error && error.name === 'TimeoutError' ? 'HUNG' : 'NETWORK';
    }
  }
}

async function readiness() {
  const response = await fetch(`${api.url}/readyz`);
  return { status: response.status, text: await response.text() };
}

/** Polls /readyz until `accept` holds (readiness is polled until it changes; no fixed sleep). */
async function readinessUntil(
  accept: (ready: { status: number; body: Record<string, unknown> }) => boolean,
): Promise<{ status: number; body: Record<string, unknown>; text: string }> {
  return vi.waitFor(
    async () => {
      const { status, text } = await readiness();
      const ready = { status, body: JSON.parse(text) as Record<string, unknown>, text };
      if (!accept(ready)) throw new Error(`readiness still ${status} ${text}`);
      return ready;
    },
    { timeout: READINESS_WITHIN_MS + 20_000, interval: 100 },
  );
}

describe.each([
  ['Redis', 'redis', () => redis.stop(), () => redis.start()],
  ['the database', 'database', () => db.stop(), () => db.start()],
] as const)('an outage of %s under load', (_name, dependency, stopIt, startIt) => {
  it('turns readiness 503 naming it, fails requests fast, and recovers by itself', async () => {
    const load = new Load();
    load.start(6);
    try {
      await load.next((finished) => finished.outcome === 'ok');

      const stoppedAt = performance.now();
      await stopIt();
      const down = await readinessUntil(({ status }) => status === 503);
      expect(performance.now() - stoppedAt).toBeLessThan(READINESS_WITHIN_MS);
      expect(down.body).toEqual({
        status: 'unavailable',
        checks: {
          database: dependency === 'database' ? 'unavailable' : 'ok',
          redis: dependency === 'redis' ? 'unavailable' : 'ok',
        },
        unavailable: [dependency],
      });
      // The process is alive: nothing for an orchestrator to restart.
      expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
      // Requests that need it are refused, clearly and quickly.
      const refused = await load.next((finished) => finished.outcome !== 'ok');
      expect(refused.outcome).toBe('SERVICE_UNAVAILABLE');

      await startIt();
      const restartedAt = performance.now();
      await readinessUntil(({ status }) => status === 200);
      // Every kind of request is served again, without restarting anything.
      await Promise.all(
        QUERIES.map((_, index) =>
          load.next(
            (finished) => finished.outcome === 'ok' && finished.endedAt > restartedAt && index >= 0,
          ),
        ),
      );
    } finally {
      await load.stop();
    }
    const outcomes = new Set(load.finished.map((finished) => finished.outcome));
    expect([...outcomes].sort()).toEqual(['SERVICE_UNAVAILABLE', 'ok']);
    const slowest = Math.max(...load.finished.map((finished) => finished.ms));
    expect(slowest).toBeLessThan(FAIL_FAST_MS);
  });
});
