import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { stringEnum } from '../../common/enums.js';
import { PageOf } from '../clinic/shared/page.types.js';
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

export const BackupStatusEnum = stringEnum(BACKUP_STATUSES, 'BackupStatus');
export const BackupKindEnum = stringEnum(
  BACKUP_KINDS,
  'BackupKind',
  'Why it was taken: asked for, the schedule, or automatically before a restore or a purge',
);
export const RestoreModeEnum = stringEnum(RESTORE_MODES, 'RestoreMode');
export const BackupVerificationEnum = stringEnum(VERIFICATION_RESULTS, 'BackupVerification');

@ObjectType({ description: 'One collection in a backup, with its checksums' })
export class BackupCollection {
  @Field(() => String)
  name!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => String, { description: "SHA-256 of the collection's lines in the archive" })
  sha256!: string;

  @Field(() => String, {
    description: 'Order-free canonical hash of the documents (what a restore drill compares)',
  })
  canonical!: string;
}

@ObjectType({ description: "A backup of one tenant's data (the spec's Backups collection)" })
export class Backup {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  backup_id!: string;

  @Field(() => ID)
  tenant_id!: string;

  @Field(() => String)
  tenant_slug!: string;

  @Field(() => BackupKindEnum)
  kind!: BackupKind;

  @Field(() => BackupStatusEnum)
  status!: BackupStatus;

  @Field(() => Date, { description: 'When it started: the moment its data is from' })
  timestamp!: Date;

  @Field(() => Date)
  started_at!: Date;

  @Field(() => Date, { nullable: true })
  completed_at!: Date | null;

  @Field(() => Float, { description: 'From 0 to 1' })
  progress!: number;

  @Field(() => Int)
  documents_done!: number;

  @Field(() => Int)
  documents_total!: number;

  @Field(() => [BackupCollection])
  collections!: BackupCollection[];

  @Field(() => Float, { description: 'Bytes of the archive' })
  size!: number;

  @Field(() => String, { nullable: true })
  archive_sha256!: string | null;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => Date, { nullable: true, description: 'When a restore drill last checked it' })
  verified_at!: Date | null;

  @Field(() => BackupVerificationEnum, { nullable: true })
  verification!: VerificationResult | null;

  @Field(() => String, { nullable: true })
  verification_detail!: string | null;

  @Field(() => String, { description: 'GET it with a bearer token to download the archive' })
  download_url!: string;
}

@ObjectType()
export class BackupPage extends PageOf(Backup) {}

@ObjectType({ description: 'A restore of a tenant from a backup, or a clone into a new tenant' })
export class BackupRestore {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  backup_id!: string;

  @Field(() => RestoreModeEnum)
  mode!: RestoreMode;

  @Field(() => ID)
  source_tenant_id!: string;

  @Field(() => ID, { description: 'The tenant written to: the source itself, or the clone' })
  target_tenant_id!: string;

  @Field(() => BackupStatusEnum)
  status!: BackupStatus;

  @Field(() => String, {
    description: 'verifying, backing_up, replacing, erasures, done',
  })
  phase!: string;

  @Field(() => Float)
  progress!: number;

  @Field(() => ID, { nullable: true })
  pre_restore_backup_id!: string | null;

  @Field(() => Date)
  started_at!: Date;

  @Field(() => Date, { nullable: true })
  completed_at!: Date | null;

  @Field(() => String, { nullable: true })
  error!: string | null;
}

@ObjectType({ description: 'A step of a backup, restore or clone of a tenant' })
export class BackupProgress {
  @Field(() => String, { description: 'backup, restore or clone' })
  operation!: string;

  @Field(() => ID, { description: 'The backup or the restore' })
  id!: string;

  @Field(() => ID)
  backup_id!: string;

  @Field(() => ID)
  tenant_id!: string;

  @Field(() => BackupStatusEnum)
  status!: BackupStatus;

  @Field(() => String, { nullable: true })
  phase!: string | null;

  @Field(() => Float)
  progress!: number;

  @Field(() => Int)
  documents_done!: number;

  @Field(() => Int)
  documents_total!: number;

  @Field(() => String, { nullable: true })
  error!: string | null;
}
