import express, { type Router } from 'express';
import { locals } from '../../http/request-context.js';
import type { BillingService } from './billing.service.js';
import { toInvoice } from './billing.resolver.js';

/** /api/admin/tenants/:id/billing (the spec's shape) and the tenant's invoices. */
export function tenantBillingRestRouter(billing: BillingService): Router {
  const router = express.Router();
  router.get('/:id/billing', async (req, res) => {
    res.json(await billing.view(locals(res).principal, req.params.id));
  });
  router.get('/:id/invoices', async (req, res) => {
    res.json((await billing.invoices(locals(res).principal, req.params.id)).map(toInvoice));
  });
  return router;
}

/** /api/admin/invoices/:id (JSON) and /api/admin/invoices/:id/html (printable). */
export function invoiceRestRouter(billing: BillingService): Router {
  const router = express.Router();
  router.get('/:id', async (req, res) => {
    res.json(toInvoice(await billing.invoice(locals(res).principal, req.params.id)));
  });
  router.get('/:id/html', async (req, res) => {
    const html = await billing.invoiceHtml(locals(res).principal, req.params.id);
    res
      .type('html')
      .set('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
      .send(html);
  });
  return router;
}
