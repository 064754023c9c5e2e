import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Clock } from '../../core/clock.js';
import type { TenantModel } from '../tenants/tenant.model.js';
import type { BackupDocument } from './backup.model.js';
import type { BackupService } from './backup.service.js';
import type { RestoreService } from './restore.service.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const WEEK_MS = 7 * DAY_MS;

export interface ScheduleSettings {
  intervalHours: number;
  retentionDaily: number;
  retentionWeekly: number;
}

/** Where in each interval a tenant's backup falls: a hash of its id, so load spreads evenly. */
export function slotOffsetMs(tenantId: string, intervalMs: number): number {
  const hash = createHash('sha256').update(tenantId).digest().readUInt32BE(0);
  return hash % intervalMs;
}

/** The start of the tenant's slot that contains `now`. */
export function currentSlot(tenantId: string, now: Date, intervalMs: number): Date {
  const offset = slotOffsetMs(tenantId, intervalMs);
  const start = Math.floor((now.getTime() - offset) / intervalMs) * intervalMs + offset;
  return new Date(start);
}

/**
 * Which completed backups retention keeps, newest first: every one of the last interval, the
 * newest of each of the last `daily` days and of each of the last `weekly` weeks (UTC), and the
 * newest of a tenant that still exists (so a quiet clinic is never left without one).
 */
export function backupsToKeep(
  completed: readonly Pick<BackupDocument, '_id' | 'timestamp'>[],
  now: Date,
  settings: ScheduleSettings,
  tenantExists: boolean,
): Set<string> {
  const keep = new Set<string>();
  const sorted = [...completed].sort((a, b) => b.timestamp.getTime() - a.timestamp.getTime());
  if (tenantExists && sorted[0]) keep.add(sorted[0]._id.toHexString());
  const days = new Set<number>();
  const weeks = new Set<number>();
  for (const backup of sorted) {
    const at = backup.timestamp.getTime();
    const age = now.getTime() - at;
    const id = backup._id.toHexString();
    if (age < settings.intervalHours * HOUR_MS) keep.add(id);
    const day = Math.floor(at / DAY_MS);
    if (age < settings.retentionDaily * DAY_MS && !days.has(day)) {
      days.add(day);
      keep.add(id);
    }
    // Weeks counted from Thursday 1970-01-01 shifted to start on Monday.
    const week = Math.floor((at + 3 * DAY_MS) / WEEK_MS);
    if (age < settings.retentionWeekly * WEEK_MS && !weeks.has(week)) {
      weeks.add(week);
      keep.add(id);
    }
  }
  return keep;
}

/** The periodic side of backups: the schedule, the watchdog and retention. */
export class BackupSchedule {
  constructor(
    private readonly backups: BackupService,
    private readonly restores: RestoreService,
    private readonly tenants: TenantModel,
    private readonly clock: Clock,
    private readonly settings: ScheduleSettings,
    private readonly log: Logger,
  ) {}

  /**
   * Starts the backup of every active tenant whose slot in the current interval has begun and
   * has none yet. The (tenant, slot) unique key makes it safe to run anywhere, any number of times.
   */
  async startDue(): Promise<number> {
    const intervalMs = this.settings.intervalHours * HOUR_MS;
    const now = this.clock.now();
    const active = await this.tenants.find({ status: 'active' }, { _id: 1 }).lean();
    let started = 0;
    for (const tenant of active) {
      const tenantId = tenant._id.toHexString();
      const slotKey = currentSlot(tenantId, now, intervalMs).toISOString();
      if (await this.backups.model.exists({ tenant_id: tenantId, slot_key: slotKey })) continue;
      try {
        await this.backups.start(tenantId, 'scheduled', this.backups.system, slotKey);
        started += 1;
      } catch (error) {
        if ((error as { code?: number }).code !== 11000) throw error;
      }
    }
    return started;
  }

  /** Fails silent backups and resumes silent restores. */
  async watchdog(): Promise<{ failed: number; resumed: number }> {
    return {
      failed: await this.backups.failStale(),
      resumed: await this.restores.resumeStale(),
    };
  }

  /** Deletes what retention no longer keeps, and failed backups after a week. */
  async applyRetention(): Promise<number> {
    const now = this.clock.now();
    const inUse = await this.restores.backupsInUse();
    const tenantIds = (await this.backups.model.distinct('tenant_id')) as string[];
    let removed = 0;
    for (const tenantId of tenantIds) {
      const all = await this.backups.model
        .find({ tenant_id: tenantId }, { tenant_snapshot: 0, collections: 0 })
        .lean();
      const completed = all.filter((backup) => backup.status === 'completed');
      const exists = !!(await this.tenants.exists({ _id: tenantId }));
      const keep = backupsToKeep(completed, now, this.settings, exists);
      for (const backup of all) {
        const id = backup._id.toHexString();
        if (keep.has(id) || inUse.has(id) || backup.status === 'in_progress') continue;
        if (backup.status === 'failed' && now.getTime() - backup.timestamp.getTime() < WEEK_MS) {
          continue;
        }
        await this.backups.remove(backup);
        removed += 1;
      }
    }
    if (removed > 0) this.log.info({ removed }, 'backup retention applied');
    return removed;
  }
}
