import { createHmac } from 'node:crypto';
import type { Writable } from 'node:stream';
import { Types } from 'mongoose';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { badInput, notFound } from '../../common/errors.js';
import { normalizePage, type Page } from '../../common/list.js';
import { parseObjectId } from '../../common/object-id.js';
import { authorize } from '../../common/policy.js';
import type { Principal } from '../../common/principal.js';
import type { Clock } from '../../core/clock.js';
import type { Keyring } from '../../crypto/keyring.js';
import type { AppPubSub } from '../../graphql/pubsub.js';
import type { TaskQueue } from '../../jobs/task-queue.js';
import { actorOf, SYSTEM_ACTOR } from '../security/actor.js';
import type { SecurityLogService } from '../security/security-log.service.js';
import type { TenantModel } from '../tenants/tenant.model.js';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  ArchiveWriter,
  corrupt,
  readArchive,
  type ArchiveManifest,
} from './archive.js';
import type { BackupStorage } from './backup-storage.js';
import { BACKUP_PROGRESS, type BackupKind } from './backup.constants.js';
import type { BackupDocument, BackupModel } from './backup.model.js';
import { canonicalText } from './canonical.js';
import { RunLease } from './run-lease.js';
import type { TenantData } from './tenant-data.js';

/** What the backups queue runs. */
export type BackupTask =
  | { type: 'backup'; backupId: string }
  | { type: 'restore'; restoreId: string };

/** Pushed on `backupProgress` for every step of a backup, restore or clone of a tenant. */
export interface BackupProgressEvent {
  operation: 'backup' | 'restore' | 'clone';
  id: string;
  backup_id: string;
  tenant_id: string;
  status: string;
  phase: string | null;
  progress: number;
  documents_done: number;
  documents_total: number;
  error: string | null;
}

export type BackupView = ReturnType<typeof toBackupView>;

export const toBackupView = (doc: BackupDocument) => ({
  id: doc._id.toHexString(),
  backup_id: doc._id.toHexString(),
  tenant_id: doc.tenant_id,
  tenant_slug: doc.tenant_slug,
  kind: doc.kind,
  status: doc.status,
  timestamp: doc.timestamp,
  started_at: doc.timestamp,
  completed_at: doc.completed_at,
  progress: progressOf(doc.status, doc.documents_done, doc.documents_total),
  documents_done: doc.documents_done,
  documents_total: doc.documents_total,
  collections: doc.collections.map((entry) => ({ ...entry })),
  size: doc.size,
  archive_sha256: doc.archive_sha256,
  error: doc.error,
  verified_at: doc.verified_at,
  verification: doc.verification,
  verification_detail: doc.verification_detail,
});

export function progressOf(status: string, done: number, total: number): number {
  if (status === 'completed') return 1;
  if (total <= 0) return 0;
  return Math.min(0.99, done / total);
}

/** A run that must stop: the watchdog (or a delete) ended it meanwhile. */
export class RunAbandoned extends Error {}

const HEARTBEAT_EVERY_DOCS = 2000;
/** A backup still queued after this long is failed: whatever held it up, nothing will run it. */
const QUEUED_AT_MOST_MS = 6 * 3_600_000;
const HEARTBEAT_EVERY_MS = 2000;

export interface BackupSettings {
  staleSeconds: number;
  keyPrefix: string;
  attempts: number;
  listMaxLimit: number;
}

/**
 * Per-tenant backups: a run streams every tenant-scoped collection of one tenant into a gzip
 * archive of canonical Extended JSON lines through the storage interface, tallying counts and
 * checksums, and records the manifest with a keyed MAC. Runs happen on the backups queue
 * (BullMQ), so any instance can run them, a crashed one is retried, and a stale one is failed by
 * the watchdog — never in progress forever.
 */
export class BackupService {
  private queue: TaskQueue<BackupTask> | null = null;

