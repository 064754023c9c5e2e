import { randomBytes } from 'node:crypto';
import { Types, type Model } from 'mongoose';
import type { ApiKeyPrincipal } from '../src/common/principal.js';
import { TenantScopeError } from '../src/db/tenant-scope.plugin.js';
import { clinicGraphql, daysFromNow, type ClinicCredential } from './clinic-api.js';
import { createClinicTenant } from './clinic-factories.js';
import { systemAdmin } from './factories.js';
import type { TestApi } from './harness.js';
import { listeningIn, wsClient } from './subscription-listening.js';

/**
 * The two seeded clinics of the isolation suites, and how a case is run against them: tenant B
 * tries tenant A's ids, and the answer must give nothing of A away and change nothing of A's.
 */

/** What a case may aim at: one clinic's records, or values that exist nowhere (the control). */
export interface Target {
  tenant: string;
  staffMember: string;
  client: string;
  patient: string;
  appointment: string;
  payment: string;
  apiKey: string;
  clinicUser: string;
  staffEmail: string;
  userEmail: string;
  /** A word in every text field of the clinic's records, so any leak of them shows. */
  marker: string;
}

export interface SeededClinic {
  target: Target;
  user: ClinicCredential;
  apiKey: ClinicCredential;
}

export interface IsolationWorld {
  api: TestApi;
  /** The clinic whose data must stay out of reach. */
  a: SeededClinic;
  /** The clinic that tries to reach it. */
  b: SeededClinic;
}

const PASSWORD = 'Isolation-Passw0rd-2026!';

const randomHex = (bytes: number): string => randomBytes(bytes).toString('hex');

/** Ids and values no clinic has: what "does not exist" answers to. */
export function nowhere(): Target {
  const id = () => new Types.ObjectId().toHexString();
  const marker = `nowhere${randomHex(4)}`;
  return {
    tenant: id(),
    staffMember: id(),
    client: id(),
    patient: id(),
    appointment: id(),
    payment: id(),
    apiKey: id(),
    clinicUser: id(),
    staffEmail: `vet-${marker}@clinic.example`,
    userEmail: `owner-${marker}@clinic.example`,
    marker,
  };
}

/** A clinic with one record of every kind, an owner who is signed in, and an API key. */
export async function seedClinic(api: TestApi, label: string): Promise<SeededClinic> {
  const { services } = api.app;
  const marker = `${label}${randomHex(4)}`;
  const tenant = await createClinicTenant(api.app);
  const tenantId = tenant.id;
  const seeder: ApiKeyPrincipal = { kind: 'api_key', tenantId, keyId: 'seed' };
  const admin = await systemAdmin(api.app);

  const staff = await services.staffMembers.create(seeder, {
    name: `Dr ${marker}`,
    email: `vet-${marker}@clinic.example`,
    role: 'veterinarian',
  });
  const client = await services.clients.create(seeder, {
    first_name: marker,
    last_name: `Owner ${marker}`,
    email: `client-${marker}@example.com`,
    notes: `Notes ${marker}`,
  });
  const patient = await services.patients.create(seeder, {
    name: `Pet ${marker}`,
    species: 'dog',
    client_id: client.id,
    // Random, not the clock: the two clinics are seeded at once and must not share a chip.
    microchip_id: `9851${randomBytes(8).readBigUInt64BE().toString().slice(-11).padStart(11, '0')}`,
  });
  const appointment = await services.appointments.create(seeder, {
    patient_id: patient.id,
    staff_member_id: staff.id,
    starts_at: new Date(daysFromNow(3)),
    reason: `Visit ${marker}`,
  });
  const payment = await services.payments.record(seeder, {
    client_id: client.id,
    appointment_id: appointment.id,
    amount: 42.5,
    method: 'card',
    note: `Paid ${marker}`,
  });

  const userEmail = `owner-${marker}@clinic.example`;
  const user = await services.clinicUsers.create(admin, tenantId, {
    email: userEmail,
    name: `Owner ${marker}`,
    password: PASSWORD,
    role: 'owner',
  });
  const { token } = await services.clinicAuth.signIn(
    { slug: tenant.slug, email: userEmail, password: PASSWORD },
    undefined,
  );
  const created = await services.clinicAuth.createApiKey(admin, tenantId, `Key ${marker}`);

  return {
    target: {
      tenant: tenantId,
      staffMember: staff.id,
      client: client.id,
      patient: patient.id,
      appointment: appointment.id,
      payment: payment.id,
      apiKey: created.api_key.id,
      clinicUser: user.id,
      staffEmail: staff.email,
      userEmail,
      marker,
    },
    user: { kind: 'user', role: 'owner', token },
    apiKey: { kind: 'api_key', key: created.key },
  };
}

export async function seedWorld(api: TestApi): Promise<IsolationWorld> {
  const [a, b] = await Promise.all([seedClinic(api, 'alpha'), seedClinic(api, 'bravo')]);
  // Their activity counters, flushed, so every tenant-scoped model holds a document of each.
  await api.app.services.usageFlush.flush();
  return { api, a, b };
}

/**
 * The models the scope plugin confines, found by behaviour rather than by a list: such a model
 * refuses a query made with no tenant in context. A model added later is included by itself.
 */
