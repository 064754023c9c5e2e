import { Kind, parse, validate, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Model } from 'mongoose';
import type { ApiKeyPrincipal } from '../src/common/principal.js';
import { runAsTenant } from '../src/db/tenant-context.js';
import { daysFromNow } from './clinic-api.js';
import { systemAdmin } from './factories.js';
import {
  callAs,
  nowhere,
  readsDuring,
  snapshotOf,
  subscribeAs,
  type Answer,
  type IsolationWorld,
  type Target,
} from './isolation-world.js';

/**
 * The isolation cases, as data: each names a root field of the schema, how tenant B calls it
 * with tenant A's ids (in arguments, in nested inputs, in filters), and what B must be told.
 * Every case runs twice, once aimed at A's records and once at ids that exist nowhere, and the
 * two answers must be the same: "belongs to another clinic" looks exactly like "does not exist".
 * isolation.test.ts runs them as they are; isolation-bites.test.ts runs them with each model's
 * scoping switched off, to show they would catch the leak.
 */

export type Expectation =
  /** One error with this code (naming this field, if given). */
  | { error: string; field?: string }
  /** A list with nothing in it, or with only (and some of) the caller's own records. */
  | { list: 'empty' | 'own' }
  /** Success. */
  | { ok: true }
  /** A subscription that delivered the caller's own events and nothing else. */
  | { events: 'own' }
  /** Success, with data that must be B's own: the check says what is wrong, or null. */
  | { own: (data: Record<string, unknown>, world: IsolationWorld) => Promise<string | null> };

export type CredentialKind = 'user' | 'api_key';

export interface IsolationCase {
  name: string;
  /** The root field the case exercises, exactly as the schema names it. */
  field: string;
  document: string;
  /** `target`: the records to aim at (A's, or nowhere's); `own`: B's, for the valid parts of an input. */
  variables: (target: Target, own: Target) => Record<string, unknown>;
  /** What B's owner is told (B's API key too, unless `apiKey` says otherwise). */
  expect: Expectation;
  apiKey?: Expectation;
  /** Undoes what a successful call created in B, so every run starts from the same data. */
  cleanup?: (world: IsolationWorld, data: Record<string, unknown>) => Promise<void>;
  /**
   * Subscriptions: causes the events while B is subscribed, A's first and B's own last (B's is the
   * sentinel: once it arrives, anything of A's would have arrived before it).
   */
  trigger?: (world: IsolationWorld) => Promise<void>;
  /** A's state outside the tenant-scoped models that the case could touch (e.g. Redis counters). */
  stateOfA?: (world: IsolationWorld) => Promise<unknown>;
  /** Puts the platform in the state the case is about before it runs; answers how to undo it. */
  around?: (world: IsolationWorld) => Promise<() => Promise<void>>;
}

/**
 * Root fields that reach no clinic's data, with the reason. Anything else in the schema needs a
 * case above, or the coverage test fails naming it.
 */
