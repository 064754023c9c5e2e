import { randomBytes } from 'node:crypto';
import type { Writable } from 'node:stream';
import type { Redis } from 'ioredis';
import { Types, type Model } from 'mongoose';
import type { Logger } from 'pino';
import { badInput, conflict, notFound } from '../../common/errors.js';
import { parseObjectId } from '../../common/object-id.js';
import { authorize, type Action } from '../../common/policy.js';
import type { AuthenticatedPrincipal, Principal } from '../../common/principal.js';
import type { Clock } from '../../core/clock.js';
import type { ModelRegistry } from '../../core/registry.js';
import { exactIndex } from '../../crypto/blind-index.js';
import type { Keyring } from '../../crypto/keyring.js';
import { revealDocument } from '../../db/encrypted-fields.plugin.js';
import { isTenantScopedModel } from '../../db/model.js';
import { runAsTenant } from '../../db/tenant-context.js';
import { actorOf, type Actor } from '../security/actor.js';
import type { SecurityLogService } from '../security/security-log.service.js';
import { assertOpen } from '../tenants/clinic-access.js';
import type { TenantDirectory } from '../tenants/tenant-directory.js';
import type { TenantPurgeService } from '../tenants/tenant-purge.service.js';
import type { ErasureModel } from './erasure.model.js';
import { JsonLinesZip, type ArchivedFile } from './json-lines-zip.js';

const EXPORT_LINK_TTL_SECONDS = 300;
const EXPORT_FORMAT = 'vetcares-export';

/** Stored fields no export carries: secrets, and the keyed lookups beside encrypted values. */
const NEVER_EXPORTED = new Set(['password_hash', 'secret_hash', 'pii']);

export interface DataSubject {
  client_id: string;
  tenant_id: string;
  first_name: string;
  last_name: string;
  email: string | null;
  patients: number;
  appointments: number;
  payments: number;
}

export interface ExportScope {
  tenantId: string;
  /** Absent: the whole tenant. */
  clientId: string | null;
}

interface ExportGrant extends ExportScope {
  actor: Actor;
}

export interface ErasureResult {
  scope: 'person' | 'tenant';
  tenant_id: string;
  erased: Record<string, number>;
}

/**
 * GDPR access, portability and erasure (articles 15, 17, 20) for one clinic or one pet owner:
 * exports as a streamed zip of JSON-lines files with a manifest, and erasure from every
 * collection, Redis key and cache, recorded in the audit trail without the erased data and in a
 * ledger that lets a restore apply it again. Admins act on any clinic; a clinic owner on the pet
 * owners of their own clinic.
 *
 * Person-scoped Redis keys follow one convention, `{prefix}t:{tenant}:p:{client}:...`, so an
 * erasure finds them all with one scan (export links live there).
 */
export class PrivacyService {
  constructor(
    private readonly models: ModelRegistry,
    private readonly erasures: ErasureModel,
    private readonly directory: TenantDirectory,
    private readonly purge: TenantPurgeService,
    private readonly security: SecurityLogService,
    private readonly redis: Redis,
    private readonly keyring: Keyring,
    private readonly clock: Clock,
    private readonly keyPrefix: string,
    private readonly log: Logger,
  ) {}

  /** Finds a pet owner by e-mail (a keyed-hash lookup: e-mails are encrypted). */
  async findSubject(
    principal: Principal,
    tenantIdArg: unknown,
    email: unknown,
  ): Promise<DataSubject | null> {
    const { tenantId } = await this.scopeFor(principal, tenantIdArg, 'gdpr:person:export');
    if (typeof email !== 'string' || !email.includes('@')) {
      throw badInput([{ field: 'email', message: 'must be an e-mail address' }]);
    }
    return runAsTenant(tenantId, async () => {
      const client = await this.models.clients
        .findOne({ email: email.trim().toLowerCase() })
        .lean();
      if (!client) return null;
      const patientIds = (
        await this.models.patients.find({ client_id: client._id }, { _id: 1 }).lean()
      ).map((p) => p._id);
      const [appointments, payments] = await Promise.all([
        this.models.appointments.countDocuments({ patient_id: { $in: patientIds } }),
        this.models.payments.countDocuments({ client_id: client._id }),
      ]);
      return {
        client_id: client._id.toHexString(),
        tenant_id: tenantId,
        first_name: client.first_name,
        last_name: client.last_name,
        email: client.email ?? null,
        patients: patientIds.length,
        appointments,
        payments,
      };
    });
  }

