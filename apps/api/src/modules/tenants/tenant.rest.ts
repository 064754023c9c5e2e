import express, { type Router } from 'express';
import { locals } from '../../http/request-context.js';
import {
  objectBody,
  onlyBodyKeys,
  onlyQueryKeys,
  pickFields,
  queryInteger,
  queryText,
} from '../../http/rest/body.js';
import type { TenantService } from './tenant.service.js';
import type { Tenant } from './tenant.types.js';
import { TENANT_READ_ONLY_FIELDS, TENANT_WRITABLE_FIELDS } from './tenant.fields.js';

const LIST_QUERY_KEYS = ['page', 'limit', 'status', 'search', 'sortBy', 'sortOrder'];
/** The spec's documents call the id `_id`; GraphQL calls it `id`. REST answers with both. */
const toRest = (tenant: Tenant) => ({ _id: tenant.id, ...tenant });

/** The spec's /api/admin/tenants endpoints, as a thin layer over TenantService. */
export function tenantRestRouter(tenants: TenantService): Router {
  const router = express.Router();

  router.get('/', async (req, res) => {
    const query = req.query as Record<string, unknown>;
    onlyQueryKeys(query, LIST_QUERY_KEYS);
    const page = await tenants.list(locals(res).principal, {
      page: queryInteger(query, 'page'),
      limit: queryInteger(query, 'limit'),
      status: queryText(query, 'status'),
      search: queryText(query, 'search'),
      sortBy: queryText(query, 'sortBy'),
      sortOrder: queryText(query, 'sortOrder'),
    });
    res.json({ ...page, items: page.items.map(toRest) });
  });

  router.post('/', async (req, res) => {
    const input = pickFields(objectBody(req.body), TENANT_WRITABLE_FIELDS, TENANT_READ_ONLY_FIELDS);
    const tenant = await tenants.create(locals(res).principal, input);
    res.status(201).location(`${req.baseUrl}/${tenant.id}`).json(toRest(tenant));
  });

  router.get('/:id', async (req, res) => {
    res.json(toRest(await tenants.get(locals(res).principal, req.params.id)));
  });

  router.put('/:id', async (req, res) => {
    const input = pickFields(objectBody(req.body), TENANT_WRITABLE_FIELDS, TENANT_READ_ONLY_FIELDS);
    res.json(toRest(await tenants.update(locals(res).principal, req.params.id, input)));
  });

  router.post('/:id/suspend', async (req, res) => {
    const body = objectBody(req.body);
    onlyBodyKeys(body, ['reason']);
    res.json(toRest(await tenants.suspend(locals(res).principal, req.params.id, body.reason)));
  });

  router.post('/:id/activate', async (req, res) => {
    onlyBodyKeys(objectBody(req.body), []);
    res.json(toRest(await tenants.activate(locals(res).principal, req.params.id)));
  });

  router.delete('/:id', async (req, res) => {
    res.json(await tenants.delete(locals(res).principal, req.params.id));
  });

  return router;
}