export const NOT_TENANT_SCOPED: Readonly<Record<string, string>> = {
  login: 'platform admin sign-in',
  refreshSession: 'public: the refresh token names its own session',
  requestPasswordReset: 'public: platform admins’ password reset by e-mail',
  resetPassword: 'public: the single-use token names its own account',
  changePassword: "the caller's own account",
  signOut: "the caller's own session",
  signOutEverywhere: "the caller's own account's sessions",
  startTwoFactorEnrolment: 'the signed-in platform admin',
  confirmTwoFactorEnrolment: 'the signed-in platform admin',
  disableTwoFactor: 'the signed-in platform admin',
  admins: 'platform admins only: the admins collection',
  inviteAdmin: 'platform super admins only: the admins collection',
  updateAdmin: 'platform super admins only: the admins collection',
  setAdminDisabled: 'platform super admins only: the admins collection',
  deleteAdmin: 'platform super admins only: the admins collection',
  sendAdminPasswordReset: 'platform super admins only: the admins collection',
  platformSecuritySettings: 'platform admins only: platform-wide settings',
  updatePlatformSecuritySettings: 'platform super admins only: platform-wide settings',
  featureFlags: 'platform admins only: the catalogue of feature flags, the same for every clinic',
  me: 'the signed-in platform admin',
  tenants: 'platform admins only: the tenants collection',
  tenant: 'platform admins only: the tenants collection',
  tenantBySlug: 'platform admins only: the tenants collection',
  slugAvailability: 'platform admins only: the tenants collection',
  billingPlans: 'platform admins only: the plan catalogue',
  plans: 'platform admins only: the plan catalogue with prices',
  tenantBilling: "platform admins only: a clinic's subscription (billing collections)",
  tenantInvoices: 'platform admins only: invoices (billing collections)',
  invoice: 'platform admins only: invoices (billing collections)',
  previewPlanChange: "platform admins only: a clinic's subscription (billing collections)",
  changeTenantPlan: "platform admins only: a clinic's subscription (billing collections)",
  cancelSubscription: "platform admins only: a clinic's subscription (billing collections)",
  resumeSubscription: "platform admins only: a clinic's subscription (billing collections)",
  setTenantTrialDays: "platform admins only: a clinic's subscription (billing collections)",
  recordManualPayment: 'platform admins only: invoices (billing collections)',
  voidInvoice: 'platform admins only: invoices (billing collections)',
  createBillingSetupIntent: "platform admins only: a clinic's payment method (Stripe)",
  createTenant: 'platform admins only: the tenants collection',
  updateTenant: 'platform admins only: the tenants collection',
  deleteTenant: 'platform admins only: the tenants collection',
  suspendTenant: 'platform admins only: the tenants collection',
  activateTenant: 'platform admins only: the tenants collection',
  verifyTenantDomain: 'platform admins only: the tenants collection',
  tenantChanged: 'platform admins only: tenant records as they change',
  resolveTenant: "public by design: a hostname to its clinic's public fields",
  clinicSignIn: 'public sign-in; the credentials themselves name the clinic',
  securityLogs: 'platform admins only: the security log',
  securityChains: 'platform admins only: the security log',
  verifySecurityChain: 'platform admins only: the security log',
  securityIncidents: 'platform admins only: security incidents',
  securityIncident: 'platform admins only: security incidents',
  acknowledgeSecurityIncident: 'platform admins only: security incidents',
  resolveSecurityIncident: 'platform admins only: security incidents',
  incidentRaised: 'platform admins only: security incidents as they are raised',
  requestTenantExport: 'platform admins only: a whole clinic’s export',
  eraseTenantData: 'platform super admins only: a whole clinic’s erasure',
  systemAnalytics: "platform admins only: the platform's totals",
  systemUsageUpdated: "platform admins only: the platform's totals, live",
  tenantBackups: 'platform admins only: backups of a named clinic',
  backup: 'platform admins only: backups',
  tenantRestores: 'platform admins only: restores of a named clinic',
  backupProgress: 'platform admins only: backup progress of a named clinic',
  createBackup: 'platform admins only: backups',
  deleteBackup: 'platform admins only: backups',
  verifyBackup: 'platform admins only: backups (drills run in a scratch database)',
  restoreBackup: 'platform admins only: restores',
  cloneBackup: 'platform admins only: clones into a new clinic',
  systemHealth: 'platform admins only: the platform’s health',
  alerts: 'platform admins only: platform alerts',
  acknowledgeAlert: 'platform admins only: platform alerts',
  resolveAlert: 'platform admins only: platform alerts',
  alertRaised: 'platform admins only: platform alerts as they are raised',
  alertChanged: 'platform admins only: platform alerts as they change',
};

const NOT_FOUND: Expectation = { error: 'NOT_FOUND' };
const FORBIDDEN: Expectation = { error: 'FORBIDDEN' };
const badReference = (field: string): Expectation => ({ error: 'BAD_USER_INPUT', field });

const seederOf = (world: IsolationWorld): ApiKeyPrincipal => ({
  kind: 'api_key',
  tenantId: world.b.target.tenant,
  keyId: 'cleanup',
});

/** The id a successful create answered with, when it succeeded. */
const createdId = (data: Record<string, unknown>, field: string): string | undefined => {
  const value = data[field] as { id?: string; api_key?: { id?: string } } | null | undefined;
  return value?.id ?? value?.api_key?.id;
};

const deleteWith =
  (field: string, remove: (world: IsolationWorld, id: string) => Promise<unknown>) =>
  async (world: IsolationWorld, data: Record<string, unknown>) => {
    const id = createdId(data, field);
    if (id) await remove(world, id);
  };

const removeFromB =
  (modelName: 'clinicUsers' | 'apiKeys') => async (world: IsolationWorld, id: string) => {
    const model = world.api.app.models[modelName] as unknown as Model<never>;
    await runAsTenant(world.b.target.tenant, () => model.deleteOne({ _id: id }));
  };

