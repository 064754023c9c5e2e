import type { Logger } from 'pino';
import type { Principal } from '../../common/principal.js';
import { currentRequestInfo } from '../../common/request-info.js';
import type { SecurityLogModel } from './security-log.model.js';

const DENIAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'TENANT_SUSPENDED']);

export const SECURITY_EVENTS = [
  'tenant_created',
  'tenant_suspended',
  'tenant_activated',
  'tenant_deactivated',
  'tenant_deleted',
  'tenant_purged',
  'tenant_domain_verified',
  'access_denied',
  'clinic_user_signed_in',
  'clinic_sign_in_failed',
  'api_key_created',
  'api_key_revoked',
] as const;
export type SecurityEvent = (typeof SECURITY_EVENTS)[number];

export interface SecurityEntry {
  tenant_id: string | null;
  event: SecurityEvent;
  details: Record<string, unknown>;
}

export class SecurityLogService {
  constructor(
    private readonly logs: SecurityLogModel,
    private readonly log: Logger,
  ) {}

  /**
   * Writes one entry with the caller's address and user agent. An audit write that fails is
   * logged, not thrown: the action it records has already happened.
   */
  async record(entry: SecurityEntry): Promise<void> {
    const request = currentRequestInfo();
    try {
      await this.logs.create({
        ...entry,
        ip_address: request?.ipAddress ?? null,
        user_agent: request?.userAgent ?? null,
        timestamp: new Date(),
      });
    } catch (error) {
      this.log.error({ err: error, event: entry.event }, 'security log write failed');
    }
  }

  /** Every refused access becomes an entry, from GraphQL and REST alike; other errors are not. */
  async recordDenial(
    principal: Principal,
    code: unknown,
    operation: string,
    message: string,
  ): Promise<void> {
    if (typeof code !== 'string' || !DENIAL_CODES.has(code)) return;
    const tenantId =
      principal.kind === 'clinic_user' || principal.kind === 'api_key' ? principal.tenantId : null;
    await this.record({
      tenant_id: tenantId,
      event: 'access_denied',
      details: { code, operation, message, ...describePrincipal(principal) },
    });
  }

  async forTenant(tenantId: string, limit = 50) {
    return this.logs
      .find({ tenant_id: tenantId })
      .sort({ timestamp: -1, _id: -1 })
      .limit(limit)
      .lean();
  }
}

function describePrincipal(principal: Principal): Record<string, unknown> {
  switch (principal.kind) {
    case 'admin':
      return { principal: 'admin', admin_id: principal.adminId, role: principal.role };
    case 'clinic_user':
      return { principal: 'clinic_user', user_id: principal.userId, role: principal.role };
    case 'api_key':
      return { principal: 'api_key', key_id: principal.keyId };
    default:
      return {
        principal: 'anonymous',
        ...(principal.rejection ? { rejection: principal.rejection } : {}),
      };
  }
}
