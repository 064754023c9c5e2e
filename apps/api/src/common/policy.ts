import { forbidden, unauthenticated } from './errors.js';
import {
  isClinicPrincipal,
  type AdminPrincipal,
  type AdminRole,
  type AuthenticatedPrincipal,
  type ClinicPrincipal,
  type ClinicRole,
  type Principal,
} from './principal.js';

/**
 * Every action the API authorizes, by name, with what it allows. An admin's action reaches any
 * clinic; a clinic principal's reaches its own clinic only (the services confine it).
 */
export const ACTIONS = {
  'account:read': 'see their own admin account',
  'account:manage': 'enrol in, and turn off, two-factor sign-in for their own admin account',
  'self:manage': 'change their own password and sign out their own sessions',
  'admins:read': 'see the platform admins',
  'admins:manage': 'invite, change, disable and delete platform admins',
  'platform_settings:manage':
    'change platform-wide security settings (two-factor required of every admin)',
  'plans:read': 'see the billing plans',
  'billing:read': "see a tenant's billing, subscription, invoices and plan-change previews",
  'billing:manage': "change a tenant's plan and trial, cancel and resume its subscription",
  'billing:payments': 'record manual payments and void invoices',
  'tenants:read': 'see tenants, their settings, counts and changes',
  'tenants:create': 'create tenants',
  'tenants:update': "change tenants' settings, plans, limits and domains",
  'tenants:suspend': 'suspend and reactivate tenants',
  'tenants:delete': 'delete tenants',
  'clinic_users:read': "see a clinic's users",
  'clinic_users:manage':
    "invite, change the role of, disable, delete and reset the password of a clinic's users",
  'api_keys:read': "see a clinic's API keys",
  'api_keys:manage': "create and revoke a clinic's API keys",
  'clinic_config:read': "read a clinic's effective configuration and hear when it changes",
  'usage:read': "read a clinic's usage counters and hear them change live",
  'analytics:read': "read a clinic's analytics (usage, revenue, performance)",
  'analytics:system': "read the platform's analytics and hear its usage live",
  'usage:track': 'report usage for their own clinic',
  'limits:read': "check their own clinic's limits",
  'clinic:read': "read their own clinic's records",
  'clinic:staff:write': 'add, change and remove staff members',
  'clinic:clients:write': 'add, change and remove clients',
  'clinic:patients:write': 'add, change and remove patients',
  'clinic:appointments:write': 'book, change and cancel appointments',
  'clinic:payments:write': 'record, change and remove payments',
  'security:read':
    'see the security log, its chains and their verification, and security incidents',
  'security:incidents:manage': 'acknowledge and resolve security incidents',
  'gdpr:tenant:export': "export a whole clinic's data (GDPR articles 15 and 20)",
  'gdpr:tenant:erase': "erase a whole clinic's data (GDPR article 17)",
  'gdpr:person:export': "export one pet owner's data: their record, pets, visits and payments",
  'gdpr:person:erase': "erase one pet owner's data, keeping their payments without their identity",
  'backups:read': "see a clinic's backups, their progress and verification",
  'backups:write': 'take, verify and delete backups',
  'backups:download': "download a backup archive (the clinic's stored data, as stored)",
  'backups:restore':
    'restore a clinic from a backup (replacing its data) or clone it into a new clinic',
  'monitoring:read': 'see system health and alerts, and hear alerts live',
  'alerts:manage': 'acknowledge and resolve alerts',
} as const satisfies Record<string, string>;

export type Action = keyof typeof ACTIONS;

/** Admin roles, clinic user roles, and the clinic's software calling with an API key. */
export type Role = AdminRole | ClinicRole | 'api_key';

const PLATFORM_READ: readonly Action[] = [
  'account:read',
  'account:manage',
  'self:manage',
  'admins:read',
  'plans:read',
  'billing:read',
  'tenants:read',
  'clinic_users:read',
  'api_keys:read',
  'clinic_config:read',
  'usage:read',
  'security:read',
  'analytics:read',
  'analytics:system',
  'backups:read',
  'monitoring:read',
];