  /** A single-use download link, valid for five minutes, for the caller's export. */
  async requestExport(
    principal: Principal,
    tenantIdArg: unknown,
    clientIdArg: unknown,
  ): Promise<{ url: string; expires_at: Date }> {
    const scope = await this.authorizeExport(principal, tenantIdArg, clientIdArg);
    const secret = randomBytes(24).toString('base64url');
    const grant: ExportGrant = { ...scope, actor: actorOf(principal) };
    await this.redis.set(
      this.linkKey(scope, secret),
      JSON.stringify(grant),
      'EX',
      EXPORT_LINK_TTL_SECONDS,
    );
    return {
      url: `/api/exports/${scope.tenantId}.${scope.clientId ?? 'tenant'}.${secret}`,
      expires_at: new Date(this.clock.now().getTime() + EXPORT_LINK_TTL_SECONDS * 1000),
    };
  }

  /** Redeems a download link (once) for the scope and actor it was made for. */
  async redeemLink(token: unknown): Promise<ExportGrant> {
    const match =
      typeof token === 'string'
        ? /^([0-9a-f]{24})\.([0-9a-f]{24}|tenant)\.([A-Za-z0-9_-]{32})$/.exec(token)
        : null;
    if (!match) throw notFound('Export link');
    const scope = { tenantId: match[1]!, clientId: match[2] === 'tenant' ? null : match[2]! };
    const stored = await this.redis.getdel(this.linkKey(scope, match[3]!));
    if (!stored) throw notFound('Export link');
    return JSON.parse(stored) as ExportGrant;
  }

  /** Checks the caller may export this scope, for a direct (bearer) download. */
  async authorizeExport(
    principal: Principal,
    tenantIdArg: unknown,
    clientIdArg: unknown,
  ): Promise<ExportScope> {
    if (clientIdArg === null || clientIdArg === undefined || clientIdArg === '') {
      const { tenantId } = await this.scopeFor(principal, tenantIdArg, 'gdpr:tenant:export');
      return { tenantId, clientId: null };
    }
    const { tenantId } = await this.scopeFor(principal, tenantIdArg, 'gdpr:person:export');
    const clientId = parseObjectId(clientIdArg, 'client_id');
    const exists = await runAsTenant(tenantId, () => this.models.clients.exists({ _id: clientId }));
    if (!exists) throw notFound('Client');
    return { tenantId, clientId: clientId.toHexString() };
  }

  /** Writes the archive to `out`: one JSON-lines file per collection, then the manifest. */
  async writeExport(grant: ExportGrant, out: Writable): Promise<void> {
    const archive = new JsonLinesZip(out);
    const files: ArchivedFile[] = [];
    const tenant = await this.models.tenants.findById(grant.tenantId).lean();
    if (!tenant) throw notFound('Tenant');
    if (grant.clientId) {
      const clientId = new Types.ObjectId(grant.clientId);
      await runAsTenant(grant.tenantId, async () => {
        const patientIds = (
          await this.models.patients.find({ client_id: clientId }, { _id: 1 }).lean()
        ).map((p) => p._id);
        const sources: [string, Model<never>, Record<string, unknown>][] = [
          ['clients', this.models.clients as unknown as Model<never>, { _id: clientId }],
          ['patients', this.models.patients as unknown as Model<never>, { client_id: clientId }],
          [
            'appointments',
            this.models.appointments as unknown as Model<never>,
            { patient_id: { $in: patientIds } },
          ],
          ['payments', this.models.payments as unknown as Model<never>, { client_id: clientId }],
        ];
        for (const [name, model, filter] of sources) {
          files.push(await archive.addLines(`${name}.jsonl`, this.records(model, filter)));
        }
      });
    } else {
      const tenantModel = this.models.tenants as unknown as Model<never>;
      files.push(
        await archive.addLines('tenants.jsonl', this.records(tenantModel, { _id: tenant._id })),
      );
      for (const model of this.scopedModels()) {
        const records = runAsTenantIterable(grant.tenantId, () => this.records(model, {}));
        files.push(await archive.addLines(`${model.collection.collectionName}.jsonl`, records));
      }
    }
    const records = files.reduce((sum, file) => sum + file.records, 0);
    await archive.addJson('manifest.json', {
      format: EXPORT_FORMAT,
      version: 1,
      scope: grant.clientId ? 'person' : 'tenant',
      tenant: { id: grant.tenantId, name: tenant.name, slug: tenant.slug },
      ...(grant.clientId ? { subject: { client_id: grant.clientId } } : {}),
      generated_at: this.clock.now().toISOString(),
      generated_by: grant.actor.id,
      encoding: 'UTF-8 JSON lines, one record per line; dates as ISO 8601; ids as hex strings',
      files,
      records,
    });
    // Recorded before the archive's last bytes leave, so the entry exists when the download ends.
    await this.security.record({
      tenant_id: grant.tenantId,
      event: grant.clientId ? 'personal_data_exported' : 'tenant_data_exported',
      actor: grant.actor,
      details: {
        ...(grant.clientId ? { subject_ref: this.subjectRef(grant.tenantId, grant.clientId) } : {}),
        records,
        files: files.map((file) => ({ name: file.name, records: file.records })),
      },
    });
    await archive.close();
  }

