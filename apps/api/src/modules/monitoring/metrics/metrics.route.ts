import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import express, { type Router } from 'express';
import type { Logger } from 'pino';
import type { ApiMetrics } from './api-metrics.js';

const sameSecret = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** GET /metrics in Prometheus' text format; with a token, only for `Authorization: Bearer <token>`. */
export function metricsRouter(metrics: ApiMetrics, token: string | null): Router {
  const router = express.Router();
  router.get('/', async (req, res, next) => {
    if (token !== null) {
      const given = /^Bearer (.+)$/i.exec(req.header('authorization') ?? '')?.[1] ?? '';
      if (!sameSecret(given, token)) {
        res.locals.errorCode = 'UNAUTHENTICATED';
        res
          .status(401)
          .set('WWW-Authenticate', 'Bearer realm="metrics"')
          .json({ error: { code: 'UNAUTHENTICATED', message: 'Send the metrics token' } });
        return;
      }
    }
    try {
      const text = await metrics.exposition();
      res.set('Content-Type', metrics.contentType).send(text);
    } catch (error) {
      next(error);
    }
  });
  return router;
}

/** /metrics alone on a port of its own (for a private network), apart from the API's. */
export async function startMetricsServer(
  metrics: ApiMetrics,
  port: number,
  host: string,
  token: string | null,
  log: Logger,
): Promise<Server> {
  const app = express();
  app.disable('x-powered-by');
  app.use('/metrics', metricsRouter(metrics, token));
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  log.info({ address: server.address() }, 'metrics served on their own port');
  return server;
}