export const CASES: readonly IsolationCase[] = [
  // Staff members
  {
    name: "staffMember with A's id",
    field: 'staffMember',
    document: 'query($id: ID!) { staffMember(id: $id) { id name email } }',
    variables: (t) => ({ id: t.staffMember }),
    expect: NOT_FOUND,
  },
  {
    name: 'staffMembers lists only B',
    field: 'staffMembers',
    document: '{ staffMembers(limit: 100) { totalCount items { id name email } } }',
    variables: () => ({}),
    expect: { list: 'own' },
  },
  {
    name: "staffMembers searching A's marker",
    field: 'staffMembers',
    document: 'query($s: String) { staffMembers(search: $s) { totalCount items { id name } } }',
    variables: (t) => ({ s: t.marker }),
    expect: { list: 'empty' },
  },
  {
    name: "createStaffMember with A's staff e-mail (unique per clinic, so no clash)",
    field: 'createStaffMember',
    document:
      'mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id role active } }',
    variables: (t) => ({ input: { name: 'Dr Probe', email: t.staffEmail, role: 'technician' } }),
    expect: { ok: true },
    cleanup: deleteWith('createStaffMember', (w, id) =>
      w.api.app.services.staffMembers.delete(seederOf(w), id),
    ),
  },
  {
    name: "updateStaffMember with A's id",
    field: 'updateStaffMember',
    document:
      'mutation($id: ID!) { updateStaffMember(id: $id, input: { name: "Taken over" }) { id name } }',
    variables: (t) => ({ id: t.staffMember }),
    expect: NOT_FOUND,
  },
  {
    name: "deleteStaffMember with A's id",
    field: 'deleteStaffMember',
    document: 'mutation($id: ID!) { deleteStaffMember(id: $id) { id deleted } }',
    variables: (t) => ({ id: t.staffMember }),
    expect: NOT_FOUND,
  },

  // GDPR: a clinic owner finds, exports and erases its own pet owners only.
  {
    name: "dataSubject with A's client e-mail, naming A's tenant",
    field: 'dataSubject',
    document:
      'query($e: String!, $t: ID) { dataSubject(email: $e, tenant_id: $t) { client_id first_name } }',
    variables: (t) => ({ e: `client-${t.marker}@example.com`, t: t.tenant }),
    expect: {
      own: async (data) => (data.dataSubject === null ? null : `found ${JSON.stringify(data)}`),
    },
    apiKey: FORBIDDEN,
  },
  {
    name: "requestDataExport for A's client",
    field: 'requestDataExport',
    document:
      'mutation($c: ID!, $t: ID) { requestDataExport(client_id: $c, tenant_id: $t) { url } }',
    variables: (t) => ({ c: t.client, t: t.tenant }),
    expect: NOT_FOUND,
    apiKey: FORBIDDEN,
  },
  {
    name: "erasePersonData of A's client",
    field: 'erasePersonData',
    document:
      'mutation($c: ID!, $t: ID) { erasePersonData(client_id: $c, tenant_id: $t) { scope } }',
    variables: (t) => ({ c: t.client, t: t.tenant }),
    expect: NOT_FOUND,
    apiKey: FORBIDDEN,
  },

  // Clients
  {
    name: "client with A's id",
    field: 'client',
    document: 'query($id: ID!) { client(id: $id) { id first_name last_name email notes } }',
    variables: (t) => ({ id: t.client }),
    expect: NOT_FOUND,
  },
  {
    name: 'clients lists only B',
    field: 'clients',
    document: '{ clients(limit: 100) { totalCount items { id first_name last_name email } } }',
    variables: () => ({}),
    expect: { list: 'own' },
  },
  {
    name: "clients searching A's marker",
    field: 'clients',
    document: 'query($s: String) { clients(search: $s) { totalCount items { id last_name } } }',
    variables: (t) => ({ s: t.marker }),
    expect: { list: 'empty' },
  },
  {
    name: 'createClient lands in B',
    field: 'createClient',
    document:
      'mutation { createClient(input: { first_name: "Probe", last_name: "Client" }) { id last_name } }',
    variables: () => ({}),
    expect: { ok: true },
    cleanup: deleteWith('createClient', (w, id) =>
      w.api.app.services.clients.delete(seederOf(w), id),
    ),
  },
  {
    name: "updateClient with A's id",
    field: 'updateClient',
    document:
      'mutation($id: ID!) { updateClient(id: $id, input: { notes: "Taken over" }) { id notes } }',
    variables: (t) => ({ id: t.client }),
    expect: NOT_FOUND,
  },
  {
    name: "deleteClient with A's id",
    field: 'deleteClient',
    document: 'mutation($id: ID!) { deleteClient(id: $id) { id deleted } }',
    variables: (t) => ({ id: t.client }),
    expect: NOT_FOUND,
  },

  // Patients
  {
    name: "patient with A's id",
    field: 'patient',
    document: 'query($id: ID!) { patient(id: $id) { id name owner { id last_name } } }',
    variables: (t) => ({ id: t.patient }),
    expect: NOT_FOUND,
  },
  {
    name: 'patients lists only B, with owners',
    field: 'patients',
    document:
      '{ patients(limit: 100) { totalCount items { id name microchip_id owner { id last_name } } } }',
    variables: () => ({}),
    expect: { list: 'own' },
  },
  {
    name: "patients filtered by A's client",
    field: 'patients',
    document:
      'query($c: ID) { patients(client_id: $c) { totalCount items { id name owner { id } } } }',
    variables: (t) => ({ c: t.client }),
    expect: { list: 'empty' },
  },
  {
    name: "patients searching A's marker",
    field: 'patients',
    document: 'query($s: String) { patients(search: $s) { totalCount items { id name } } }',
    variables: (t) => ({ s: t.marker }),
    expect: { list: 'empty' },
  },
  {
    name: "createPatient owned by A's client",
    field: 'createPatient',
    document:
      'mutation($c: ID!) { createPatient(input: { name: "Probe", species: cat, client_id: $c }) { id owner { id last_name } } }',
    variables: (t) => ({ c: t.client }),
    expect: badReference('client_id'),
    cleanup: deleteWith('createPatient', (w, id) =>
      w.api.app.services.patients.delete(seederOf(w), id),
    ),
  },
  {
    name: "updatePatient with A's id",
    field: 'updatePatient',
    document:
      'mutation($id: ID!) { updatePatient(id: $id, input: { name: "Taken over" }) { id name } }',
    variables: (t) => ({ id: t.patient }),
    expect: NOT_FOUND,
  },
  {
    name: "updatePatient moving B's pet to A's client",
    field: 'updatePatient',
    document:
      'mutation($id: ID!, $c: ID!) { updatePatient(id: $id, input: { client_id: $c }) { id owner { id last_name } } }',
    variables: (t, own) => ({ id: own.patient, c: t.client }),
    expect: badReference('client_id'),
  },
  {
    name: "deletePatient with A's id",
    field: 'deletePatient',
    document: 'mutation($id: ID!) { deletePatient(id: $id) { id deleted } }',
    variables: (t) => ({ id: t.patient }),
    expect: NOT_FOUND,
  },

  // Appointments
  {
    name: "appointment with A's id",
    field: 'appointment',
    document:
      'query($id: ID!) { appointment(id: $id) { id reason patient { name } staff_member { name } } }',
    variables: (t) => ({ id: t.appointment }),
    expect: NOT_FOUND,
  },
  {
    name: 'appointments lists only B, with patients and staff',
    field: 'appointments',
    document:
      '{ appointments(limit: 100) { totalCount items { id reason patient { id name } staff_member { id name } } } }',
    variables: () => ({}),
    expect: { list: 'own' },
  },
  {
    name: "appointments filtered by A's patient",
    field: 'appointments',
    document: 'query($p: ID) { appointments(patient_id: $p) { totalCount items { id reason } } }',
    variables: (t) => ({ p: t.patient }),
    expect: { list: 'empty' },
  },
  {
    name: "appointments filtered by A's staff member",
    field: 'appointments',
    document:
      'query($s: ID) { appointments(staff_member_id: $s) { totalCount items { id reason } } }',
    variables: (t) => ({ s: t.staffMember }),
    expect: { list: 'empty' },
  },
  {
    name: "createAppointment for A's patient",
    field: 'createAppointment',
    document: `mutation($p: ID!, $s: ID!, $at: DateTimeISO!) {
      createAppointment(input: { patient_id: $p, staff_member_id: $s, starts_at: $at, reason: "Probe" }) {
        id patient { name } staff_member { name }
      }
    }`,
    variables: (t, own) => ({ p: t.patient, s: own.staffMember, at: daysFromNow(20) }),
    expect: badReference('patient_id'),
    cleanup: deleteWith('createAppointment', (w, id) =>
      w.api.app.services.appointments.delete(seederOf(w), id),
    ),
  },
  {
    name: "createAppointment with A's staff member",
    field: 'createAppointment',
    document: `mutation($p: ID!, $s: ID!, $at: DateTimeISO!) {
      createAppointment(input: { patient_id: $p, staff_member_id: $s, starts_at: $at, reason: "Probe" }) {
        id patient { name } staff_member { name }
      }
    }`,
    variables: (t, own) => ({ p: own.patient, s: t.staffMember, at: daysFromNow(21) }),
    expect: badReference('staff_member_id'),
    cleanup: deleteWith('createAppointment', (w, id) =>
      w.api.app.services.appointments.delete(seederOf(w), id),
    ),
  },
  {
    name: "updateAppointment with A's id",
    field: 'updateAppointment',
    document:
      'mutation($id: ID!) { updateAppointment(id: $id, input: { status: cancelled }) { id status } }',
    variables: (t) => ({ id: t.appointment }),
    expect: NOT_FOUND,
  },
  {
    name: "updateAppointment moving B's visit to A's patient",
    field: 'updateAppointment',
    document:
      'mutation($id: ID!, $p: ID!) { updateAppointment(id: $id, input: { patient_id: $p }) { id patient { name } } }',
    variables: (t, own) => ({ id: own.appointment, p: t.patient }),
    expect: badReference('patient_id'),
  },
  {
    name: "updateAppointment giving B's visit to A's staff member",
    field: 'updateAppointment',
    document:
      'mutation($id: ID!, $s: ID!) { updateAppointment(id: $id, input: { staff_member_id: $s }) { id staff_member { name } } }',
    variables: (t, own) => ({ id: own.appointment, s: t.staffMember }),
    expect: badReference('staff_member_id'),
  },
  {
    name: "deleteAppointment with A's id",
    field: 'deleteAppointment',
    document: 'mutation($id: ID!) { deleteAppointment(id: $id) { id deleted } }',
    variables: (t) => ({ id: t.appointment }),
    expect: NOT_FOUND,
  },

  // Payments
  {
    name: "payment with A's id",
    field: 'payment',
    document:
      'query($id: ID!) { payment(id: $id) { id amount note client { last_name } appointment { reason } } }',
    variables: (t) => ({ id: t.payment }),
    expect: NOT_FOUND,
  },
  {
    name: 'payments lists only B, with clients and appointments',
    field: 'payments',
    document:
      '{ payments(limit: 100) { totalCount items { id amount note client { id last_name } appointment { id reason } } } }',
    variables: () => ({}),
    expect: { list: 'own' },
  },
  {
    name: "payments filtered by A's client",
    field: 'payments',
    document: 'query($c: ID) { payments(client_id: $c) { totalCount items { id amount } } }',
    variables: (t) => ({ c: t.client }),
    expect: { list: 'empty' },
  },
  {
    name: "payments filtered by A's appointment",
    field: 'payments',
    document: 'query($a: ID) { payments(appointment_id: $a) { totalCount items { id amount } } }',
    variables: (t) => ({ a: t.appointment }),
    expect: { list: 'empty' },
  },
  {
    name: "recordPayment from A's client",
    field: 'recordPayment',
    document:
      'mutation($c: ID!) { recordPayment(input: { client_id: $c, amount: 10, method: cash }) { id client { last_name } } }',
    variables: (t) => ({ c: t.client }),
    expect: badReference('client_id'),
    cleanup: deleteWith('recordPayment', (w, id) =>
      w.api.app.services.payments.delete(seederOf(w), id),
    ),
  },
  {
    name: "recordPayment for A's appointment",
    field: 'recordPayment',
    document:
      'mutation($c: ID!, $a: ID!) { recordPayment(input: { client_id: $c, appointment_id: $a, amount: 10, method: cash }) { id appointment { reason } } }',
    variables: (t, own) => ({ c: own.client, a: t.appointment }),
    expect: badReference('appointment_id'),
    cleanup: deleteWith('recordPayment', (w, id) =>
      w.api.app.services.payments.delete(seederOf(w), id),
    ),
  },
  {
    name: "updatePayment with A's id",
    field: 'updatePayment',
    document:
      'mutation($id: ID!) { updatePayment(id: $id, input: { note: "Taken over" }) { id note } }',
    variables: (t) => ({ id: t.payment }),
    expect: NOT_FOUND,
  },
  {
    name: "updatePayment linking B's payment to A's appointment",
    field: 'updatePayment',
    document:
      'mutation($id: ID!, $a: ID!) { updatePayment(id: $id, input: { appointment_id: $a }) { id appointment { reason } } }',
    variables: (t, own) => ({ id: own.payment, a: t.appointment }),
    expect: badReference('appointment_id'),
  },
  {
    name: "deletePayment with A's id",
    field: 'deletePayment',
    document: 'mutation($id: ID!) { deletePayment(id: $id) { id deleted } }',
    variables: (t) => ({ id: t.payment }),
    expect: NOT_FOUND,
  },

  // Clinic users and API keys: owners manage their own clinic's; a tenant_id names nothing else.
  {
    name: "apiKeys naming A's tenant",
    field: 'apiKeys',
    document: 'query($t: ID) { apiKeys(tenant_id: $t) { id name prefix } }',
    variables: (t) => ({ t: t.tenant }),
    expect: { list: 'own' },
    apiKey: FORBIDDEN,
  },
  {
    name: "clinicUsers naming A's tenant",
    field: 'clinicUsers',
    document: 'query($t: ID) { clinicUsers(tenant_id: $t) { id name email role } }',
    variables: (t) => ({ t: t.tenant }),
    expect: { list: 'own' },
    apiKey: FORBIDDEN,
  },
  {
    name: "createApiKey naming A's tenant makes a key for B",
    field: 'createApiKey',
    document:
      'mutation($t: ID) { createApiKey(name: "Probe key", tenant_id: $t) { api_key { id name revoked_at } } }',
    variables: (t) => ({ t: t.tenant }),
    expect: { ok: true },
    apiKey: FORBIDDEN,
    cleanup: deleteWith('createApiKey', removeFromB('apiKeys')),
  },
  {
    name: "createClinicUser with A's user e-mail, naming A's tenant (unique per clinic, so no clash)",
    field: 'createClinicUser',
    document:
      'mutation($t: ID, $input: CreateClinicUserInput!) { createClinicUser(tenant_id: $t, input: $input) { id role } }',
    variables: (t) => ({
      t: t.tenant,
      input: {
        email: t.userEmail,
        name: 'Probe User',
        role: 'staff',
        password: 'Probe-Passw0rd-2026!',
      },
    }),
    expect: { ok: true },
    apiKey: FORBIDDEN,
    cleanup: deleteWith('createClinicUser', removeFromB('clinicUsers')),
  },
  {
    name: "changeClinicUserRole with A's user id, naming A's tenant",
    field: 'changeClinicUserRole',
    document:
      'mutation($id: ID!, $t: ID) { changeClinicUserRole(id: $id, role: staff, tenant_id: $t) { id role } }',
    variables: (t) => ({ id: t.clinicUser, t: t.tenant }),
    expect: NOT_FOUND,
    apiKey: FORBIDDEN,
  },
  {
    name: "setClinicUserDisabled with A's user id, naming A's tenant",
    field: 'setClinicUserDisabled',
    document:
      'mutation($id: ID!, $t: ID) { setClinicUserDisabled(id: $id, disabled: true, tenant_id: $t) { id disabled } }',
    variables: (t) => ({ id: t.clinicUser, t: t.tenant }),
    expect: NOT_FOUND,
    apiKey: FORBIDDEN,
  },
  {
    name: "deleteClinicUser with A's user id, naming A's tenant",
    field: 'deleteClinicUser',
    document: 'mutation($id: ID!, $t: ID) { deleteClinicUser(id: $id, tenant_id: $t) }',
    variables: (t) => ({ id: t.clinicUser, t: t.tenant }),
    expect: NOT_FOUND,
    apiKey: FORBIDDEN,
  },
  {
    name: "sendClinicUserPasswordReset with A's user id, naming A's tenant",
    field: 'sendClinicUserPasswordReset',
    document: 'mutation($id: ID!, $t: ID) { sendClinicUserPasswordReset(id: $id, tenant_id: $t) }',
    variables: (t) => ({ id: t.clinicUser, t: t.tenant }),
    expect: NOT_FOUND,
    apiKey: FORBIDDEN,
  },
  {
    name: "inviteClinicUser with A's user e-mail, naming A's tenant (invites to B)",
    field: 'inviteClinicUser',
    document:
      'mutation($t: ID, $input: InviteClinicUserInput!) { inviteClinicUser(tenant_id: $t, input: $input) { id role } }',
    variables: (t) => ({
      t: t.tenant,
      input: { email: t.userEmail, name: 'Probe User', role: 'staff' },
    }),
    expect: { ok: true },
    apiKey: FORBIDDEN,
    cleanup: deleteWith('inviteClinicUser', removeFromB('clinicUsers')),
  },
  {
    name: "revokeApiKey with A's key id",
    field: 'revokeApiKey',
    document: 'mutation($id: ID!) { revokeApiKey(id: $id) { id revoked_at } }',
    variables: (t) => ({ id: t.apiKey }),
    expect: NOT_FOUND,
    apiKey: FORBIDDEN,
  },
  {
    name: "revokeApiKey with A's key id, naming A's tenant",
    field: 'revokeApiKey',
    document:
      'mutation($id: ID!, $t: ID) { revokeApiKey(id: $id, tenant_id: $t) { id revoked_at } }',
    variables: (t) => ({ id: t.apiKey, t: t.tenant }),
    expect: NOT_FOUND,
    apiKey: FORBIDDEN,
  },

  // The caller's own clinic, its usage and its limits.
  {
    name: 'currentClinic is B',
    field: 'currentClinic',
    document: '{ currentClinic { id slug name status } }',
    variables: () => ({}),
    expect: {
      own: async (data, world) => {
        const id = (data.currentClinic as { id?: string } | null)?.id;
        return id === world.b.target.tenant ? null : `expected B's clinic, got ${id}`;
      },
    },
  },
  {
    name: "tenantUsage naming A's tenant",
    field: 'tenantUsage',
    document:
      'query($t: ID) { tenantUsage(tenant_id: $t, days: 2) { tenant_id days { day total } } }',
    variables: (t) => ({ t: t.tenant }),
    expect: NOT_FOUND,
  },
  {
    name: "tenantAnalytics naming A's tenant",
    field: 'tenantAnalytics',
    document:
      'query($t: ID) { tenantAnalytics(tenant_id: $t, period: "7d") { tenant_id usage { staff_count client_count revenue } } }',
    variables: (t) => ({ t: t.tenant }),
    expect: NOT_FOUND,
  },
  {
    name: 'tenantAnalytics without a tenant reads B only',
    field: 'tenantAnalytics',
    document:
      '{ tenantAnalytics(period: "7d") { tenant_id usage { staff_count client_count appointment_count revenue } trends { appointments { daily } } } }',
    variables: () => ({}),
    expect: {
      own: async (data, world) => {
        const analytics = data.tenantAnalytics as {
          tenant_id?: string;
          usage?: { staff_count?: number };
        };
        if (analytics.tenant_id !== world.b.target.tenant)
          return `answered for ${analytics.tenant_id}`;
        return analytics.usage?.staff_count === 1
          ? null
          : `expected B's one staff member, got ${JSON.stringify(analytics.usage)}`;
      },
    },
  },
  {
    name: 'tenantAnalytics while the Redis counters are being rebuilt reads B only (from the rollups)',
    field: 'tenantAnalytics',
    document:
      '{ tenantAnalytics(period: "7d") { tenant_id usage { appointment_count revenue } trends { revenue { daily } } } }',
    variables: () => ({}),
    around: async (world) => {
      const { redis } = world.api.app;
      const marker = `${world.api.redisKeyPrefix}usage:rebuilt`;
      const kept = await redis.get(marker);
      await redis.del(marker);
      return async () => {
        if (kept !== null) await redis.set(marker, kept);
      };
    },
    expect: {
      own: async (data, world) => {
        const analytics = data.tenantAnalytics as {
          tenant_id?: string;
          usage?: { revenue?: number };
        };
        if (analytics.tenant_id !== world.b.target.tenant)
          return `answered for ${analytics.tenant_id}`;
        // B's one payment of 42.50 was flushed into its rollup when the world was seeded.
        return analytics.usage?.revenue === 42.5
          ? null
          : `expected B's revenue 42.5, got ${JSON.stringify(analytics.usage)}`;
      },
    },
  },
  {
    name: 'trackUsage counts for B only',
    field: 'trackUsage',
    document:
      'mutation { trackUsage(events: [{ event: "report_generated", count: 3 }]) { accepted } }',
    variables: () => ({}),
    expect: { ok: true },
    stateOfA: async (world) =>
      world.api.app.services.usage.report(await systemAdmin(world.api.app), {
        tenant_id: world.a.target.tenant,
        days: 2,
      }),
  },
  ...(['add_staff', 'add_client'] as const).map(
    (action): IsolationCase => ({
      name: `checkTenantLimit ${action} counts B's records only`,
      field: 'checkTenantLimit',
      document: `{ checkTenantLimit(action: ${action}) { action allowed limit current } }`,
      variables: () => ({}),
      expect: {
        own: async (data, world) => {
          const current = (data.checkTenantLimit as { current?: number } | null)?.current;
          const tenantId = world.b.target.tenant;
          const model = (action === 'add_staff'
            ? world.api.app.models.staffMembers
            : world.api.app.models.clients) as unknown as Model<never>;
          const filter =
            action === 'add_staff'
              ? { tenant_id: tenantId, active: true }
              : { tenant_id: tenantId };
          const own = await runAsTenant(tenantId, () => model.countDocuments(filter));
          return current === own ? null : `expected B's count ${own}, got ${current}`;
        },
      },
    }),
  ),

  // Subscriptions
  {
    name: "usageUpdated naming A's tenant",
    field: 'usageUpdated',
    document: 'subscription($t: ID) { usageUpdated(tenant_id: $t) { tenant_id } }',
    variables: (t) => ({ t: t.tenant }),
    expect: NOT_FOUND,
    trigger: async (world) => {
      const { usage } = world.api.app.services;
      for (const clinic of [world.a, world.b]) {
        const seeder = { kind: 'api_key' as const, tenantId: clinic.target.tenant, keyId: 'seed' };
        await usage.track(seeder, [{ event: 'report_generated' }]);
      }
    },
  },
  {
    name: 'usageUpdated without a tenant hears only B',
    field: 'usageUpdated',
    // Only the tenant: the counts grow from run to run, and the comparison is of who is heard.
    document: 'subscription { usageUpdated { tenant_id } }',
    variables: () => ({}),
    expect: { events: 'own' },
    trigger: async (world) => {
      const { usage } = world.api.app.services;
      for (const clinic of [world.a, world.b]) {
        const seeder = { kind: 'api_key' as const, tenantId: clinic.target.tenant, keyId: 'seed' };
        await usage.track(seeder, [{ event: 'report_generated' }]);
      }
    },
  },
  {
    name: "tenantConfigChanged naming A's tenant hears only B",
    field: 'tenantConfigChanged',
    document:
      'subscription($t: ID) { tenantConfigChanged(tenant_id: $t) { tenant_id status currency } }',
    variables: (t) => ({ t: t.tenant }),
    expect: { events: 'own' },
    trigger: async (world) => {
      const admin = await systemAdmin(world.api.app);
      const { tenants } = world.api.app.services;
      const address = `${Date.now()} Config Street`;
      await tenants.update(admin, world.a.target.tenant, { address });
      await tenants.update(admin, world.b.target.tenant, { address });
    },
  },
];

