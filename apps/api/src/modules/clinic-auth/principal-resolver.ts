import { isClinicPrincipal, type Credentials, type Principal } from '../../common/principal.js';
import type { AdminService } from '../admins/admin.service.js';
import type { TenantDirectory } from '../tenants/tenant-directory.js';
import type { ClinicAuthService } from './clinic-auth.service.js';
import { CLINIC_AUDIENCE, claimedAudience } from './clinic-token.js';

/**
 * Turns whatever credential a request carries into a principal: an X-API-Key (clinic software),
 * a clinic user's bearer token, or an admin's. A clinic credential sent to another clinic's host
 * is refused: a clinic principal only ever reaches its own tenant. HTTP and websockets both ask here.
 */
export class PrincipalResolver {
  constructor(
    private readonly admins: AdminService,
    private readonly clinicAuth: ClinicAuthService,
    private readonly directory: TenantDirectory,
  ) {}

  async resolve(credentials: Credentials): Promise<Principal> {
    let principal: Principal;
    if (credentials.apiKey) {
      principal = await this.clinicAuth.authenticateApiKey(credentials.apiKey);
    } else {
      const token = /^Bearer\s+(\S+)$/i.exec(credentials.authorization?.trim() ?? '')?.[1];
      principal =
        token && claimedAudience(token) === CLINIC_AUDIENCE
          ? await this.clinicAuth.authenticateToken(token)
          : await this.admins.authenticate(credentials.authorization);
    }
    if (isClinicPrincipal(principal) && credentials.host) {
      const hostTenant = await this.directory.byHost(credentials.host);
      if (hostTenant && hostTenant.id !== principal.tenantId) {
        return { kind: 'anonymous', rejection: 'This credential belongs to another clinic' };
      }
    }
    return principal;
  }
}
