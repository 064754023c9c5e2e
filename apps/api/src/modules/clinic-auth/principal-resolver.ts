import {
  isClinicPrincipal,
  type ApiKeyPrincipal,
  type Credentials,
  type Principal,
} from '../../common/principal.js';
import { currentRequestInfo } from '../../common/request-info.js';
import type { Clock } from '../../core/clock.js';
import { actorOf } from '../security/actor.js';
import type { SecurityLogService } from '../security/security-log.service.js';
import type { AdminService } from '../admins/admin.service.js';
import type { TenantDirectory } from '../tenants/tenant-directory.js';
import type { ClinicAuthService } from './clinic-auth.service.js';
import { CLINIC_AUDIENCE, claimedAudience } from '../sessions/tokens.js';

export interface ApiKeyUse {
  tenantId: string;
  keyId: string;
  ipAddress: string | null;
  at: Date;
}

export type ApiKeyUseListener = (use: ApiKeyUse) => Promise<void>;

/**
 * Turns whatever credential a request carries into a principal: an X-API-Key (clinic software),
 * a clinic user's bearer token, or an admin's. A clinic credential sent to another clinic's host
 * is refused: a clinic principal only ever reaches its own tenant. HTTP and websockets both ask here.
 */
export class PrincipalResolver {
  private readonly keyUseListeners: ApiKeyUseListener[] = [];

  constructor(
    private readonly admins: AdminService,
    private readonly clinicAuth: ClinicAuthService,
    private readonly directory: TenantDirectory,
    private readonly security: SecurityLogService,
    private readonly clock: Clock,
  ) {}

  /** Hears every request an API key authenticated (the suspicious-activity rules count addresses). */
  onApiKeyUse(listener: ApiKeyUseListener): void {
    this.keyUseListeners.push(listener);
  }

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
        await this.security.record({
          tenant_id: principal.tenantId,
          event: 'cross_tenant_attempt',
          actor: actorOf(principal),
          details: { target_tenant_id: hostTenant.id, host: credentials.host },
        });
        return { kind: 'anonymous', rejection: 'This credential belongs to another clinic' };
      }
    }
    if (principal.kind === 'api_key') await this.keyUsed(principal);
    return principal;
  }

  private async keyUsed(principal: ApiKeyPrincipal): Promise<void> {
    const use = {
      tenantId: principal.tenantId,
      keyId: principal.keyId,
      ipAddress: currentRequestInfo()?.ipAddress ?? null,
      at: this.clock.now(),
    };
    for (const listener of this.keyUseListeners) {
      try {
        await listener(use);
      } catch {
        // Watching must never fail the request it watches; the listener logs its own errors.
      }
    }
  }
}
