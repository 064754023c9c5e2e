import express, { type Router } from 'express';
import { locals } from '../../http/request-context.js';
import {
  onlyBodyKeys,
  onlyQueryKeys,
  objectBody,
  queryInteger,
  queryText,
} from '../../http/rest/body.js';
import type { SecurityAuditService } from './security-audit.service.js';

const LIST_QUERY_KEYS = ['tenant_id', 'event', 'actor', 'from', 'to', 'page', 'limit'];

/** GET /api/admin/security-logs (filters as query parameters) and the chains' verification. */
export function securityLogRestRouter(audit: SecurityAuditService): Router {
  const router = express.Router();

  router.get('/', async (req, res) => {
    const query = req.query as Record<string, unknown>;
    onlyQueryKeys(query, LIST_QUERY_KEYS);
    res.json(
      await audit.list(locals(res).principal, {
        tenant_id: queryText(query, 'tenant_id'),
        event: queryText(query, 'event'),
        actor: queryText(query, 'actor'),
        from: queryText(query, 'from'),
        to: queryText(query, 'to'),
        page: queryInteger(query, 'page'),
        limit: queryInteger(query, 'limit'),
      }),
    );
  });

  router.get('/chains', async (req, res) => {
    onlyQueryKeys(req.query as Record<string, unknown>, []);
    res.json({ items: await audit.chainStatuses(locals(res).principal) });
  });

  router.post('/chains/:chain/verify', async (req, res) => {
    onlyBodyKeys(objectBody(req.body), []);
    res.json(await audit.verify(locals(res).principal, req.params.chain));
  });

  return router;
}
