import type { NextFunction, Request, Response } from 'express';
import { isAppError } from '../common/errors.js';
import { isClinicPrincipal, type Principal, type ResolvePrincipal } from '../common/principal.js';
import { currentRequestInfo } from '../common/request-info.js';
import { runAsTenant } from '../db/tenant-context.js';

/** Admits or refuses a principal's request before it runs (the clinic API's rate limits). */
export type AdmitRequest = (principal: Principal) => Promise<void>;

/**
 * Resolves the caller once per request, for GraphQL and REST alike, and runs the rest of a clinic
 * principal's request as its tenant, so every tenant-scoped query is confined to it. A request
 * `admit` refuses is answered at once: 429 with Retry-After, as a GraphQL error on /graphql.
 */
export function authenticate(resolvePrincipal: ResolvePrincipal, admit?: AdmitRequest) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const principal = await resolvePrincipal({
      authorization: req.header('authorization'),
      apiKey: req.header('x-api-key'),
      host: req.header('host'),
    });
    res.locals.principal = principal;
    const request = currentRequestInfo();
    if (request) request.principal = principal;
    try {
      await admit?.(principal);
    } catch (error) {
      if (!isAppError(error) || req.baseUrl !== '/graphql') return next(error);
      const retryAfter = error.details.retry_after_seconds;
      if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
      res.status(error.httpStatus).json({
        errors: [{ message: error.message, extensions: { ...error.extensions } }],
      });
      return;
    }
    if (isClinicPrincipal(principal)) await runAsTenant(principal.tenantId, () => next());
    else next();
  };
}