export async function tenantScopedModels(api: TestApi): Promise<Model<never>[]> {
  const scoped: Model<never>[] = [];
  for (const model of Object.values(api.app.models) as unknown as Model<never>[]) {
    try {
      await model.countDocuments();
    } catch (error) {
      if (error instanceof TenantScopeError) scoped.push(model);
      else throw error;
    }
  }
  return scoped;
}

/** Every document of the tenant in every tenant-scoped model, read directly, as text. */
export async function snapshotOf(
  models: readonly Model<never>[],
  tenantId: string,
): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  for (const model of models) {
    // Read through the driver, below every plugin: the snapshot stays right while a test has
    // switched the model's scoping off, and a document moved into the tenant shows as it is
    // stored (its encrypted fields, bound to the tenant they were written in, would not decrypt).
    const docs = await model.collection.find({ tenant_id: tenantId }).sort({ _id: 1 }).toArray();
    snapshot[model.modelName] = JSON.stringify(docs);
  }
  return snapshot;
}

/**
 * Watches the database replies while `work` runs and reports any that carried one of the
 * target clinic's documents: a read of its data, even one the response then hides.
 * Needs the API started with MONGODB_MONITOR_COMMANDS on.
 */
export async function readsDuring<T>(
  api: TestApi,
  target: Target,
  work: () => Promise<T>,
): Promise<{ result: T; reads: string[] }> {
  const recordIds = new Set(
    [target.staffMember, target.client, target.patient, target.appointment, target.payment].concat([
      target.apiKey,
      target.clinicUser,
    ]),
  );
  const reads: string[] = [];
  const client = api.app.connection.getClient();
  const listener = (event: { commandName: string; reply?: unknown }) => {
    const found = findTargetData(event.reply, target.tenant, recordIds);
    if (found) reads.push(`${event.commandName} returned ${found}`);
  };
  client.on('commandSucceeded', listener);
  try {
    return { result: await work(), reads };
  } finally {
    client.off('commandSucceeded', listener);
  }
}

function findTargetData(
  value: unknown,
  tenantId: string,
  recordIds: Set<string>,
  depth = 0,
): string | null {
  if (depth > 8 || value === null || typeof value !== 'object') return null;
  if (value instanceof Types.ObjectId) {
    return recordIds.has(value.toHexString()) ? `record ${value.toHexString()}` : null;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findTargetData(item, tenantId, recordIds, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (record.tenant_id === tenantId) return `a document of tenant ${tenantId}`;
  for (const item of Object.values(record)) {
    const found = findTargetData(item, tenantId, recordIds, depth + 1);
    if (found) return found;
  }
  return null;
}

/** What a call answered, reduced to what a client sees. */
export interface Answer {
  status: number;
  body: unknown;
}

export async function callAs(
  api: TestApi,
  credential: ClinicCredential,
  document: string,
  variables: Record<string, unknown>,
): Promise<Answer> {
  const response = await clinicGraphql(api, credential, document, variables);
  return {
    status: response.status,
    body: { data: response.data ?? null, errors: response.errors ?? null },
  };
}

/**
 * Subscribes as the clinic and, once this subscription hears every event (or was refused), lets
 * `trigger` cause events; answers with what arrived up to and including the first event of the
 * caller's own clinic, or with the error. The trigger must cause that own event last: it is the
 * sentinel that everything caused before it has been delivered, or never will be (one Redis
 * channel delivers in order), so "nothing of A's came" is decided without waiting on a clock.
 */
export async function subscribeAs(
  api: TestApi,
  credential: ClinicCredential,
  document: string,
  variables: Record<string, unknown>,
  trigger: () => Promise<void>,
  ownTenantId: string,
): Promise<Answer> {
  const listening = listeningIn(api.app);
  const { client, subscribe } = wsClient(
    api.url,
    credential.kind === 'user'
      ? { authorization: `Bearer ${credential.token}` }
      : { 'x-api-key': credential.key },
  );
  const events: unknown[] = [];
  let failure: unknown = null;
  try {
    let settle: () => void = () => undefined;
    const settled = new Promise<void>((resolve) => (settle = resolve));
    const { operationId } = subscribe(
      { query: document, variables },
      {
        next: (value) => {
          if (value.errors) failure = value.errors;
          else events.push(value.data);
          if (value.errors || JSON.stringify(value.data).includes(ownTenantId)) settle();
        },
        error: (error: unknown) => {
          failure = describeFailure(error);
          settle();
        },
        complete: () => settle(),
      },
    );
    await Promise.race([listening(operationId), settled]);
    if (failure === null) {
      const triggered = await trigger().then(
        () => true,
        (error: unknown) => ((failure = String(error)), false),
      );
      if (triggered) await settled;
    }
  } finally {
    listening.stop();
    await client.dispose();
  }
  return { status: 0, body: { events, errors: failure } };
}

/** Errors arrive as GraphQL errors, an Error, or a close event; keep what a client could see. */
function describeFailure(error: unknown): unknown {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'code' in error && 'reason' in error) {
    const { code, reason } = error as { code: unknown; reason: unknown };
    return { closed: code, reason };
  }
  return error;
}