  constructor(
    private readonly backups: BackupModel,
    private readonly tenants: TenantModel,
    private readonly data: TenantData,
    private readonly storage: BackupStorage,
    private readonly security: SecurityLogService,
    private readonly pubSub: AppPubSub,
    private readonly redis: Redis,
    private readonly keyring: Keyring,
    private readonly clock: Clock,
    private readonly settings: BackupSettings,
    private readonly log: Logger,
  ) {}

  useQueue(queue: TaskQueue<BackupTask>): void {
    this.queue = queue;
  }

  private get tasks(): TaskQueue<BackupTask> {
    if (!this.queue) throw new Error('The backups queue has not started');
    return this.queue;
  }

  /** Starts a backup of a tenant now (on the queue) and answers it in progress. */
  async create(principal: Principal, tenantIdArg: unknown): Promise<BackupView> {
    const actor = authorize(principal, 'backups:write');
    const tenantId = parseObjectId(tenantIdArg, 'tenant_id').toHexString();
    const backup = await this.start(tenantId, 'manual', actorOf(actor).id);
    return toBackupView(backup);
  }

  /** Records a backup in progress and enqueues its run (one per slot for the schedule). */
  async start(
    tenantId: string,
    kind: BackupKind,
    createdBy: string,
    slotKey: string | null = null,
  ): Promise<BackupDocument> {
    const backup = await this.record(tenantId, kind, createdBy, slotKey);
    await this.tasks.enqueue(
      'backup',
      { type: 'backup', backupId: backup._id.toHexString() },
      `backup-${backup._id.toHexString()}`,
    );
    this.publish(backup);
    return backup;
  }

  /** Takes a backup in this process and waits for it (before a restore or a purge). */
  async takeNow(tenantId: string, kind: BackupKind, createdBy: string): Promise<BackupDocument> {
    const backup = await this.record(tenantId, kind, createdBy, null);
    await this.run(backup._id.toHexString(), this.settings.attempts);
    const done = await this.backups.findById(backup._id).lean();
    if (done?.status !== 'completed') throw new Error(`backup failed: ${done?.error ?? 'unknown'}`);
    return done;
  }

  private async record(
    tenantId: string,
    kind: BackupKind,
    createdBy: string,
    slotKey: string | null,
  ): Promise<BackupDocument> {
    const tenant = await this.tenants.findById(tenantId).lean();
    if (!tenant) throw notFound('Tenant');
    const now = this.clock.now();
    const _id = new Types.ObjectId();
    const previous = await this.backups
      .findOne({ tenant_id: tenantId, status: 'completed' }, { collections: 1 })
      .sort({ timestamp: -1 })
      .lean();
    const doc = await this.backups.create({
      _id,
      tenant_id: tenantId,
      tenant_slug: tenant.slug,
      kind,
      status: 'in_progress',
      timestamp: now,
      heartbeat_at: now,
      // The last backup's size stands in for a count until this run knows better (a count of
      // each collection costs a full read on the embedded engine).
      documents_total: previous?.collections.reduce((sum, entry) => sum + entry.count, 0) ?? 0,
      storage_key: `${tenantId}/${_id.toHexString()}.ejson.gz`,
      tenant_snapshot: snapshotOf(tenant as unknown as Record<string, unknown>),
      slot_key: slotKey ?? `~${_id.toHexString()}`,
      created_by: createdBy,
    });
    return doc.toObject();
  }

  /**
   * Runs one backup (the queue's handler). Safe to run again: a retry rewrites the archive from
   * the start. On its last attempt a failure marks the backup failed.
   */
  async run(backupId: string, attempt: number): Promise<void> {
    const backup = await this.backups.findById(backupId).lean();
    if (!backup || backup.status !== 'in_progress') return;
    const lease = this.lease(backupId);
    // Another worker runs it now (a task BullMQ thought stalled): that run finishes it.
    if (!(await lease.acquire())) return;
    const stopRenewing = lease.keepAlive();
    try {
      await this.runLeased(backup, lease, attempt);
    } finally {
      stopRenewing();
      await lease.release();
    }
  }

  /** The lease a run holds: it outlives a missed heartbeat or two, not a dead process. */
  lease(id: string): RunLease {
    return new RunLease(
      this.redis,
      `${this.settings.keyPrefix}backups:run:${id}`,
      Math.max(10_000, (this.settings.staleSeconds * 1000) / 2),
    );
  }

