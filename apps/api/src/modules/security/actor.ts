import type { Principal } from '../../common/principal.js';

/** Who did something, as the audit trail names them. */
export interface Actor {
  /** `admin:<id>`, `user:<id>`, `api_key:<id>`, `anonymous` or `system`. */
  id: string;
  /** A readable name the platform may keep: an admin's e-mail. */
  label: string | null;
}

export const SYSTEM_ACTOR: Actor = { id: 'system', label: null };

export function actorOf(principal: Principal | undefined): Actor {
  if (!principal) return SYSTEM_ACTOR;
  switch (principal.kind) {
    case 'admin':
      return { id: `admin:${principal.adminId}`, label: principal.email };
    case 'clinic_user':
      return { id: `user:${principal.userId}`, label: null };
    case 'api_key':
      return { id: `api_key:${principal.keyId}`, label: null };
    default:
      return { id: 'anonymous', label: null };
  }
}
