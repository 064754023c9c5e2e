import type { AdminService } from '../admins/admin.service.js';
import type { ClinicAuthService } from '../clinic-auth/clinic-auth.service.js';
import type { SecurityLogService } from '../security/security-log.service.js';
import type { ResponseOutcome } from './incident.constants.js';

/** An account a response can act on. */
export type AccountRef =
  | { kind: 'admin'; adminId: string }
  | { kind: 'clinic_user'; tenantId: string; userId: string };

export const accountTarget = (account: AccountRef): string =>
  account.kind === 'admin' ? `admin:${account.adminId}` : `user:${account.userId}`;

/** The safe automatic responses a rule may take. */
export interface IncidentResponder {
  /** Refuse the account's sign-ins until `until`. */
  lockAccount(account: AccountRef, until: Date, reason: string): Promise<ResponseOutcome>;
  /** End every session of the account now. */
  revokeSessions(account: AccountRef, reason: string): Promise<ResponseOutcome>;
  /** Revoke the key so it authenticates nothing more. */
  disableApiKey(tenantId: string, keyId: string, reason: string): Promise<ResponseOutcome>;
}

/**
 * The responses over the accounts and sessions services: `locked_until` refuses sign-ins;
 * revoking sessions deletes every session of the account from Redis (every instance refuses its
 * tokens on the next request) and publishes `credentialEnded` (open websockets close); disabling
 * a key revokes it (looked up on every request) and publishes the same. Each is audited.
 */
export class PlatformIncidentResponder implements IncidentResponder {
  constructor(
    private readonly admins: AdminService,
    private readonly clinicAuth: ClinicAuthService,
    private readonly security: SecurityLogService,
  ) {}

  async lockAccount(account: AccountRef, until: Date, reason: string): Promise<ResponseOutcome> {
    const done =
      account.kind === 'admin'
        ? await this.admins.lock(account.adminId, until)
        : await this.clinicAuth.lockUser(account.tenantId, account.userId, until);
    if (done) await this.audit(account, 'account_locked', { until: until.toISOString(), reason });
    return done ? 'applied' : 'not_found';
  }

  async revokeSessions(account: AccountRef, reason: string): Promise<ResponseOutcome> {
    const done =
      account.kind === 'admin'
        ? await this.admins.revokeSessions(account.adminId, 'incident_response')
        : await this.clinicAuth.revokeUserSessions(
            account.tenantId,
            account.userId,
            'incident_response',
          );
    if (done) await this.audit(account, 'sessions_revoked', { reason });
    return done ? 'applied' : 'not_found';
  }

  async disableApiKey(tenantId: string, keyId: string, reason: string): Promise<ResponseOutcome> {
    return (await this.clinicAuth.disableApiKey(tenantId, keyId, reason)) ? 'applied' : 'not_found';
  }

  private async audit(
    account: AccountRef,
    event: 'account_locked' | 'sessions_revoked',
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.security.record({
      tenant_id: account.kind === 'admin' ? null : account.tenantId,
      event,
      actor: { id: 'system', label: null },
      details: { account: accountTarget(account), ...details },
    });
  }
}
