import type { Redis } from 'ioredis';
import { Types, type Model, type mongo } from 'mongoose';
import type { Logger } from 'pino';
import { AppError, badInput, conflict, notFound } from '../../common/errors.js';
import { parseObjectId } from '../../common/object-id.js';
import { authorize } from '../../common/policy.js';
import type { Principal } from '../../common/principal.js';
import type { Clock } from '../../core/clock.js';
import { exactIndex } from '../../crypto/blind-index.js';
import type { Keyring } from '../../crypto/keyring.js';
import type { TaskQueue } from '../../jobs/task-queue.js';
import type { ErasureModel } from '../privacy/erasure.model.js';
import type { PrivacyService } from '../privacy/privacy.service.js';
import { actorOf } from '../security/actor.js';
import type { SecurityLogService } from '../security/security-log.service.js';
import type { TenantPurgeService } from '../tenants/tenant-purge.service.js';
import type { TenantModel } from '../tenants/tenant.model.js';
import type { TenantService } from '../tenants/tenant.service.js';
import type { TenantFieldsInput } from '../tenants/tenant.fields.js';
import { corrupt } from './archive.js';
import type { RestoreMode } from './backup.constants.js';
import type { BackupDocument, RestoreDocument, RestoreModel } from './backup.model.js';
import {
  progressOf,
  SNAPSHOT_FIELDS,
  type BackupService,
  type BackupTask,
} from './backup.service.js';
import { fromCanonicalText } from './canonical.js';
import { CloneTransform } from './clone-transform.js';
import type { RunLease } from './run-lease.js';
import type { TenantData } from './tenant-data.js';

/** A clone is a sandbox: it never gets the source's API keys (nor its custom domain). */
const NOT_CLONED = new Set(['api_keys']);
const BATCH = 1000;
const ID_IN_TEXT = /"_id":\{"\$oid":"([0-9a-f]{24})"\}/g;

export type RestoreView = ReturnType<typeof toRestoreView>;

export const toRestoreView = (doc: RestoreDocument) => ({
  id: doc._id.toHexString(),
  backup_id: doc.backup_id,
  mode: doc.mode,
  source_tenant_id: doc.source_tenant_id,
  target_tenant_id: doc.target_tenant_id,
  status: doc.status,
  phase: doc.phase,
  progress: progressOf(doc.status, doc.documents_done, doc.documents_total),
  pre_restore_backup_id: doc.pre_restore_backup_id,
  started_at: doc.started_at,
  completed_at: doc.completed_at,
  error: doc.error,
});

export interface RestoreSettings {
  keyPrefix: string;
  staleSeconds: number;
  attempts: number;
}

/**
 * Restore (into the same tenant, replacing its data) and clone (into a new tenant with a new
 * slug, no API keys, no domain). The scheme, safe without transactions:
 *
 * 1. The archive is read once and every checksum checked before anything is written.
 * 2. The target is write-locked (a Redis flag every clinic write checks) from the request on.
 * 3. A restore first backs the tenant up (kind `pre_restore`).
 * 4. Each collection of the target is emptied and filled from the archive, which is the staging
 *    copy: verified, immutable, and kept from retention while a restore uses it. The phase is
 *    recorded, so an interrupted run is retried from "replace" (idempotent: empty, then fill).
 * 5. Erasures recorded since the backup are applied again (privacy.reapplyErasures).
 * 6. The lock is lifted. A run that finally fails puts the pre-restore backup back (or removes
 *    the half-made clone) before lifting it.
 */
export class RestoreService {
  private queue: TaskQueue<BackupTask> | null = null;

  constructor(
    private readonly backups: BackupService,
    private readonly restores: RestoreModel,
    private readonly data: TenantData,
    private readonly tenantModel: TenantModel,
    private readonly tenants: TenantService,
    private readonly privacy: PrivacyService,
    private readonly erasures: ErasureModel,
    private readonly purge: TenantPurgeService,
    private readonly security: SecurityLogService,
    private readonly redis: Redis,
    private readonly keyring: Keyring,
    private readonly clock: Clock,
    private readonly settings: RestoreSettings,
    private readonly log: Logger,
  ) {}

  useQueue(queue: TaskQueue<BackupTask>): void {
    this.queue = queue;
  }

  private lockKey(tenantId: string): string {
    return `${this.settings.keyPrefix}restoring:${tenantId}`;
  }

