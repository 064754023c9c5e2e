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

export type Principal = AdminPrincipal | AnonymousPrincipal;

export const ANONYMOUS: AnonymousPrincipal = { kind: 'anonymous' };

export type AdminAccess = 'read' | 'write';

/** The single gate for platform-admin operations; services call it first. */
export function requireAdmin(principal: Principal, access: AdminAccess): AdminPrincipal {
  if (principal.kind !== 'admin') {
    throw unauthenticated(principal.rejection ?? 'An admin token is required');
  }
  if (access === 'write' && !WRITE_ROLES.has(principal.role)) {
    throw forbidden(`The ${principal.role} role is read-only`);
  }
  return principal;
}
