import express, { type Router } from 'express';
import type { Redis } from 'ioredis';
import type { Connection } from 'mongoose';

const CHECK_TIMEOUT_MS = 2_000;

const withTimeout = <T>(work: Promise<T>): Promise<T> =>
  Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS).unref(),
    ),
  ]);

async function check(work: () => Promise<unknown>): Promise<'ok' | string> {
  try {
    await withTimeout(work());
    return 'ok';
  } catch (error) {
    return error instanceof Error ? error.message : 'failed';
  }
}

/** /healthz says the process is alive; /readyz says it can serve (database and Redis answer). */
export function healthRouter(
  connection: Connection,
  redis: Redis,
  isStopping: () => boolean,
): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const [database, cache] = await Promise.all([
      check(async () => {
        const db = connection.db;
        if (!db) throw new Error('not connected');
        await db.command({ ping: 1 });
      }),
      check(() => redis.ping()),
    ]);
    const ready = database === 'ok' && cache === 'ok' && !isStopping();
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'unavailable',
      checks: { database, redis: cache, ...(isStopping() ? { shutdown: 'in progress' } : {}) },
    });
  });
  return router;
}