/**
 * Every root field is either reached by a case or listed as not tenant-scoped, and every case is
 * valid against the schema (an invalid one would fail the same way for A's ids and for none,
 * and so prove nothing).
 */
export function coverageProblems(schema: GraphQLSchema): string[] {
  const problems: string[] = [];
  const covered = new Set(CASES.map((c) => c.field));
  const known = new Set<string>();
  for (const root of [
    schema.getQueryType(),
    schema.getMutationType(),
    schema.getSubscriptionType(),
  ]) {
    for (const field of Object.keys(root?.getFields() ?? {})) {
      known.add(field);
      if (covered.has(field) || field in NOT_TENANT_SCOPED) continue;
      problems.push(
        `${root!.name}.${field} has no isolation case: add one to test/isolation-cases.ts, or list it in NOT_TENANT_SCOPED with why it reaches no clinic's data`,
      );
    }
  }
  for (const field of Object.keys(NOT_TENANT_SCOPED)) {
    if (!known.has(field))
      problems.push(`NOT_TENANT_SCOPED names ${field}, which the schema no longer has`);
    if (covered.has(field)) problems.push(`${field} has cases but is listed as not tenant-scoped`);
  }
  for (const c of CASES) {
    const document = parse(c.document);
    const errors = validate(schema, document);
    if (errors.length > 0) problems.push(`case "${c.name}" is not valid: ${errors[0]!.message}`);
    const operation = document.definitions.find(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION,
    );
    const roots = operation?.selectionSet.selections.map((s) =>
      s.kind === Kind.FIELD ? s.name.value : '?',
    );
    if (roots?.length !== 1 || roots[0] !== c.field) {
      problems.push(
        `case "${c.name}" must select exactly its field ${c.field}, not ${roots?.join(', ')}`,
      );
    }
  }
  return problems;
}

