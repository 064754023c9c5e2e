export const ADMIN_ROLES = ['super_admin', 'admin', 'support'] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

/** Roles that may change data; support staff only look. */
export const WRITE_ROLES: ReadonlySet<AdminRole> = new Set(['super_admin', 'admin']);