  private async runLeased(backup: BackupDocument, lease: RunLease, attempt: number): Promise<void> {
    const backupId = backup._id.toHexString();
    const started = this.clock.now();
    await this.backups.updateOne(
      { _id: backup._id, status: 'in_progress' },
      { $set: { heartbeat_at: started, running_since: started, documents_done: 0, error: null } },
    );
    const target = this.storage.create(backup.storage_key);
    try {
      const result = await this.write(backup, target.stream, lease);
      await target.commit();
      const mac = this.manifestMac(result.manifest, result.sha256);
      const total = result.manifest.collections.reduce((sum, entry) => sum + entry.count, 0);
      const done = await this.backups
        .findOneAndUpdate(
          { _id: backup._id, status: 'in_progress' },
          {
            $set: {
              status: 'completed',
              completed_at: this.clock.now(),
              collections: result.manifest.collections,
              size: result.size,
              archive_sha256: result.sha256,
              manifest_mac: mac,
              documents_done: total,
              documents_total: total,
              heartbeat_at: this.clock.now(),
            },
          },
          { returnDocument: 'after' },
        )
        .lean();
      if (!done) throw new RunAbandoned('the backup was ended meanwhile');
      this.publish(done);
      this.log.info({ backupId, tenantId: backup.tenant_id, size: result.size }, 'backup done');
    } catch (error) {
      await target.abort().catch(() => undefined);
      if (error instanceof RunAbandoned) return;
      const last = attempt >= this.settings.attempts;
      this.log.error({ err: error, backupId, attempt, last }, 'backup run failed');
      if (last) await this.fail(backup._id, (error as Error).message);
      throw error;
    }
  }

  private async write(
    backup: BackupDocument,
    out: Writable,
    lease: RunLease,
  ): Promise<{ manifest: ArchiveManifest; size: number; sha256: string }> {
    const writer = new ArchiveWriter(out);
    let done = 0;
    let lastBeat = Date.now();
    for (const model of this.data.scopedModels()) {
      writer.startCollection(model.collection.collectionName);
      for await (const doc of this.data.read(model, backup.tenant_id)) {
        await writer.addDocument(canonicalText(doc));
        done += 1;
        if (done % HEARTBEAT_EVERY_DOCS === 0 || Date.now() - lastBeat > HEARTBEAT_EVERY_MS) {
          lastBeat = Date.now();
          if (lease.lost) throw new RunAbandoned('another run took this backup over');
          await this.beat(backup, done);
        }
      }
    }
    return writer.finish({
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      backup_id: backup._id.toHexString(),
      tenant_id: backup.tenant_id,
      timestamp: backup.timestamp.toISOString(),
    });
  }

  /** Moves the heartbeat and progress; a run the watchdog ended learns it here and stops. */
  private async beat(backup: BackupDocument, done: number): Promise<void> {
    const total = Math.max(backup.documents_total, done);
    const updated = await this.backups.updateOne(
      { _id: backup._id, status: 'in_progress' },
      { $set: { heartbeat_at: this.clock.now(), documents_done: done, documents_total: total } },
    );
    if (updated.matchedCount === 0) throw new RunAbandoned('the backup was ended meanwhile');
    this.publish({ ...backup, documents_done: done, documents_total: total });
  }

  private async fail(id: Types.ObjectId, error: string): Promise<void> {
    const failed = await this.backups
      .findOneAndUpdate(
        { _id: id, status: 'in_progress' },
        { $set: { status: 'failed', error, completed_at: this.clock.now() } },
        { returnDocument: 'after' },
      )
      .lean();
    if (failed) this.publish(failed);
  }