  /** The clinic write gate: refuses while the tenant is being restored. */
  async assertWritable(tenantId: string): Promise<void> {
    if ((await this.redis.exists(this.lockKey(tenantId))) > 0) {
      throw new AppError(
        'TENANT_RESTORING',
        'This clinic is being restored from a backup; try again when it ends',
      );
    }
  }

  async isRestoring(tenantId: string): Promise<boolean> {
    return (await this.redis.exists(this.lockKey(tenantId))) > 0;
  }

  async restore(principal: Principal, backupIdArg: unknown): Promise<RestoreView> {
    const actor = authorize(principal, 'backups:restore');
    const backup = await this.completedBackup(backupIdArg);
    const tenant = await this.tenantModel.exists({ _id: backup.tenant_id });
    if (!tenant) throw notFound('Tenant');
    await this.refuseErasedTenant(backup.tenant_id);
    return this.begin(backup, 'restore', backup.tenant_id, actorOf(actor).id);
  }

  async clone(
    principal: Principal,
    backupIdArg: unknown,
    slug: unknown,
    name: unknown,
  ): Promise<RestoreView> {
    authorize(principal, 'backups:restore');
    const backup = await this.completedBackup(backupIdArg);
    await this.refuseErasedTenant(backup.tenant_id);
    if (typeof slug !== 'string' || slug.trim() === '') {
      throw badInput([
        { field: 'slug', message: 'is required: the clone needs a slug of its own' },
      ]);
    }
    const snapshot = backup.tenant_snapshot ?? {};
    const source = await this.tenantModel.findById(backup.tenant_id).lean();
    const input: Record<string, unknown> = {};
    for (const field of SNAPSHOT_FIELDS) {
      if (snapshot[field] !== null && snapshot[field] !== undefined) input[field] = snapshot[field];
    }
    Object.assign(input, {
      slug: slug.trim(),
      name:
        typeof name === 'string' && name.trim() !== ''
          ? name.trim()
          : `${String(snapshot.name ?? 'Clinic')} (clone)`,
      contact_email: source?.contact_email ?? `clone-${slug.trim()}@invalid.example`,
      status: 'active',
      api_access: false,
      domain: null,
    });
    // tenants.create authorizes tenants:create and validates the slug (unique, well formed).
    const clone = await this.tenants.create(principal, input as TenantFieldsInput);
    return this.begin(backup, 'clone', clone.id, actorOf(principal).id);
  }

  private async begin(
    backup: BackupDocument,
    mode: RestoreMode,
    targetTenantId: string,
    requestedBy: string,
  ): Promise<RestoreView> {
    const _id = new Types.ObjectId();
    const locked = await this.redis.set(this.lockKey(targetTenantId), _id.toHexString(), 'NX');
    if (locked !== 'OK') throw conflict('backup_id', 'This tenant is already being restored');
    const now = this.clock.now();
    const restore = await this.restores.create({
      _id,
      backup_id: backup._id.toHexString(),
      mode,
      source_tenant_id: backup.tenant_id,
      target_tenant_id: targetTenantId,
      status: 'in_progress',
      phase: 'verifying',
      documents_total: backup.collections.reduce((sum, entry) => sum + entry.count, 0),
      started_at: now,
      heartbeat_at: now,
      requested_by: requestedBy,
    });
    if (!this.queue) throw new Error('The backups queue has not started');
    await this.queue.enqueue(
      'restore',
      { type: 'restore', restoreId: _id.toHexString() },
      `restore-${_id.toHexString()}`,
    );
    this.publish(restore.toObject());
    return toRestoreView(restore.toObject());
  }

  private async completedBackup(idArg: unknown): Promise<BackupDocument> {
    const backup = await this.backups.find(idArg, 'backup_id');
    if (backup.status !== 'completed') {
      throw badInput([{ field: 'backup_id', message: 'only a completed backup can be restored' }]);
    }
    return backup;
  }

  /** An erased clinic stays erased: its old backups restore nothing. */
  private async refuseErasedTenant(tenantId: string): Promise<void> {
    if (await this.erasures.exists({ tenant_id: tenantId, scope: 'tenant' })) {
      throw conflict('backup_id', "This clinic's data was erased (GDPR); its backups are void");
    }
  }

