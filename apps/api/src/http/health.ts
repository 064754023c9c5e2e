import express, { type Router } from 'express';
import type { Redis } from 'ioredis';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';

const CHECK_TIMEOUT_MS = 2_000;

export type DependencyName = 'database' | 'redis';
export type DependencyState = 'ok' | 'unavailable';

export interface DependencyCheck {
  name: DependencyName;
  state: DependencyState;
  /** How long the check took (up to the timeout). */
  ms: number;
  /** The error, for the log only: it never leaves the process (it may name hosts or ports). */
  error?: unknown;
}

const withTimeout = <T>(work: Promise<T>): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS);
      timer.unref();
    }),
  ]).finally(() => clearTimeout(timer));
};

async function check(name: DependencyName, work: () => Promise<unknown>): Promise<DependencyCheck> {
  const started = performance.now();
  try {
    await withTimeout(work());
    return { name, state: 'ok', ms: performance.now() - started };
  } catch (error) {
    return { name, state: 'unavailable', ms: performance.now() - started, error };
  }
}

/** Pings the database and Redis at once, each bounded by a timeout (a hung server is down too). */
export function checkDependencies(
  connection: Connection,
  redis: Redis,
): Promise<DependencyCheck[]> {
  return Promise.all([
    check('database', async () => {
      const db = connection.db;
      if (!db) throw new Error('not connected');
      await db.command({ ping: 1 });
    }),
    check('redis', () => redis.ping()),
  ]);
}

/**
 * /healthz says the process is alive (it stays 200 while a dependency is away: restarting the
 * process would not bring it back); /readyz says it can serve, naming what is unavailable but
 * never the error's text (hosts, ports and driver messages stay in the log).
 */
export function healthRouter(
  connection: Connection,
  redis: Redis,
  isStopping: () => boolean,
  log?: Logger,
): Router {
  const router = express.Router();
  const reported = new Set<DependencyName>();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const checks = await checkDependencies(connection, redis);
    for (const { name, state, error } of checks) {
      if (state === 'unavailable' && !reported.has(name)) {
        reported.add(name);
        log?.warn({ err: error, dependency: name }, 'readiness: dependency unavailable');
      } else if (state === 'ok' && reported.delete(name)) {
        log?.info({ dependency: name }, 'readiness: dependency back');
      }
    }
    const unavailable = checks.filter((c) => c.state !== 'ok').map((c) => c.name);
    const stopping = isStopping();
    const ready = unavailable.length === 0 && !stopping;
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'unavailable',
      checks: {
        ...Object.fromEntries(checks.map((c) => [c.name, c.state])),
        ...(stopping ? { shutdown: 'in progress' } : {}),
      },
      ...(unavailable.length ? { unavailable } : {}),
    });
  });
  return router;
}
