import type { NextFunction, Request, Response } from 'express';
import { isClinicPrincipal, type Principal } from '../common/principal.js';
import { runAsTenant } from '../db/tenant-context.js';
import { CLINIC_AUDIENCE, claimedAudience } from '../modules/clinic-auth/clinic-token.js';
import type { Services } from '../services.js';

export interface Credentials {
  authorization?: string;
  apiKey?: string;
  host?: string;
}

/**
 * Turns whatever credential a request carries into a principal: an X-API-Key (clinic software),
 * a clinic user's bearer token, or an admin's. A clinic credential sent to another clinic's host
 * is refused: a clinic principal only ever reaches its own tenant.
 */
export async function principalFor(
  services: Services,
  credentials: Credentials,
): Promise<Principal> {
  let principal: Principal;
  if (credentials.apiKey) {
    principal = await services.clinicAuth.authenticateApiKey(credentials.apiKey);
  } else {
    const token = /^Bearer\s+(\S+)$/i.exec(credentials.authorization?.trim() ?? '')?.[1];
    principal =
      token && claimedAudience(token) === CLINIC_AUDIENCE
        ? await services.clinicAuth.authenticateToken(token)
        : await services.admins.authenticate(credentials.authorization);
  }
  if (isClinicPrincipal(principal) && credentials.host) {
    const hostTenant = await services.directory.byHost(credentials.host);
    if (hostTenant && hostTenant.id !== principal.tenantId) {
      return { kind: 'anonymous', rejection: 'This credential belongs to another clinic' };
    }
  }
  return principal;
}

/**
 * Resolves the caller once per request, for GraphQL and REST alike, and runs the rest of a clinic
 * principal's request as its tenant, so every tenant-scoped query is confined to it.
 */
export function authenticate(services: Services) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const principal = await principalFor(services, {
      authorization: req.header('authorization'),
      apiKey: req.header('x-api-key'),
      host: req.header('host'),
    });
    res.locals.principal = principal;
    if (isClinicPrincipal(principal)) await runAsTenant(principal.tenantId, () => next());
    else next();
  };
}
