export const ADMIN_ROLES = ['super_admin', 'admin', 'support'] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

export const CLINIC_ROLES = ['owner', 'staff'] as const;
export type ClinicRole = (typeof CLINIC_ROLES)[number];

/** A platform admin, signed in to the admin API. */
export interface AdminPrincipal {
  kind: 'admin';
  adminId: string;
  email: string;
  role: AdminRole;
  /** The session the access token belongs to, when it was issued for one. */
  sessionId?: string;
  /** When the credential stops being valid (an access token's exp); open sockets close then. */
  expiresAt?: Date;
  /**
   * Two-factor is required of every admin and this one has not enrolled yet: the session may
   * only enrol (and read or sign out of its own account) until it has.
   */
  twoFactorEnrolmentRequired?: true;
}

export interface AnonymousPrincipal {
  kind: 'anonymous';
  /** Set when a credential was sent but refused, so the error can say why. */
  rejection?: string;
}

/** A person working at a clinic, signed in to that clinic only. */
export interface ClinicUserPrincipal {
  kind: 'clinic_user';
  tenantId: string;
  userId: string;
  email: string;
  role: ClinicRole;
  sessionId?: string;
  expiresAt?: Date;
}

/** A clinic's own software, calling with one of the clinic's API keys. */
export interface ApiKeyPrincipal {
  kind: 'api_key';
  tenantId: string;
  keyId: string;
}

export type ClinicPrincipal = ClinicUserPrincipal | ApiKeyPrincipal;

export type AuthenticatedPrincipal = AdminPrincipal | ClinicPrincipal;

export type Principal = AuthenticatedPrincipal | AnonymousPrincipal;

export const isClinicPrincipal = (principal: Principal): principal is ClinicPrincipal =>
  principal.kind === 'clinic_user' || principal.kind === 'api_key';

export const ANONYMOUS: AnonymousPrincipal = { kind: 'anonymous' };

/** What a request may carry to say who it is. */
export interface Credentials {
  authorization?: string;
  apiKey?: string;
  host?: string;
}

/** Turns a request's credentials into its principal (the clinic-auth module's PrincipalResolver). */
export type ResolvePrincipal = (credentials: Credentials) => Promise<Principal>;

/** Records a refused access, if the error code is a refusal (the security module's log). */
export type RecordDenial = (
  principal: Principal,
  code: unknown,
  operation: string,
  message: string,
) => Promise<void>;