const PLATFORM_WRITE: readonly Action[] = [
  'billing:manage',
  'billing:payments',
  'tenants:create',
  'tenants:update',
  'tenants:suspend',
  'tenants:delete',
  'clinic_users:manage',
  'api_keys:manage',
  'security:incidents:manage',
  'gdpr:tenant:export',
  'gdpr:person:export',
  'gdpr:person:erase',
  'backups:write',
  'backups:download',
  'backups:restore',
  'alerts:manage',
];

/** What clinic users (not API keys) do to their own account. */
const CLINIC_SELF: readonly Action[] = ['self:manage'];

const CLINIC_WORK: readonly Action[] = [
  'clinic:read',
  'clinic_config:read',
  'usage:read',
  'usage:track',
  'limits:read',
  'clinic:clients:write',
  'clinic:patients:write',
  'clinic:appointments:write',
  'clinic:payments:write',
];

/**
 * The one table of who may do what. Support staff only look; clinic staff do the clinic's daily
 * work; owners also manage the clinic's staff records, users and API keys; the clinic's software
 * does what an owner does to records, but manages no users or keys.
 */
export const ROLE_ACTIONS: Readonly<Record<Role, ReadonlySet<Action>>> = {
  // Erasing a whole clinic cannot be undone: the super admin's alone.
  // Managing admins and platform settings, like erasing a whole clinic, is the super admin's alone.
  super_admin: new Set([
    ...PLATFORM_READ,
    ...PLATFORM_WRITE,
    'gdpr:tenant:erase',
    'admins:manage',
    'platform_settings:manage',
  ]),
  admin: new Set([...PLATFORM_READ, ...PLATFORM_WRITE]),
  support: new Set(PLATFORM_READ),
  owner: new Set([
    ...CLINIC_WORK,
    ...CLINIC_SELF,
    'analytics:read',
    'clinic:staff:write',
    'clinic_users:read',
    'clinic_users:manage',
    'api_keys:read',
    'api_keys:manage',
    'gdpr:person:export',
    'gdpr:person:erase',
  ]),
  staff: new Set([...CLINIC_WORK, ...CLINIC_SELF]),
  api_key: new Set([...CLINIC_WORK, 'clinic:staff:write', 'analytics:read']),
};

/** What an admin who must still enrol in two-factor may do: enrol, see and leave their account. */
const ENROLMENT_ACTIONS: ReadonlySet<Action> = new Set([
  'account:read',
  'account:manage',
  'self:manage',
]);

export const ROLES = Object.keys(ROLE_ACTIONS) as Role[];

export const roleOf = (principal: AuthenticatedPrincipal): Role =>
  principal.kind === 'api_key' ? 'api_key' : principal.role;

export function can(principal: Principal, action: Action): boolean {
  return principal.kind !== 'anonymous' && ROLE_ACTIONS[roleOf(principal)].has(action);
}

/**
 * The one check services call before acting: no credential is UNAUTHENTICATED (saying why a sent
 * one was refused), a role without the action is FORBIDDEN.
 */
export function authorize(principal: Principal, action: Action): AuthenticatedPrincipal {
  if (principal.kind === 'anonymous') {
    throw unauthenticated(principal.rejection ?? 'Sign in, or send an API key, to continue');
  }
  const role = roleOf(principal);
  if (!ROLE_ACTIONS[role].has(action)) {
    throw forbidden(`The ${role.replace('_', ' ')} role may not ${ACTIONS[action]} (${action})`);
  }
  if (
    principal.kind === 'admin' &&
    principal.twoFactorEnrolmentRequired &&
    !ENROLMENT_ACTIONS.has(action)
  ) {
    throw forbidden('Two-factor sign-in is required: enrol in it first (account settings)');
  }
  return principal;
}

/** For the admin API: the action, and a platform admin doing it. */
export function authorizeAdmin(principal: Principal, action: Action): AdminPrincipal {
  const allowed = authorize(principal, action);
  if (allowed.kind !== 'admin') throw forbidden('This operation is for platform admins');
  return allowed;
}

/** For clinic operations: the action, and one of a clinic's own principals doing it. */
export function authorizeClinic(principal: Principal, action: Action): ClinicPrincipal {
  const allowed = authorize(principal, action);
  if (!isClinicPrincipal(allowed)) {
    throw forbidden('This operation is for clinic users and clinic API keys');
  }
  return allowed;
}