  /**
   * Erases one pet owner: their visits and pets, their record, their Redis keys; their payments
   * stay for the books with the payer's identity (client, visit and note) removed.
   */
  async erasePerson(
    principal: Principal,
    tenantIdArg: unknown,
    clientIdArg: unknown,
  ): Promise<ErasureResult> {
    const { tenantId, actor } = await this.scopeFor(principal, tenantIdArg, 'gdpr:person:erase');
    const clientId = parseObjectId(clientIdArg, 'client_id');
    const exists = await runAsTenant(tenantId, () => this.models.clients.exists({ _id: clientId }));
    if (!exists) throw notFound('Client');
    const subjectRef = this.subjectRef(tenantId, clientId.toHexString());
    await this.erasures.updateOne(
      { tenant_id: tenantId, scope: 'person', subject_ref: subjectRef },
      { $setOnInsert: { state: 'in_progress', requested_by: actorOf(actor).id } },
      { upsert: true },
    );
    const erased = await this.eraseClient(tenantId, clientId);
    await this.erasures.updateOne(
      { tenant_id: tenantId, scope: 'person', subject_ref: subjectRef },
      { $set: { state: 'completed', erased, completed_at: this.clock.now() } },
    );
    await this.security.record({
      tenant_id: tenantId,
      event: 'personal_data_erased',
      actor: actorOf(actor),
      details: { subject_ref: subjectRef, erased },
    });
    return { scope: 'person', tenant_id: tenantId, erased };
  }

  /**
   * Erases a whole clinic now, without waiting for the deleted-tenant retention: every
   * tenant-scoped document, its Redis keys and caches, and the tenant itself. The clinic must be
   * deleted first, and the caller must name its slug. Its audit chain is kept (legal obligation).
   */
  async eraseTenant(
    principal: Principal,
    tenantIdArg: unknown,
    confirmSlug: unknown,
  ): Promise<ErasureResult> {
    const admin = authorize(principal, 'gdpr:tenant:erase');
    const tenantId = parseObjectId(tenantIdArg, 'tenant_id').toHexString();
    const tenant = await this.models.tenants.findById(tenantId, { slug: 1, status: 1 }).lean();
    if (!tenant) throw notFound('Tenant');
    if (confirmSlug !== tenant.slug) {
      throw badInput([{ field: 'confirm_slug', message: "must be the tenant's slug, to confirm" }]);
    }
    if (tenant.status !== 'deleted') {
      throw conflict('tenant_id', 'Delete the tenant first; erasure then removes its data at once');
    }
    await this.erasures.updateOne(
      { tenant_id: tenantId, scope: 'tenant', subject_ref: 'tenant' },
      { $setOnInsert: { state: 'in_progress', requested_by: actorOf(admin).id } },
      { upsert: true },
    );
    const erased = await this.purge.eraseTenant(tenantId);
    await this.erasures.updateOne(
      { tenant_id: tenantId, scope: 'tenant', subject_ref: 'tenant' },
      { $set: { state: 'completed', erased, completed_at: this.clock.now() } },
    );
    await this.security.record({
      tenant_id: tenantId,
      event: 'tenant_data_erased',
      actor: actorOf(admin),
      details: { erased },
    });
    return { scope: 'tenant', tenant_id: tenantId, erased };
  }

  /**
   * Applies every recorded erasure of a tenant again: what a restore from a backup taken before
   * them must call, so restored data of erased people (or an erased clinic) does not come back.
   */
  async reapplyErasures(tenantId: string): Promise<number> {
    const recorded = await this.erasures.find({ tenant_id: tenantId }).lean();
    let applied = 0;
    if (recorded.some((erasure) => erasure.scope === 'tenant')) {
      await this.purge.eraseTenant(tenantId);
      return recorded.length;
    }
    const wanted = new Set(recorded.map((erasure) => erasure.subject_ref));
    if (wanted.size === 0) return 0;
    const clients = await runAsTenant(tenantId, () =>
      this.models.clients.find({}, { _id: 1 }).lean(),
    );
    for (const client of clients) {
      const id = client._id.toHexString();
      if (
        this.keyring.hmacKeyIds.some((keyId) => wanted.has(this.subjectRef(tenantId, id, keyId)))
      ) {
        await this.eraseClient(tenantId, client._id);
        applied += 1;
      }
    }
    if (applied > 0) this.log.info({ tenantId, applied }, 'erasures applied again after a restore');
    return applied;
  }

