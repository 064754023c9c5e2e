import { adminSubject, clinicUserSubject, sessionSubject } from '../../common/credential-ended.js';
import type {
  AdminPrincipal,
  AdminRole,
  ClinicRole,
  ClinicUserPrincipal,
} from '../../common/principal.js';

/** Whose session it is: what a principal is rebuilt from on every request, without the database. */
export type SessionAccount =
  | { kind: 'admin'; adminId: string; email: string; role: AdminRole }
  | { kind: 'clinic_user'; tenantId: string; userId: string; email: string; role: ClinicRole };

/** An account, named without its details. */
export type AccountRef =
  | { kind: 'admin'; adminId: string }
  | { kind: 'clinic_user'; tenantId: string; userId: string };

export const accountSubject = (account: AccountRef): string =>
  account.kind === 'admin'
    ? adminSubject(account.adminId)
    : clinicUserSubject(account.tenantId, account.userId);

/** The id the audit trail uses for the account (security/actor.ts). */
export const accountActorId = (account: AccountRef): string =>
  account.kind === 'admin' ? `admin:${account.adminId}` : `user:${account.userId}`;

export const accountTenant = (account: AccountRef): string | null =>
  account.kind === 'admin' ? null : account.tenantId;

/** Restrictions a session may carry: an admin who must enrol in two-factor may do only that. */
export type SessionRestriction = 'two_factor_enrolment';

export function principalOf(
  account: SessionAccount,
  sessionId: string,
  expiresAt: Date,
  restriction: SessionRestriction | undefined,
): AdminPrincipal | ClinicUserPrincipal {
  if (account.kind === 'admin') {
    return {
      kind: 'admin',
      adminId: account.adminId,
      email: account.email,
      role: account.role,
      sessionId,
      expiresAt,
      ...(restriction === 'two_factor_enrolment' ? { twoFactorEnrolmentRequired: true } : {}),
    };
  }
  return {
    kind: 'clinic_user',
    tenantId: account.tenantId,
    userId: account.userId,
    email: account.email,
    role: account.role,
    sessionId,
    expiresAt,
  };
}

export { sessionSubject };