  /**
   * Fails backups whose run went silent (its process died and no retry picked it up) and those
   * queued so long nothing will run them: nothing stays in progress forever. A backup waiting
   * its turn behind others is not silent.
   */
  async failStale(): Promise<number> {
    const now = this.clock.now().getTime();
    const silent = new Date(now - this.settings.staleSeconds * 1000);
    const forgotten = new Date(now - QUEUED_AT_MOST_MS);
    const stale = await this.backups
      .find(
        {
          status: 'in_progress',
          $or: [
            { running_since: { $ne: null }, heartbeat_at: { $lt: silent } },
            { running_since: null, timestamp: { $lt: forgotten } },
          ],
        },
        { _id: 1, running_since: 1 },
      )
      .lean();
    let failed = 0;
    for (const backup of stale) {
      // A run that is alive holds its lease; only a dead one's has expired.
      if ((await this.redis.exists(this.lease(backup._id.toHexString()).key)) > 0) continue;
      await this.fail(
        backup._id,
        backup.running_since
          ? 'interrupted: its run stopped reporting progress'
          : 'never ran: no worker took it from the queue',
      );
      failed += 1;
    }
    return failed;
  }

  async list(
    principal: Principal,
    tenantIdArg: unknown,
    pageArg: unknown,
    limitArg: unknown,
  ): Promise<Page<BackupView>> {
    authorize(principal, 'backups:read');
    const tenantId = parseObjectId(tenantIdArg, 'tenant_id').toHexString();
    const { page, limit } = normalizePage(pageArg, limitArg, this.settings.listMaxLimit);
    const filter = { tenant_id: tenantId };
    const [items, totalCount] = await Promise.all([
      this.backups
        .find(filter, { tenant_snapshot: 0 })
        .sort({ timestamp: -1, _id: -1 })
        .skip((page - 1) * limit)
        .limit(limit)
        .lean(),
      this.backups.countDocuments(filter),
    ]);
    return { items: items.map(toBackupView), totalCount, page, limit };
  }

  async get(principal: Principal, idArg: unknown): Promise<BackupView> {
    authorize(principal, 'backups:read');
    return toBackupView(await this.find(idArg));
  }

  /** A stored backup, or NOT_FOUND. */
  async find(idArg: unknown, field = 'id'): Promise<BackupDocument> {
    const id = parseObjectId(idArg, field);
    const backup = await this.backups.findById(id).lean();
    if (!backup) throw notFound('Backup');
    return backup;
  }

  async delete(principal: Principal, idArg: unknown): Promise<{ id: string; deleted: boolean }> {
    const actor = authorize(principal, 'backups:write');
    const backup = await this.find(idArg);
    await this.remove(backup);
    await this.security.record({
      tenant_id: backup.tenant_id,
      event: 'backup_deleted',
      actor: actorOf(actor),
      details: { backup_id: backup._id.toHexString(), kind: backup.kind },
    });
    return { id: backup._id.toHexString(), deleted: true };
  }

  /** Removes the archive, then the record (a run still writing it stops at its next beat). */
  async remove(backup: BackupDocument): Promise<void> {
    await this.backups.updateOne(
      { _id: backup._id, status: 'in_progress' },
      { $set: { status: 'failed', error: 'deleted' } },
    );
    await this.storage.remove(backup.storage_key);
    await this.backups.deleteOne({ _id: backup._id });
  }

  /** Checks the caller may download; answers the backup (completed) to stream. */
  async authorizeDownload(principal: Principal, idArg: unknown): Promise<BackupDocument> {
    const actor = authorize(principal, 'backups:download');
    const backup = await this.find(idArg);
    if (backup.status !== 'completed') {
      throw badInput([{ field: 'id', message: 'only a completed backup can be downloaded' }]);
    }
    await this.security.record({
      tenant_id: backup.tenant_id,
      event: 'backup_downloaded',
      actor: actorOf(actor),
      details: { backup_id: backup._id.toHexString(), size: backup.size },
    });
    return backup;
  }

  openArchive(backup: BackupDocument) {
    return this.storage.open(backup.storage_key);
  }