/**
 * Runs one case as B (with its owner's token or its API key): aimed at A's records, then at
 * records that exist nowhere. Returns what went wrong; an empty list means A stayed out of reach.
 */
export async function runIsolationCase(
  world: IsolationWorld,
  models: readonly Model<never>[],
  isolationCase: IsolationCase,
  who: CredentialKind,
): Promise<string[]> {
  const { api, a, b } = world;
  const credential = who === 'user' ? b.user : b.apiKey;
  const expectation = (who === 'api_key' && isolationCase.apiKey) || isolationCase.expect;
  const control = nowhere();
  const perform = (target: Target): Promise<Answer> => {
    const variables = isolationCase.variables(target, b.target);
    return isolationCase.trigger
      ? subscribeAs(
          api,
          credential,
          isolationCase.document,
          variables,
          () => isolationCase.trigger!(world),
          b.target.tenant,
        )
      : callAs(api, credential, isolationCase.document, variables);
  };
  const cleanUp = async (answer: Answer) => {
    const data = (answer.body as { data?: Record<string, unknown> | null }).data;
    if (data && isolationCase.cleanup) await isolationCase.cleanup(world, data);
  };

  const problems: string[] = [];
  const undo = await isolationCase.around?.(world);
  try {
    const before = await snapshotOf(models, a.target.tenant);
    const stateBefore = JSON.stringify(await isolationCase.stateOfA?.(world));
    const { result: attack, reads } = await readsDuring(api, a.target, () => perform(a.target));
    await cleanUp(attack);
    const unknown = await perform(control);
    await cleanUp(unknown);
    const after = await snapshotOf(models, a.target.tenant);
    const stateAfter = JSON.stringify(await isolationCase.stateOfA?.(world));

    for (const read of reads) problems.push(`read tenant A's data: ${read}`);
    for (const model of Object.keys(before)) {
      if (before[model] !== after[model]) problems.push(`changed tenant A's ${model} documents`);
    }
    if (stateBefore !== stateAfter) problems.push("changed tenant A's state outside the models");
    const shown = leakedValues(attack, a.target);
    if (shown.length > 0) problems.push(`answered with tenant A's ${shown.join(', ')}`);
    const attackText = normalized(attack, a.target);
    const controlText = normalized(unknown, control);
    if (attackText !== controlText) {
      problems.push(
        `answered differently for A's ids than for ids that exist nowhere:\n  A's:     ${attackText}\n  nowhere: ${controlText}`,
      );
    }
    const unmet = await unmetExpectation(expectation, attack, isolationCase.field, world);
    if (unmet) problems.push(unmet);
  } catch (error) {
    problems.push(`failed to run: ${error instanceof Error ? error.stack : String(error)}`);
  } finally {
    await undo?.();
  }
  return problems;
}