  async get(principal: Principal, idArg: unknown): Promise<RestoreView> {
    authorize(principal, 'backups:read');
    const restore = await this.restores.findById(parseObjectId(idArg)).lean();
    if (!restore) throw notFound('Restore');
    return toRestoreView(restore);
  }

  async list(principal: Principal, tenantIdArg: unknown): Promise<RestoreView[]> {
    authorize(principal, 'backups:read');
    const tenantId = parseObjectId(tenantIdArg, 'tenant_id').toHexString();
    const found = await this.restores
      .find({ $or: [{ target_tenant_id: tenantId }, { source_tenant_id: tenantId }] })
      .sort({ started_at: -1 })
      .limit(50)
      .lean();
    return found.map(toRestoreView);
  }

  /** The queue's handler for one restore or clone; see the class comment for the scheme. */
  async run(restoreId: string, attempt: number): Promise<void> {
    const found = await this.restores.findById(restoreId).lean<RestoreDocument>();
    if (!found || found.status !== 'in_progress') return;
    const lease = this.backups.lease(restoreId);
    // Another worker runs it now: that run finishes it.
    if (!(await lease.acquire())) return;
    this.leases.set(restoreId, lease);
    const stopRenewing = lease.keepAlive();
    try {
      await this.runLeased(found, attempt);
    } finally {
      stopRenewing();
      this.leases.delete(restoreId);
      await lease.release();
    }
  }

  private readonly leases = new Map<string, RunLease>();

  private async runLeased(found: RestoreDocument, attempt: number): Promise<void> {
    const restoreId = found._id.toHexString();
    await this.restores.updateOne(
      { _id: found._id, status: 'in_progress' },
      { $set: { running_since: this.clock.now(), heartbeat_at: this.clock.now() } },
    );
    let restore: RestoreDocument = found;
    const backup = await this.backups.find(restore.backup_id, 'backup_id');
    const transform =
      restore.mode === 'clone'
        ? new CloneTransform(this.keyring, restore.source_tenant_id, restore.target_tenant_id)
        : null;
    try {
      // 1. Verify everything before anything is written (a clone notes the ids it will remap).
      await this.backups.readVerified(
        backup,
        transform
          ? (_collection, canonical) => {
              for (const match of canonical.matchAll(ID_IN_TEXT)) {
                transform.noteId(new Types.ObjectId(match[1]!));
              }
            }
          : undefined,
      );
      if (restore.phase === 'verifying') {
        restore = await this.advance(
          restore,
          restore.mode === 'restore' ? 'backing_up' : 'replacing',
        );
      }
      // 3. The tenant as it is now, so a restore can be undone.
      if (restore.phase === 'backing_up') {
        const before = await this.backups.takeNow(
          restore.target_tenant_id,
          'pre_restore',
          restore.requested_by,
        );
        restore = await this.advance(restore, 'replacing', {
          pre_restore_backup_id: before._id.toHexString(),
        });
      }
      // 4. Empty, then fill from the archive. A clone's new ids are made afresh by each run, so
      // a clone resumed after its fill fills again (its erasures are carried by those ids).
      if (transform && restore.phase === 'erasures') {
        restore = await this.advance(restore, 'replacing');
      }
      let clientIds: string[] = [];
      if (restore.phase === 'replacing') {
        clientIds = await this.replace(restore, backup, transform);
        restore = await this.advance(restore, 'erasures');
      }
      // 5. What was erased since the backup stays erased.
      if (restore.phase === 'erasures') {
        if (transform) await this.carryErasures(restore, transform, clientIds);
        await this.privacy.reapplyErasures(restore.target_tenant_id);
      }
      await this.finish(restore, 'completed', null);
      await this.security.record({
        tenant_id: restore.target_tenant_id,
        event: restore.mode === 'restore' ? 'tenant_restored' : 'tenant_cloned',
        actor: { id: restore.requested_by, label: null },
        details: {
          backup_id: restore.backup_id,
          source_tenant_id: restore.source_tenant_id,
          pre_restore_backup_id: restore.pre_restore_backup_id,
        },
      });
    } catch (error) {
      const untouched = restore.phase === 'verifying' || restore.phase === 'backing_up';
      const final =
        untouched ||
        attempt >= this.settings.attempts ||
        (error instanceof AppError && error.code === 'BACKUP_CORRUPT');
      this.log.error({ err: error, restoreId, attempt, final }, 'restore run failed');
      if (!final) throw error; // retried by the queue, from the phase reached
      if (!untouched) await this.rollBack(restore);
      await this.finish(restore, 'failed', (error as Error).message);
    }
  }

