import express, { type Router } from 'express';
import { locals } from '../../http/request-context.js';
import {
  objectBody,
  onlyBodyKeys,
  onlyQueryKeys,
  queryInteger,
  queryText,
} from '../../http/rest/body.js';
import type { IncidentService } from './incident.service.js';

/** /api/admin/security-incidents: the same incidents as GraphQL. */
export function incidentRestRouter(incidents: IncidentService): Router {
  const router = express.Router();

  router.get('/', async (req, res) => {
    const query = req.query as Record<string, unknown>;
    onlyQueryKeys(query, ['state', 'severity', 'rule', 'tenant_id', 'page', 'limit']);
    res.json(
      await incidents.list(locals(res).principal, {
        state: queryText(query, 'state'),
        severity: queryText(query, 'severity'),
        rule: queryText(query, 'rule'),
        tenant_id: queryText(query, 'tenant_id'),
        page: queryInteger(query, 'page'),
        limit: queryInteger(query, 'limit'),
      }),
    );
  });

  router.get('/:id', async (req, res) => {
    res.json(await incidents.get(locals(res).principal, req.params.id));
  });

  for (const action of ['acknowledge', 'resolve'] as const) {
    router.post(`/:id/${action}`, async (req, res) => {
      const body = objectBody(req.body);
      onlyBodyKeys(body, ['note']);
      res.json(await incidents[action](locals(res).principal, req.params.id, body.note ?? null));
    });
  }
  return router;
}
