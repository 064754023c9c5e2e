import express, { type Router } from 'express';
import { onlyQueryKeys, queryText } from '../../http/rest/body.js';
import { locals } from '../../http/request-context.js';
import type { SystemAnalyticsService } from './system-analytics.service.js';
import type { TenantAnalyticsService } from './tenant-analytics.service.js';

const PERIOD_KEYS = ['period', 'from', 'to'];

const periodOf = (query: Record<string, unknown>) => {
  onlyQueryKeys(query, PERIOD_KEYS);
  return {
    period: queryText(query, 'period'),
    from: queryText(query, 'from'),
    to: queryText(query, 'to'),
  };
};

/**
 * The spec's analytics endpoints:
 *   GET /api/admin/tenants/:id/analytics?period=30d   (or ?from=2026-01-01&to=2026-01-31)
 *   GET /api/admin/analytics?period=30d
 */
export function tenantAnalyticsRestRouter(analytics: TenantAnalyticsService): Router {
  const router = express.Router();
  router.get('/:id/analytics', async (req, res) => {
    const result = await analytics.analytics(
      locals(res).principal,
      req.params.id,
      periodOf(req.query as Record<string, unknown>),
    );
    const { tenant_id: _tenant, ...body } = result;
    res.json(body);
  });
  return router;
}

export function systemAnalyticsRestRouter(analytics: SystemAnalyticsService): Router {
  const router = express.Router();
  router.get('/', async (req, res) => {
    res.json(
      await analytics.analytics(
        locals(res).principal,
        periodOf(req.query as Record<string, unknown>),
      ),
    );
  });
  return router;
}
