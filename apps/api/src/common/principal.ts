import type { AdminRole } from '../modules/admins/admin.constants.js';
import { WRITE_ROLES } from '../modules/admins/admin.constants.js';
import { forbidden, unauthenticated } from './errors.js';

export interface AdminPrincipal {
  kind: 'admin';
  adminId: string;
  email: string;
  role: AdminRole;
}

export interface AnonymousPrincipal {
  kind: 'anonymous';
  /** Set when a credential was sent but refused, so the error can say why. */
  rejection?: string;
}

export const CLINIC_ROLES = ['owner', 'staff'] as const;
export type ClinicRole = (typeof CLINIC_ROLES)[number];

/** A person working at a clinic, signed in to that clinic only. */
export interface ClinicUserPrincipal {
  kind: 'clinic_user';
  tenantId: string;
  userId: string;
  email: string;
  role: ClinicRole;
}

/** A clinic's own software, calling with one of the clinic's API keys. */
export interface ApiKeyPrincipal {
  kind: 'api_key';
  tenantId: string;
  keyId: string;
}

export type ClinicPrincipal = ClinicUserPrincipal | ApiKeyPrincipal;

export type Principal = AdminPrincipal | ClinicPrincipal | AnonymousPrincipal;

export const isClinicPrincipal = (principal: Principal): principal is ClinicPrincipal =>
  principal.kind === 'clinic_user' || principal.kind === 'api_key';

export const ANONYMOUS: AnonymousPrincipal = { kind: 'anonymous' };

export type AdminAccess = 'read' | 'write';

/** The single gate for platform-admin operations; services call it first. */
export function requireAdmin(principal: Principal, access: AdminAccess): AdminPrincipal {
  if (principal.kind === 'anonymous') {
    throw unauthenticated(principal.rejection ?? 'An admin token is required');
  }
  if (principal.kind !== 'admin') throw forbidden('This operation is for platform admins');
  if (access === 'write' && !WRITE_ROLES.has(principal.role)) {
    throw forbidden(`The ${principal.role} role is read-only`);
  }
  return principal;
}