  private async eraseClient(
    tenantId: string,
    clientId: Types.ObjectId,
  ): Promise<Record<string, number>> {
    return runAsTenant(tenantId, async () => {
      const patientIds = (
        await this.models.patients.find({ client_id: clientId }, { _id: 1 }).lean()
      ).map((p) => p._id);
      const appointmentIds = (
        await this.models.appointments.find({ patient_id: { $in: patientIds } }, { _id: 1 }).lean()
      ).map((a) => a._id);
      // Payments first: they lose the payer, then whatever else pointed at the erased visits.
      const paid = await this.models.payments.updateMany(
        { client_id: clientId },
        {
          $set: {
            client_id: null,
            appointment_id: null,
            note: null,
            payer_erased_at: this.clock.now(),
          },
        },
      );
      if (appointmentIds.length > 0) {
        await this.models.payments.updateMany(
          { appointment_id: { $in: appointmentIds } },
          { $set: { appointment_id: null } },
        );
      }
      const appointments = await this.models.appointments.deleteMany({
        _id: { $in: appointmentIds },
      });
      const patients = await this.models.patients.deleteMany({ client_id: clientId });
      const clients = await this.models.clients.deleteOne({ _id: clientId });
      const keys = await this.deleteKeys(
        `${this.keyPrefix}t:${tenantId}:p:${clientId.toHexString()}:*`,
      );
      return {
        clients: clients.deletedCount,
        patients: patients.deletedCount,
        appointments: appointments.deletedCount,
        payments_anonymized: paid.modifiedCount,
        redis_keys: keys,
      };
    });
  }

  private async deleteKeys(pattern: string): Promise<number> {
    let cursor = '0';
    let deleted = 0;
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      if (keys.length > 0) deleted += await this.redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    return deleted;
  }

  /** A keyed hash of a person's record id: names them in the ledger and the log, and only there. */
  private subjectRef(
    tenantId: string,
    clientId: string,
    keyId = this.keyring.activeHmacKey.id,
  ): string {
    return exactIndex(this.keyring, keyId, tenantId, 'gdpr_subject', clientId);
  }

  private linkKey(scope: ExportScope, secret: string): string {
    return scope.clientId
      ? `${this.keyPrefix}t:${scope.tenantId}:p:${scope.clientId}:export:${secret}`
      : `${this.keyPrefix}t:${scope.tenantId}:export:${secret}`;
  }

  private scopedModels(): Model<never>[] {
    return (Object.values(this.models) as Model<never>[]).filter(isTenantScopedModel);
  }

  /** A collection's records as plain JSON values, decrypted, without secrets or lookups. */
  private async *records(
    model: Model<never>,
    filter: Record<string, unknown>,
  ): AsyncIterable<Record<string, unknown>> {
    const cursor = (model as unknown as Model<Record<string, unknown>>)
      .find(filter)
      .lean()
      .cursor();
    for await (const stored of cursor) {
      const clear = revealDocument(model, stored as Record<string, unknown>);
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(clear)) {
        if (!NEVER_EXPORTED.has(key)) out[key] = value;
      }
      yield JSON.parse(JSON.stringify(out)) as Record<string, unknown>;
    }
  }

  /**
   * The clinic an operation acts on: an admin names it; a clinic principal acts on its own
   * (whatever it names), and its clinic must be open.
   */
  private async scopeFor(
    principal: Principal,
    tenantIdArg: unknown,
    action: Action,
  ): Promise<{ tenantId: string; actor: AuthenticatedPrincipal }> {
    const actor = authorize(principal, action);
    if (actor.kind === 'admin') {
      if (!tenantIdArg) throw badInput([{ field: 'tenant_id', message: 'is required for admins' }]);
      const tenantId = parseObjectId(tenantIdArg, 'tenant_id').toHexString();
      const tenant = await this.directory.byId(tenantId);
      if (!tenant) throw notFound('Tenant');
      return { tenantId, actor };
    }
    assertOpen(await this.directory.byId(actor.tenantId));
    return { tenantId: actor.tenantId, actor };
  }
}

/** Iterates inside the tenant's context: each batch the cursor fetches is scoped to it. */
async function* runAsTenantIterable<T>(
  tenantId: string,
  make: () => AsyncIterable<T>,
): AsyncIterable<T> {
  const iterator = (await runAsTenant(tenantId, () => make()))[Symbol.asyncIterator]();
  for (;;) {
    const next = await runAsTenant(tenantId, () => iterator.next());
    if (next.done) return;
    yield next.value;
  }
}
