import express, { type Router } from 'express';
import { authRestRouter } from '../../modules/admins/auth.rest.js';
import { tenantRestRouter } from '../../modules/tenants/tenant.rest.js';
import type { Services } from '../../services.js';
import { notFoundHandler } from '../errors.js';

/** The spec's REST endpoints: the same services as GraphQL, never a second implementation. */
export function restRouter(services: Services): Router {
  const router = express.Router();
  router.use('/auth', authRestRouter(services.admins));
  router.use('/admin/tenants', tenantRestRouter(services.tenants));
  router.use(notFoundHandler);
  return router;
}