  /** Empties the target's collections, then fills them from the archive in batches. */
  private async replace(
    restore: RestoreDocument,
    backup: BackupDocument,
    transform: CloneTransform | null,
  ): Promise<string[]> {
    const target = restore.target_tenant_id;
    for (const model of this.data.scopedModels()) await this.data.empty(model, target);
    const sourceClientIds: string[] = [];
    let batch: mongo.Document[] = [];
    let model: Model<never> | undefined;
    let current: string | null = null;
    let done = 0;
    // One batch is written while the next is read and checked: the archive's CPU work (gunzip,
    // hashing, parsing) overlaps the database's.
    let inflight: Promise<void> = Promise.resolve();
    const flush = async () => {
      if (!model || batch.length === 0) return;
      const docs = batch;
      const into = model;
      batch = [];
      await inflight;
      inflight = insertAll(into, docs).then(() => {
        done += docs.length;
        return this.beat(restore, done);
      });
      inflight.catch(() => undefined); // awaited below; this only marks it handled meanwhile
    };
    await this.backups.readVerified(backup, async (collection, canonical) => {
      if (collection !== current) {
        await flush();
        current = collection;
        model = this.data.modelFor(collection);
        if (!model) this.log.warn({ collection }, 'restore skips a collection no model owns now');
      }
      if (!model || (transform && NOT_CLONED.has(collection))) return;
      const doc = fromCanonicalText(canonical);
      if (doc.tenant_id !== restore.source_tenant_id) throw corrupt('a document of another tenant');
      if (collection === 'clients') sourceClientIds.push(String(doc._id));
      batch.push(transform ? transform.apply(model, doc) : doc);
      if (batch.length >= BATCH) await flush();
    });
    await flush();
    await inflight;
    return sourceClientIds;
  }

  /**
   * A clone's pet owners are new records (new ids), so the source's erasure ledger does not name
   * them: each one the ledger names in the source is named again for the clone, and then erased
   * there by privacy.reapplyErasures. (The ledger's keyed hash is privacy's `gdpr_subject`.)
   */
  private async carryErasures(
    restore: RestoreDocument,
    transform: CloneTransform,
    sourceClientIds: string[],
  ): Promise<void> {
    const ledger = await this.erasures
      .find({ tenant_id: restore.source_tenant_id, scope: 'person' }, { subject_ref: 1 })
      .lean();
    if (ledger.length === 0) return;
    const erased = new Set(ledger.map((entry) => entry.subject_ref));
    for (const sourceId of sourceClientIds) {
      const named = this.keyring.hmacKeyIds.some((keyId) =>
        erased.has(
          exactIndex(this.keyring, keyId, restore.source_tenant_id, 'gdpr_subject', sourceId),
        ),
      );
      const cloneId = transform.cloneIdOf(sourceId);
      if (!named || !cloneId) continue;
      const ref = exactIndex(
        this.keyring,
        this.keyring.activeHmacKey.id,
        restore.target_tenant_id,
        'gdpr_subject',
        cloneId,
      );
      await this.erasures.updateOne(
        { tenant_id: restore.target_tenant_id, scope: 'person', subject_ref: ref },
        {
          $setOnInsert: {
            state: 'completed',
            requested_by: 'system',
            completed_at: this.clock.now(),
          },
        },
        { upsert: true },
      );
    }
  }

  /** Undoes a failed restore from its pre-restore backup; removes a failed clone. */
  private async rollBack(restore: RestoreDocument): Promise<void> {
    try {
      if (restore.mode === 'clone') {
        await this.purge.eraseTenant(restore.target_tenant_id);
        return;
      }
      if (!restore.pre_restore_backup_id) return;
      const before = await this.backups.find(restore.pre_restore_backup_id, 'backup_id');
      await this.replace({ ...restore, source_tenant_id: restore.target_tenant_id }, before, null);
      await this.privacy.reapplyErasures(restore.target_tenant_id);
    } catch (error) {
      this.log.error({ err: error, restoreId: restore._id }, 'rolling back a restore failed');
    }
  }

