import express, { type Router } from 'express';
import { isClinicPrincipal, type Principal } from '../../../common/principal.js';
import type { PerformanceRecorder } from './performance-recorder.js';
import { operationName, outcomeOfStatus } from './request-sample.js';

/**
 * Times every REST request under /api. Mounted before authentication, it reads who called once
 * the response is finished; the operation is the matched route's pattern, so ids never become
 * operation names.
 */
export function restPerformanceRouter(recorder: PerformanceRecorder): Router {
  const router = express.Router();
  router.use((req, res, next) => {
    const started = performance.now();
    res.once('finish', () => {
      const principal = res.locals.principal as Principal | undefined;
      const route = (req.route as { path?: unknown } | undefined)?.path;
      const pattern = typeof route === 'string' ? `${req.baseUrl}${route}` : 'unmatched';
      recorder.record({
        tenantId: principal && isClinicPrincipal(principal) ? principal.tenantId : null,
        operation: operationName(`${req.method} ${pattern.replace(/\/$/, '') || '/'}`),
        ms: performance.now() - started,
        outcome: outcomeOfStatus(res.statusCode),
        at: Date.now(),
      });
    });
    next();
  });
  return router;
}
