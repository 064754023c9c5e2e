import { defineModule } from '../../core/module.js';
import { TaskQueue } from '../../jobs/task-queue.js';
import { BackupSchedule } from './backup-schedule.js';
import { LocalFolderStorage } from './backup-storage.js';
import { BACKUP_PROGRESS } from './backup.constants.js';
import {
  createBackupModel,
  createRestoreModel,
  type BackupModel,
  type RestoreModel,
} from './backup.model.js';
import { BackupResolver } from './backup.resolver.js';
import { backupRouter, tenantBackupRouter } from './backup.rest.js';
import { BackupService, type BackupProgressEvent, type BackupTask } from './backup.service.js';
import { RestoreDrill } from './restore-drill.js';
import { RestoreService } from './restore.service.js';
import { TenantData } from './tenant-data.js';

declare module '../../core/registry.js' {
  interface ModelRegistry {
    backups: BackupModel;
    backupRestores: RestoreModel;
  }
  interface ServiceRegistry {
    backups: BackupService;
    restores: RestoreService;
    restoreDrill: RestoreDrill;
    backupSchedule: BackupSchedule;
    backupTasks: TaskQueue<BackupTask>;
  }
}

declare module '../../graphql/pubsub.js' {
  interface Topics {
    [BACKUP_PROGRESS]: BackupProgressEvent;
  }
}

const MINUTE_MS = 60_000;
const ATTEMPTS = 3;

/**
 * Per-tenant backups, verified restore and clone, restore drills, the daily schedule and
 * retention. Runs on its own BullMQ queue (`backups`), so any instance runs them. Before a
 * restore and before the purge job erases a tenant, a backup is taken; while a tenant is being
 * restored, clinic writes to it are refused (a gate on ClinicAccess).
 */
export const backupsModule = defineModule({
  name: 'backups',
  models: (connection) => ({
    backups: createBackupModel(connection),
    backupRestores: createRestoreModel(connection),
  }),
  services: ({ config, models, services, redis, pubSub, keyring, clock, log }) => {
    const data = new TenantData(models);
    const backups = new BackupService(
      models.backups,
      models.tenants,
      data,
      new LocalFolderStorage(config.backupDir),
      services.security,
      pubSub,
      redis,
      keyring,
      clock,
      {
        staleSeconds: config.backupStaleSeconds,
        keyPrefix: config.redisKeyPrefix,
        attempts: ATTEMPTS,
        listMaxLimit: config.listMaxLimit,
      },
      log.child({ part: 'backup' }),
    );
    const restores = new RestoreService(
      backups,
      models.backupRestores,
      data,
      models.tenants,
      services.tenants,
      services.privacy,
      models.erasures,
      services.purge,
      services.security,
      redis,
      keyring,
      clock,
      {
        keyPrefix: config.redisKeyPrefix,
        staleSeconds: config.backupStaleSeconds,
        attempts: ATTEMPTS,
      },
      log.child({ part: 'restore' }),
    );
    const backupTasks = new TaskQueue<BackupTask>({
      name: 'backups',
      connection: { url: config.redisUrl, maxRetriesPerRequest: null },
      prefix: config.redisKeyPrefix,
      work: config.jobsEnabled,
      attempts: ATTEMPTS,
      handle: (task, attempt) =>
        task.type === 'backup'
          ? backups.run(task.backupId, attempt)
          : restores.run(task.restoreId, attempt),
      log: log.child({ part: 'tasks' }),
    });
    backups.useQueue(backupTasks);
    restores.useQueue(backupTasks);
    return {
      backups,
      restores,
      backupTasks,
      restoreDrill: new RestoreDrill(models.tenants.db, backups, log.child({ part: 'drill' })),
      backupSchedule: new BackupSchedule(
        backups,
        restores,
        models.tenants,
        clock,
        {
          intervalHours: config.backupIntervalHours,
          retentionDaily: config.backupRetentionDaily,
          retentionWeekly: config.backupRetentionWeekly,
        },
        log.child({ part: 'schedule' }),
      ),
    };
  },
  resolvers: [BackupResolver],
  topics: [BACKUP_PROGRESS],
  jobs: (services) => [
    {
      name: 'backups-schedule',
      every: 15 * MINUTE_MS,
      run: () => services.backupSchedule.startDue(),
    },
    { name: 'backups-watchdog', every: MINUTE_MS, run: () => services.backupSchedule.watchdog() },
    {
      name: 'backups-retention',
      every: 60 * MINUTE_MS,
      run: () => services.backupSchedule.applyRetention(),
    },
    {
      name: 'backups-drill',
      every: 60 * MINUTE_MS,
      run: () => services.restoreDrill.drillRecent(),
    },
  ],
  rest: (services) => [
    { path: '/admin/tenants', router: tenantBackupRouter(services.backups) },
    { path: '/admin/backups', router: backupRouter(services.backups) },
  ],
  start: async (services) => {
    services.clinicAccess.addWriteGate((tenantId) => services.restores.assertWritable(tenantId));
    services.purge.onBeforePurge(async (tenantId) => {
      await services.backups.takeNow(tenantId, 'pre_purge', services.backups.system);
    });
    await services.backupTasks.start();
  },
  stop: (services) => services.backupTasks.stop(),
});
