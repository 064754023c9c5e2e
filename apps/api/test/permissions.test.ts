import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  subscribe,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../src/api-schema.js';
import { ACTIONS, ROLES, ROLE_ACTIONS, type Action, type Role } from '../src/common/policy.js';
import type { Credentials, Principal } from '../src/common/principal.js';
import type { GraphQLContext } from '../src/graphql/context.js';
import { RequestLoaders } from '../src/graphql/request-loaders.js';
import { clinicUserToken, createApiKey, createClinicTenant } from './clinic-factories.js';
import { startTestApi, type TestApi } from './harness.js';

/**
 * The action each root operation needs, or `public`. Every Query, Mutation and Subscription field
 * must be here: a new operation with no entry fails the walk below until someone decides who may
 * call it, in the one policy table (src/common/policy.ts).
 */
const OPERATION_ACTIONS: Record<string, Action | 'public'> = {
  // Public: signing in, refreshing a session, resetting a forgotten password, and which clinic a
  // hostname belongs to.
  login: 'public',
  clinicSignIn: 'public',
  refreshSession: 'public',
  requestPasswordReset: 'public',
  resetPassword: 'public',
  resolveTenant: 'public',
  // Anyone signed in with a password, on their own account.
  changePassword: 'self:manage',
  signOut: 'self:manage',
  signOutEverywhere: 'self:manage',
  // Platform admins.
  me: 'account:read',
  startTwoFactorEnrolment: 'account:manage',
  confirmTwoFactorEnrolment: 'account:manage',
  disableTwoFactor: 'account:manage',
  admins: 'admins:read',
  platformSecuritySettings: 'admins:read',
  inviteAdmin: 'admins:manage',
  updateAdmin: 'admins:manage',
  setAdminDisabled: 'admins:manage',
  deleteAdmin: 'admins:manage',
  sendAdminPasswordReset: 'admins:manage',
  updatePlatformSecuritySettings: 'platform_settings:manage',
  billingPlans: 'plans:read',
  plans: 'plans:read',
  tenantBilling: 'billing:read',
  tenantInvoices: 'billing:read',
  invoice: 'billing:read',
  previewPlanChange: 'billing:read',
  changeTenantPlan: 'billing:manage',
  cancelSubscription: 'billing:manage',
  resumeSubscription: 'billing:manage',
  setTenantTrialDays: 'billing:manage',
  recordManualPayment: 'billing:payments',
  voidInvoice: 'billing:payments',
  createBillingSetupIntent: 'billing:manage',
  tenants: 'tenants:read',
  tenant: 'tenants:read',
  tenantBySlug: 'tenants:read',
  slugAvailability: 'tenants:read',
  featureFlags: 'tenants:read',
  tenantChanged: 'tenants:read',
  createTenant: 'tenants:create',
  updateTenant: 'tenants:update',
  verifyTenantDomain: 'tenants:update',
  suspendTenant: 'tenants:suspend',
  activateTenant: 'tenants:suspend',
  deleteTenant: 'tenants:delete',
  // Admins for any clinic, owners for theirs.
  clinicUsers: 'clinic_users:read',
  createClinicUser: 'clinic_users:manage',
  inviteClinicUser: 'clinic_users:manage',
  changeClinicUserRole: 'clinic_users:manage',
  setClinicUserDisabled: 'clinic_users:manage',
  deleteClinicUser: 'clinic_users:manage',
  sendClinicUserPasswordReset: 'clinic_users:manage',
  apiKeys: 'api_keys:read',
  createApiKey: 'api_keys:manage',
  revokeApiKey: 'api_keys:manage',
  tenantConfigChanged: 'clinic_config:read',
  tenantUsage: 'usage:read',
  usageUpdated: 'usage:read',
  tenantAnalytics: 'analytics:read',
  // The platform's analytics.
  systemAnalytics: 'analytics:system',
  systemUsageUpdated: 'analytics:system',
  // A clinic's own principals.
  currentClinic: 'clinic:read',
  trackUsage: 'usage:track',
  checkTenantLimit: 'limits:read',
  staffMembers: 'clinic:read',
  staffMember: 'clinic:read',
  createStaffMember: 'clinic:staff:write',
  updateStaffMember: 'clinic:staff:write',
  deleteStaffMember: 'clinic:staff:write',
  clients: 'clinic:read',
  client: 'clinic:read',
  createClient: 'clinic:clients:write',
  updateClient: 'clinic:clients:write',
  deleteClient: 'clinic:clients:write',
  patients: 'clinic:read',
  patient: 'clinic:read',
  createPatient: 'clinic:patients:write',
  updatePatient: 'clinic:patients:write',
  deletePatient: 'clinic:patients:write',
  appointments: 'clinic:read',
  appointment: 'clinic:read',
  createAppointment: 'clinic:appointments:write',
  updateAppointment: 'clinic:appointments:write',
  deleteAppointment: 'clinic:appointments:write',
  // Security log and incidents.
  securityLogs: 'security:read',
  securityChains: 'security:read',
  verifySecurityChain: 'security:read',
  securityIncidents: 'security:read',
  securityIncident: 'security:read',
  incidentRaised: 'security:read',
  acknowledgeSecurityIncident: 'security:incidents:manage',
  resolveSecurityIncident: 'security:incidents:manage',
  // Monitoring: system health and alerts.
  systemHealth: 'monitoring:read',
  alerts: 'monitoring:read',
  alertRaised: 'monitoring:read',
  alertChanged: 'monitoring:read',
  acknowledgeAlert: 'alerts:manage',
  resolveAlert: 'alerts:manage',
  // GDPR: admins for any clinic, owners for their own pet owners.
  dataSubject: 'gdpr:person:export',
  requestDataExport: 'gdpr:person:export',
  requestTenantExport: 'gdpr:tenant:export',
  erasePersonData: 'gdpr:person:erase',
  eraseTenantData: 'gdpr:tenant:erase',
  // Backups.
  tenantBackups: 'backups:read',
  backup: 'backups:read',
  tenantRestores: 'backups:read',
  backupProgress: 'backups:read',
  createBackup: 'backups:write',
  deleteBackup: 'backups:write',
  verifyBackup: 'backups:write',
  restoreBackup: 'backups:restore',
  cloneBackup: 'backups:restore',
  payments: 'clinic:read',
  payment: 'clinic:read',
  recordPayment: 'clinic:payments:write',
  updatePayment: 'clinic:payments:write',
  deletePayment: 'clinic:payments:write',
};

