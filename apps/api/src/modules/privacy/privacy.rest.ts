import express, { type Response, type Router } from 'express';
import { locals } from '../../http/request-context.js';
import { objectBody, onlyBodyKeys } from '../../http/rest/body.js';
import type { ExportScope, PrivacyService } from './privacy.service.js';
import { actorOf } from '../security/actor.js';

function startDownload(res: Response, scope: ExportScope): void {
  const name = scope.clientId
    ? `vetcares-export-${scope.tenantId}-client-${scope.clientId}.zip`
    : `vetcares-export-${scope.tenantId}.zip`;
  res.status(200);
  res.setHeader('Content-Type', 'application/zip');
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  res.setHeader('Cache-Control', 'no-store');
}

/** Admin endpoints: exports (streamed zips) and erasures under /api/admin/tenants/:id. */
export function privacyAdminRouter(privacy: PrivacyService): Router {
  const router = express.Router();

  const download = async (res: Response, tenantId: string, clientId: string | null) => {
    const principal = locals(res).principal;
    const scope = await privacy.authorizeExport(principal, tenantId, clientId);
    startDownload(res, scope);
    await privacy.writeExport({ ...scope, actor: actorOf(principal) }, res);
  };

  router.get('/:id/export', async (req, res) => download(res, req.params.id, null));
  router.get('/:id/clients/:clientId/export', async (req, res) =>
    download(res, req.params.id, req.params.clientId),
  );

  router.delete('/:id/clients/:clientId/personal-data', async (req, res) => {
    res.json(await privacy.erasePerson(locals(res).principal, req.params.id, req.params.clientId));
  });

  router.post('/:id/erase', async (req, res) => {
    const body = objectBody(req.body);
    onlyBodyKeys(body, ['confirm_slug']);
    res.json(await privacy.eraseTenant(locals(res).principal, req.params.id, body.confirm_slug));
  });
  return router;
}

/** GET /api/exports/:token: a link from requestDataExport, which is the credential (once). */
export function exportLinkRouter(privacy: PrivacyService): Router {
  const router = express.Router();
  router.get('/:token', async (req, res) => {
    const grant = await privacy.redeemLink(req.params.token);
    startDownload(res, grant);
    await privacy.writeExport(grant, res);
  });
  return router;
}
