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

/**
 * The safe automatic responses a rule may take. The seam to the accounts work (issue 7): when
 * sessions and account locking land there, an implementation over them replaces this one, and
 * nothing in the rules changes.
 */
export interface IncidentResponder {
  /** Refuse the account's sign-ins until `until`. */
  lockAccount(account: AccountRef, until: Date, reason: string): Promise<ResponseOutcome>;
  /** End every session of the account now. */
  revokeSessions(account: AccountRef, reason: string): Promise<ResponseOutcome>;
  /** Revoke the key so it authenticates nothing more. */
  disableApiKey(tenantId: string, keyId: string, reason: string): Promise<ResponseOutcome>;
}

/**
 * The responses as the platform can take them today: `locked_until` and `sessions_revoked_at`
 * on admins and clinic users (checked at sign-in and on every token), and API key revocation.
 * Each is written to the audit trail.
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
        ? await this.admins.revokeSessions(account.adminId)
        : await this.clinicAuth.revokeUserSessions(account.tenantId, account.userId);
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
