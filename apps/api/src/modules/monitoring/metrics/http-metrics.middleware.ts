import express, { type Router } from 'express';
import type { ApiMetrics } from './api-metrics.js';

/** Paths timed under their own name; everything else under its matched route, or "other". */
const FIXED_PATHS = new Set(['/graphql', '/healthz', '/readyz', '/metrics', '/playground']);

/**
 * The matched route's pattern under the path it was reached by. Read once the response is sent,
 * when express has already unwound `req.baseUrl`: the route's own segments replace the same
 * number of trailing segments of the path ("/api/admin/tenants/abc" + "/:id").
 */
function routeOf(req: express.Request): string {
  const path = req.originalUrl.split('?')[0] ?? '';
  const route = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof route === 'string') {
    const routeSegments = route.split('/').filter(Boolean);
    const pathSegments = path.split('/').filter(Boolean);
    const mount = pathSegments.slice(0, pathSegments.length - routeSegments.length);
    return `/${[...mount, ...routeSegments].join('/')}`;
  }
  if (FIXED_PATHS.has(path)) return path;
  if (path.startsWith('/admin')) return '/admin/*';
  return 'other';
}

/**
 * Times every HTTP request (mounted first, before any body parsing) by method, route pattern
 * (never the raw path: ids would make unbounded series) and status class.
 */
export function httpMetricsRouter(metrics: ApiMetrics): Router {
  const router = express.Router();
  router.use((req, res, next) => {
    const started = performance.now();
    res.once('finish', () => {
      const status = `${Math.floor(res.statusCode / 100)}xx`;
      metrics.httpDuration.observe(
        { method: req.method, route: routeOf(req), status },
        (performance.now() - started) / 1000,
      );
      if (res.statusCode >= 400 && !req.originalUrl.startsWith('/graphql')) {
        const code = (res.locals as { errorCode?: unknown }).errorCode;
        metrics.countError('http', typeof code === 'string' ? code : `HTTP_${res.statusCode}`);
      }
    });
    next();
  });
  return router;
}