  private async advance(
    restore: RestoreDocument,
    phase: string,
    extra: Record<string, unknown> = {},
  ): Promise<RestoreDocument> {
    const next = await this.restores
      .findOneAndUpdate(
        { _id: restore._id, status: 'in_progress' },
        { $set: { phase, heartbeat_at: this.clock.now(), ...extra } },
        { returnDocument: 'after' },
      )
      .lean();
    if (!next) throw new Error('the restore was ended meanwhile');
    this.publish(next);
    return next;
  }

  private async beat(restore: RestoreDocument, done: number): Promise<void> {
    const lease = this.leases.get(restore._id.toHexString());
    if (lease?.lost) throw new Error('another run took this restore over');
    await this.restores.updateOne(
      { _id: restore._id, status: 'in_progress' },
      { $set: { heartbeat_at: this.clock.now(), documents_done: done } },
    );
    this.publish({ ...restore, documents_done: done });
  }

  private async finish(
    restore: RestoreDocument,
    status: 'completed' | 'failed',
    error: string | null,
  ): Promise<void> {
    const done = await this.restores
      .findOneAndUpdate(
        { _id: restore._id },
        {
          $set: {
            status,
            phase: status === 'completed' ? 'done' : restore.phase,
            error,
            completed_at: this.clock.now(),
            ...(status === 'completed' ? { documents_done: restore.documents_total } : {}),
          },
        },
        { returnDocument: 'after' },
      )
      .lean();
    // Only this restore's own lock is lifted.
    const key = this.lockKey(restore.target_tenant_id);
    if ((await this.redis.get(key)) === restore._id.toHexString()) await this.redis.del(key);
    if (done) this.publish(done);
  }

  /**
   * Restores whose run went silent: re-queued to resume from their phase (the lock holds
   * meanwhile), so a crash never leaves a clinic locked or half restored for good.
   */
  async resumeStale(): Promise<number> {
    const silent = new Date(this.clock.now().getTime() - this.settings.staleSeconds * 1000);
    const stale = await this.restores
      .find(
        { status: 'in_progress', running_since: { $ne: null }, heartbeat_at: { $lt: silent } },
        { _id: 1 },
      )
      .lean();
    for (const restore of stale) {
      const id = restore._id.toHexString();
      // A run that is alive holds its lease; only a dead one's has expired.
      if ((await this.redis.exists(this.backups.lease(id).key)) > 0) continue;
      await this.restores.updateOne(
        { _id: restore._id },
        { $set: { heartbeat_at: this.clock.now() } },
      );
      await this.queue?.enqueue(
        'restore',
        { type: 'restore', restoreId: id },
        `restore-${id}-${Date.now()}`,
      );
    }
    return stale.length;
  }

  /** Restores the backups retention must keep (in progress: their archive is the staging copy). */
  async backupsInUse(): Promise<Set<string>> {
    const active = await this.restores
      .find({ status: 'in_progress' }, { backup_id: 1, pre_restore_backup_id: 1 })
      .lean();
    return new Set(
      active.flatMap((restore) =>
        [restore.backup_id, restore.pre_restore_backup_id].filter((id): id is string => !!id),
      ),
    );
  }

  private publish(restore: RestoreDocument): void {
    this.backups.publishProgress(
      {
        operation: restore.mode,
        id: restore._id.toHexString(),
        backup_id: restore.backup_id,
        tenant_id: restore.target_tenant_id,
        status: restore.status,
        phase: restore.phase,
        progress: progressOf(restore.status, restore.documents_done, restore.documents_total),
        documents_done: restore.documents_done,
        documents_total: restore.documents_total,
        error: restore.error,
      },
      restore.source_tenant_id,
    );
  }
}

/** Inserts raw documents (below the plugins: ciphertext stays as it is), tolerating re-runs. */
async function insertAll(model: Model<never>, docs: mongo.Document[]): Promise<void> {
  try {
    await (model.collection as unknown as mongo.Collection).insertMany(docs, {
      ordered: false,
      checkKeys: false,
    } as mongo.BulkWriteOptions);
  } catch (error) {
    const writeErrors = (error as { writeErrors?: { code?: number }[] | { code?: number } })
      .writeErrors;
    const list = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
    // A duplicate: the same document from an earlier attempt; anything else is a real failure.
    if (list.length === 0 || list.some((entry) => entry.code !== 11000)) throw error;
  }
}