/** Operations that end the caller's own session: walked last, so the others still have one. */
const ENDS_SESSION = new Set(['signOut', 'signOutEverywhere']);

type Caller = Role | 'anonymous';
const CALLERS: Caller[] = ['anonymous', ...ROLES];
const REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

/** A value of the right type that names nothing real: a zero id, "x", the first enum value. */
function sampleValue(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [sampleValue(inner.ofType)];
  if (isEnumType(inner)) return inner.getValues()[0]?.value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sampleValue(field.type)]),
    );
  }
  switch (inner.name) {
    case 'ID':
      return '000000000000000000000000';
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'DateTimeISO':
      return '2026-01-01T09:00:00.000Z';
    default:
      return 'x';
  }
}

/** The operation with every required argument as a variable, selecting only __typename. */
function operationFor(
  kind: 'query' | 'mutation' | 'subscription',
  field: GraphQLField<unknown, unknown>,
) {
  const args = field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type));
  const declared = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return {
    document: `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables: Object.fromEntries(args.map((arg) => [arg.name, sampleValue(arg.type)])),
  };
}

interface RootField {
  kind: 'query' | 'mutation' | 'subscription';
  field: GraphQLField<unknown, unknown>;
}

function rootFields(schema: GraphQLSchema): RootField[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ] as const;
  return roots.flatMap(([kind, type]) =>
    type ? Object.values(type.getFields()).map((field) => ({ kind, field })) : [],
  );
}

let api: TestApi;
let schema: GraphQLSchema;
const credentials = new Map<Caller, Credentials>();
/** A new session for each caller that signs in, for the operations that end one. */
const renewals = new Map<Caller, () => Promise<Credentials>>();

beforeAll(async () => {
  api = await startTestApi();
  schema = await buildApiSchema();
  const tenant = await createClinicTenant(api.app);
  const adminToken = async (role: 'admin' | 'support') => {
    const email = `${role}@permissions.test`;
    await api.app.services.admins.ensureAdmin({ email, password: api.admin.password, role });
    return (await api.app.services.admins.login(email, api.admin.password)).token;
  };
  const bearer = (token: string): Credentials => ({ authorization: `Bearer ${token}` });
  credentials.set('anonymous', {});
  credentials.set('super_admin', bearer(await api.token()));
  credentials.set('admin', bearer(await adminToken('admin')));
  credentials.set('support', bearer(await adminToken('support')));
  credentials.set('owner', bearer(await clinicUserToken(api, tenant.id, 'owner')));
  credentials.set('staff', bearer(await clinicUserToken(api, tenant.id, 'staff')));
  credentials.set('api_key', { apiKey: await createApiKey(api, tenant.id) });
  renewals.set('super_admin', async () => bearer(await api.token()));
  renewals.set('admin', async () => bearer(await adminToken('admin')));
  renewals.set('support', async () => bearer(await adminToken('support')));
  renewals.set('owner', async () => bearer(await clinicUserToken(api, tenant.id, 'owner')));
  renewals.set('staff', async () => bearer(await clinicUserToken(api, tenant.id, 'staff')));
});
afterAll(() => api?.stop());

const codeOf = (extensions: Record<string, unknown> | undefined): string | undefined =>
  typeof extensions?.code === 'string' ? extensions.code : undefined;

/** Runs a query or mutation over real HTTP as the caller; answers its error codes. */
async function callOverHttp(caller: Caller, document: string, variables: unknown) {
  const { authorization, apiKey } = credentials.get(caller)!;
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(authorization ? { authorization } : {}),
      ...(apiKey ? { 'x-api-key': apiKey } : {}),
    },
    body: JSON.stringify({ query: document, variables }),
  });
  const body = (await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
  return (body.errors ?? []).map((error) => codeOf(error.extensions));
}

/**
 * Starts a subscription as the caller, through the schema's own subscribe with the context a
 * websocket operation gets: refused at once, or an open stream (closed again right away).
 */
async function subscribeAs(caller: Caller, document: string, variables: Record<string, unknown>) {
  const principal: Principal = await api.app.services.principals.resolve(credentials.get(caller)!);
  const contextValue: GraphQLContext = {
    requestId: 'permissions-walk',
    principal,
    host: null,
    services: api.app.services,
    pubSub: api.app.pubSub,
    log: api.app.log,
    loaders: new RequestLoaders(),
  };
  const result = await subscribe({
    schema,
    document: parse(document),
    contextValue,
    variableValues: variables,
  });
  if (Symbol.asyncIterator in result) {
    await result.return?.();
    return [];
  }
  return (result.errors ?? []).map((error) => codeOf(error.extensions));
}

/** The README's permission table, as role → actions. */
async function readmeTable(): Promise<Record<string, string[]>> {
  const readme = await readFile(new URL('../../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('<!-- permissions-table');
  const end = readme.indexOf('<!-- /permissions-table -->');
  const rows = readme
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  const [header, , ...body] = rows;
  const roles = (header ?? []).slice(1);
  return Object.fromEntries(
    roles.map((role, column) => [
      role,
      body.filter((row) => row[column + 1] === '✓').map((row) => row[0]!.replaceAll('`', '')),
    ]),
  );
}

