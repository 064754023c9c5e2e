import type { AdminRole } from '../../common/principal.js';
import type { AdminDocument } from './admin.model.js';

export interface AdminView {
  id: string;
  email: string;
  name: string;
  role: AdminRole;
  disabled: boolean;
  invited: boolean;
  two_factor_enabled: boolean;
  last_login_at: Date | null;
  created_date: Date;
}

export const toAdminView = (doc: AdminDocument): AdminView => ({
  id: doc._id.toHexString(),
  email: doc.email,
  name: doc.name,
  role: doc.role,
  disabled: doc.disabled ?? false,
  invited: doc.invited ?? false,
  two_factor_enabled: doc.two_factor_enabled ?? false,
  last_login_at: doc.last_login_at ?? null,
  created_date: doc.created_date,
});

/** The ordering of admin roles by rights: a move down the list lowers them. */
export const ROLE_RANK: Record<AdminRole, number> = { super_admin: 3, admin: 2, support: 1 };

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
