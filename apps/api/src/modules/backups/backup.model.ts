import { index, modelOptions, prop, Severity, type ReturnModelType } from '@typegoose/typegoose';
import type { Connection, Types } from 'mongoose';
import { modelOn } from '../../db/model.js';
import {
  BACKUP_KINDS,
  BACKUP_STATUSES,
  RESTORE_MODES,
  VERIFICATION_RESULTS,
  type BackupKind,
  type BackupStatus,
  type RestoreMode,
  type VerificationResult,
} from './backup.constants.js';

/** One collection in an archive: its documents, and two checksums of them. */
export class ArchivedCollection {
  @prop({ type: () => String, required: true })
  name!: string;

  @prop({ type: () => Number, required: true })
  count!: number;

  /** SHA-256 of the collection's lines in the archive, in archive order. */
  @prop({ type: () => String, required: true })
  sha256!: string;

  /**
   * The canonical hash: the sum (mod 2^256) of each document's SHA-256 over its canonical
   * Extended JSON (sorted keys, exact types). Order-free, so the same data read back from any
   * database in any order hashes the same.
   */
  @prop({ type: () => String, required: true })
  canonical!: string;
}

/**
 * The spec's Backups collection (tenant_id, timestamp, collections, status, size) with what a
 * trustworthy backup also needs: progress and a heartbeat (so an interrupted run is noticed),
 * checksums of the archive and a keyed MAC of its manifest, and the last restore drill's result.
 * A platform collection: backups outlive what they back up.
 */
@modelOptions({
  schemaOptions: { collection: 'backups', versionKey: false, minimize: false },
  options: { allowMixed: Severity.ALLOW },
})
@index({ tenant_id: 1, timestamp: -1 })
@index({ tenant_id: 1, slot_key: 1 }, { unique: true })
@index({ status: 1, heartbeat_at: 1 })
export class BackupDocument {
  _id!: Types.ObjectId;

  @prop({ type: () => String, required: true })
  tenant_id!: string;

  @prop({ type: () => String, required: true })
  tenant_slug!: string;

  @prop({ type: () => String, required: true, enum: BACKUP_KINDS })
  kind!: BackupKind;

  @prop({ type: () => String, required: true, enum: BACKUP_STATUSES })
  status!: BackupStatus;

  /** When the backup started: the moment its data is from (RPO). */
  @prop({ type: () => Date, required: true })
  timestamp!: Date;

  @prop({ type: () => Date, default: null })
  completed_at!: Date | null;

  /** Moved forward as the run progresses; a stale one means the run died. */
  @prop({ type: () => Date, required: true })
  heartbeat_at!: Date;

  /** When a worker began the current run; null while it waits in the queue. */
  @prop({ type: () => Date, default: null })
  running_since!: Date | null;

  @prop({ type: () => Number, default: 0 })
  documents_done!: number;

  @prop({ type: () => Number, default: 0 })
  documents_total!: number;

  @prop({ type: () => [ArchivedCollection], default: [], _id: false })
  collections!: ArchivedCollection[];

  /** Bytes of the archive. */
  @prop({ type: () => Number, default: 0 })
  size!: number;

  @prop({ type: () => String, default: null })
  archive_sha256!: string | null;

  /** HMAC (a sub-key of HMAC_KEYS) over the manifest: a forged manifest fails it. */
  @prop({ type: () => String, default: null })
  manifest_mac!: string | null;

  @prop({ type: () => String, required: true })
  storage_key!: string;

  /** The tenant's platform record at backup time (no secrets), what a clone is made from. */
  @prop({ type: () => Object, default: null })
  tenant_snapshot!: Record<string, unknown> | null;

  @prop({ type: () => String, default: null })
  error!: string | null;

  /**
   * A scheduled backup's slot (its start, ISO): unique per tenant, so two instances scheduling
   * at once make one backup. Other kinds hold `~<id>` (never null: no partial indexes).
   */
  @prop({ type: () => String, required: true })
  slot_key!: string;

  @prop({ type: () => String, required: true })
  created_by!: string;

  @prop({ type: () => Date, default: null })
  verified_at!: Date | null;

  @prop({ type: () => String, enum: VERIFICATION_RESULTS, default: null })
  verification!: VerificationResult | null;

  @prop({ type: () => String, default: null })
  verification_detail!: string | null;
}

export type BackupModel = ReturnModelType<typeof BackupDocument>;
export const createBackupModel = (connection: Connection): BackupModel =>
  modelOn(connection, BackupDocument);

/** One restore or clone, and where it got to: what makes an interrupted one resumable. */
@modelOptions({
  schemaOptions: { collection: 'backup_restores', versionKey: false, minimize: false },
  options: { allowMixed: Severity.ALLOW },
})
@index({ target_tenant_id: 1, started_at: -1 })
@index({ status: 1, heartbeat_at: 1 })
export class RestoreDocument {
  _id!: Types.ObjectId;

  @prop({ type: () => String, required: true })
  backup_id!: string;

  @prop({ type: () => String, required: true, enum: RESTORE_MODES })
  mode!: RestoreMode;

  @prop({ type: () => String, required: true })
  source_tenant_id!: string;

  /** The tenant written to: the source itself, or the clone (made before the job runs). */
  @prop({ type: () => String, required: true })
  target_tenant_id!: string;

  @prop({ type: () => String, required: true, enum: BACKUP_STATUSES })
  status!: BackupStatus;

  /** verifying → backing_up → replacing → erasures → done (or rolling_back). */
  @prop({ type: () => String, required: true })
  phase!: string;

  @prop({ type: () => String, default: null })
  pre_restore_backup_id!: string | null;

  @prop({ type: () => Number, default: 0 })
  documents_done!: number;

  @prop({ type: () => Number, default: 0 })
  documents_total!: number;

  @prop({ type: () => Date, required: true })
  started_at!: Date;

  @prop({ type: () => Date, required: true })
  heartbeat_at!: Date;

  /** When a worker began the current run; null while it waits in the queue. */
  @prop({ type: () => Date, default: null })
  running_since!: Date | null;

  @prop({ type: () => Date, default: null })
  completed_at!: Date | null;

  @prop({ type: () => String, default: null })
  error!: string | null;

  @prop({ type: () => String, required: true })
  requested_by!: string;
}

export type RestoreModel = ReturnModelType<typeof RestoreDocument>;
export const createRestoreModel = (connection: Connection): RestoreModel =>
  modelOn(connection, RestoreDocument);
