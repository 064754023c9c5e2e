import express, { type Router } from 'express';
import type { RestRoute } from '../../core/module.js';
import { notFoundHandler } from '../errors.js';

/** The spec's REST endpoints: each module's routes over its services, never a second implementation. */
export function restRouter(routes: readonly RestRoute[]): Router {
  const router = express.Router();
  for (const route of routes) router.use(route.path, route.router);
  router.use(notFoundHandler);
  return router;
}
