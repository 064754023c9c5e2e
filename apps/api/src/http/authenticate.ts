import type { NextFunction, Request, Response } from 'express';
import { isClinicPrincipal, type ResolvePrincipal } from '../common/principal.js';
import { currentRequestInfo } from '../common/request-info.js';
import { runAsTenant } from '../db/tenant-context.js';

/**
 * Resolves the caller once per request, for GraphQL and REST alike, and runs the rest of a clinic
 * principal's request as its tenant, so every tenant-scoped query is confined to it.
 */
export function authenticate(resolvePrincipal: ResolvePrincipal) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const principal = await resolvePrincipal({
      authorization: req.header('authorization'),
      apiKey: req.header('x-api-key'),
      host: req.header('host'),
    });
    res.locals.principal = principal;
    const request = currentRequestInfo();
    if (request) request.principal = principal;
    if (isClinicPrincipal(principal)) await runAsTenant(principal.tenantId, () => next());
    else next();
  };
}
