export const BACKUP_PROGRESS = 'backupProgress';

export const BACKUP_STATUSES = ['in_progress', 'completed', 'failed'] as const;
export type BackupStatus = (typeof BACKUP_STATUSES)[number];

/** Why a backup was taken: asked for, the daily schedule, or automatically before a change. */
export const BACKUP_KINDS = ['manual', 'scheduled', 'pre_restore', 'pre_purge'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const RESTORE_MODES = ['restore', 'clone'] as const;
export type RestoreMode = (typeof RESTORE_MODES)[number];

export const VERIFICATION_RESULTS = ['passed', 'failed'] as const;
export type VerificationResult = (typeof VERIFICATION_RESULTS)[number];