/** Which of the target clinic's values appear in an answer. */
function leakedValues(answer: Answer, target: Target): string[] {
  const text = JSON.stringify(answer);
  return Object.entries(target)
    .filter(([, value]) => text.includes(value))
    .map(([key]) => key);
}

/**
 * An answer with the aimed-at values replaced by their names, and every other id (minted by the
 * call itself, or B's) by one placeholder, so A's and nowhere's answers compare as text.
 */
function normalized(answer: Answer, target: Target): string {
  let text = JSON.stringify(answer);
  for (const [key, value] of Object.entries(target)) text = text.split(value).join(`<${key}>`);
  return text.replace(/[0-9a-f]{24}/g, '<id>');
}

async function unmetExpectation(
  expectation: Expectation,
  answer: Answer,
  field: string,
  world: IsolationWorld,
): Promise<string | null> {
  const own = world.b.target;
  const body = answer.body as {
    data?: Record<string, unknown> | null;
    errors?: { extensions?: { code?: string; fields?: { field: string }[] } }[] | null;
    events?: unknown[];
  };
  const text = JSON.stringify(body);
  if ('error' in expectation) {
    const codes = (body.errors ?? []).map((error) => error.extensions?.code);
    if (codes.length !== 1 || codes[0] !== expectation.error) {
      return `expected ${expectation.error}, got ${text}`;
    }
    const fields = body.errors?.[0]?.extensions?.fields?.map((f) => f.field) ?? [];
    if (expectation.field && !fields.includes(expectation.field)) {
      return `expected the error to name ${expectation.field}, got ${text}`;
    }
    return null;
  }
  if (body.errors) return `expected success, got ${text}`;
  if ('list' in expectation) {
    const value = body.data?.[field] as
      | { items?: unknown[]; totalCount?: number }
      | unknown[]
      | undefined;
    const items = Array.isArray(value) ? value : (value?.items ?? []);
    if (expectation.list === 'empty' && items.length > 0)
      return `expected an empty list, got ${text}`;
    if (expectation.list === 'own' && (items.length === 0 || !text.includes(own.marker))) {
      return `expected B's own records, got ${text}`;
    }
    return null;
  }
  if ('own' in expectation) return expectation.own(body.data ?? {}, world);
  if ('events' in expectation) {
    const events = body.events ?? [];
    if (
      events.length === 0 ||
      !events.every((event) => JSON.stringify(event).includes(own.tenant))
    ) {
      return `expected only B's own events, got ${text}`;
    }
  }
  return null;
}