describe('named permissions', () => {
  it("are the README's table, action for action", async () => {
    const fromCode = Object.fromEntries(
      ROLES.map((role) => [
        role,
        (Object.keys(ACTIONS) as Action[]).filter((a) => ROLE_ACTIONS[role].has(a)),
      ]),
    );
    expect(await readmeTable()).toEqual(fromCode);
  });

  it('name an action (or public) for every Query, Mutation and Subscription field', () => {
    const fields = rootFields(schema).map(({ field }) => field.name);
    expect(fields.filter((name) => !(name in OPERATION_ACTIONS))).toEqual([]);
    expect(Object.keys(OPERATION_ACTIONS).filter((name) => !fields.includes(name))).toEqual([]);
  });

  it.each(CALLERS)(
    'allow and refuse every operation for %s exactly as the policy table says',
    async (caller) => {
      const mismatches: string[] = [];
      const fields = rootFields(schema).sort(
        (a, b) => Number(ENDS_SESSION.has(a.field.name)) - Number(ENDS_SESSION.has(b.field.name)),
      );
      for (const { kind, field } of fields) {
        const action = OPERATION_ACTIONS[field.name];
        if (!action) continue;
        const renew = renewals.get(caller);
        if (ENDS_SESSION.has(field.name) && renew) credentials.set(caller, await renew());
        const { document, variables } = operationFor(kind, field);
        const call = (as: Caller) =>
          kind === 'subscription'
            ? subscribeAs(as, document, variables)
            : callOverHttp(as, document, variables);
        const codes = await call(caller);
        if (action === 'public') {
          // Public means no credential matters: every caller gets what an anonymous one gets
          // (here, a wrong password is a wrong password for everyone).
          const anonymous = await call('anonymous');
          if (JSON.stringify(codes) !== JSON.stringify(anonymous)) {
            mismatches.push(
              `${field.name}: public, yet ${JSON.stringify(codes)} ≠ anonymous's ${JSON.stringify(anonymous)}`,
            );
          }
          continue;
        }
        const allowed = caller !== 'anonymous' && ROLE_ACTIONS[caller].has(action);
        const refusal = codes.find((code) => code !== undefined && REFUSALS.has(code));
        const expected = caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        if (allowed && refusal)
          mismatches.push(`${field.name}: refused (${refusal}), table allows`);
        if (!allowed && refusal !== expected) {
          mismatches.push(
            `${field.name}: answered ${JSON.stringify(codes)}, table expects ${expected}`,
          );
        }
      }
      expect(mismatches).toEqual([]);
    },
  );
});