  /**
   * Verifies a completed backup's archive against its recorded checksums and manifest MAC, with
   * `onDocument` seeing each document as it is read (nothing is told before the end whether the
   * whole archive is intact, so callers that write read twice: verify, then apply).
   */
  async readVerified(
    backup: BackupDocument,
    onDocument?: (collection: string, canonical: string) => Promise<void> | void,
  ): Promise<void> {
    if (backup.status !== 'completed' || !backup.archive_sha256) {
      throw badInput([{ field: 'backup_id', message: 'the backup is not completed' }]);
    }
    const manifest = this.manifestOf(backup);
    if (this.manifestMac(manifest, backup.archive_sha256) !== backup.manifest_mac) {
      throw corrupt('the manifest record fails its MAC');
    }
    await readArchive(
      this.storage.open(backup.storage_key),
      { sha256: backup.archive_sha256, collections: backup.collections },
      onDocument,
    );
  }

  private manifestOf(backup: BackupDocument): ArchiveManifest {
    return {
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      backup_id: backup._id.toHexString(),
      tenant_id: backup.tenant_id,
      timestamp: backup.timestamp.toISOString(),
      collections: backup.collections.map(({ name, count, sha256, canonical }) => ({
        name,
        count,
        sha256,
        canonical,
      })),
    };
  }

  /** A keyed MAC over the manifest and the archive's hash: who can write the database can't forge it. */
  private manifestMac(manifest: ArchiveManifest, archiveSha256: string): string {
    const keyId = this.keyring.activeHmacKey.id;
    const mac = createHmac('sha256', this.keyring.subkey(keyId, 'backup-manifest'))
      .update(JSON.stringify(manifest))
      .update('\u0000')
      .update(archiveSha256)
      .digest('base64url');
    return `${keyId}:${mac}`;
  }

  async recordVerification(
    backup: BackupDocument,
    passed: boolean,
    detail: string | null,
  ): Promise<void> {
    await this.backups.updateOne(
      { _id: backup._id },
      {
        $set: {
          verified_at: this.clock.now(),
          verification: passed ? 'passed' : 'failed',
          verification_detail: detail,
        },
      },
    );
  }

  watch(principal: Principal, tenantIdArg: unknown): AsyncIterable<BackupProgressEvent> {
    authorize(principal, 'backups:read');
    const tenantId = parseObjectId(tenantIdArg, 'tenant_id').toHexString();
    return this.pubSub.subscribeTo(BACKUP_PROGRESS, tenantId);
  }

  /** Published to the tenant's channel (and, for a clone, to its source's as well). */
  publishProgress(event: BackupProgressEvent, alsoTo?: string): void {
    this.pubSub.publishTo(BACKUP_PROGRESS, event.tenant_id, event);
    if (alsoTo && alsoTo !== event.tenant_id) this.pubSub.publishTo(BACKUP_PROGRESS, alsoTo, event);
  }

  /** The canonical hash of each of a tenant's collections as stored now (tests, diagnostics). */
  tenantHashes(tenantId: string): Promise<Record<string, string>> {
    return this.data.hashes(tenantId);
  }

  private publish(backup: BackupDocument): void {
    this.publishProgress({
      operation: 'backup',
      id: backup._id.toHexString(),
      backup_id: backup._id.toHexString(),
      tenant_id: backup.tenant_id,
      status: backup.status,
      phase: null,
      progress: progressOf(backup.status, backup.documents_done, backup.documents_total),
      documents_done: backup.documents_done,
      documents_total: backup.documents_total,
      error: backup.error,
    });
  }

  /** The backups model, for the schedule and retention (same module). */
  get model(): BackupModel {
    return this.backups;
  }

  get system(): string {
    return SYSTEM_ACTOR.id;
  }
}

/**
 * The tenant's settings a clone is made from; no contact details (personal data, encrypted in
 * the tenants collection) and no domain or tokens, which a clone never gets.
 */
export const SNAPSHOT_FIELDS = [
  'name',
  'slug',
  'billing_plan',
  'timezone',
  'currency',
  'language',
  'theme_json',
  'features_json',
  'max_staff',
  'max_clients',
  'max_storage_gb',
  'custom_branding',
  'sso_enabled',
] as const;

function snapshotOf(tenant: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(SNAPSHOT_FIELDS.map((field) => [field, tenant[field] ?? null]));
}
