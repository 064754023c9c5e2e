import type { Redis } from 'ioredis';
import type { Model } from 'mongoose';
import type { Logger } from 'pino';
import { runAsTenant } from '../../db/tenant-context.js';
import { SYSTEM_ACTOR } from '../security/actor.js';
import type { SecurityLogService } from '../security/security-log.service.js';
import type { TenantChanges } from './tenant.events.js';
import type { TenantModel } from './tenant.model.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Erases deleted tenants once their retention has passed: every tenant-scoped document, every
 * Redis key kept for them, then the tenant itself. Each step can run again safely, so a purge
 * interrupted half-way (or run by two instances) finishes on the next run.
 */
export class TenantPurgeService {
  private readonly beforePurge: ((tenantId: string) => Promise<void>)[] = [];

  constructor(
    private readonly tenants: TenantModel,
    /**
     * Models whose class extends TenantScopedDocument. Security logs also carry a tenant_id but
     * are the platform's audit trail, so a purge keeps them.
     */
    private readonly scopedModels: () => Model<never>[],
    private readonly redis: Redis,
    private readonly changes: TenantChanges,
    private readonly security: SecurityLogService,
    private readonly settings: { retentionDays: number; keyPrefix: string },
    private readonly log: Logger,
  ) {}

  async purgeExpired(now = new Date()): Promise<string[]> {
    const cutoff = new Date(now.getTime() - this.settings.retentionDays * DAY_MS);
    const expired = await this.tenants
      .find({ status: 'deleted', deleted_at: { $lte: cutoff } }, { slug: 1, domain: 1 })
      .limit(100)
      .lean();
    const purged: string[] = [];
    for (const tenant of expired) {
      const tenantId = tenant._id.toHexString();
      try {
        for (const hook of this.beforePurge) await hook(tenantId);
      } catch (error) {
        // The data stays until the hook (a final backup) succeeds on a later run.
        this.log.error({ err: error, tenantId }, 'purge postponed: a pre-purge step failed');
        continue;
      }
      const erased = await this.eraseTenant(tenantId, { status: 'deleted' });
      await this.security.record({
        tenant_id: tenantId,
        event: 'tenant_purged',
        actor: SYSTEM_ACTOR,
        details: { erased },
      });
      this.log.info({ tenantId, erased }, 'tenant purged');
      purged.push(tenantId);
    }
    return purged;
  }

  /**
   * Runs before the purge job erases a tenant whose retention passed (backups take a final
   * backup here); a hook that throws postpones that tenant's purge to the next run.
   */
  onBeforePurge(hook: (tenantId: string) => Promise<void>): void {
    this.beforePurge.push(hook);
  }

  /**
   * Erases a tenant now: every tenant-scoped document, every Redis key kept for it, its cached
   * entries on every instance, then the tenant itself (only while it still matches `condition`).
   * Each step can run again. Answers how many documents went from each model.
   */
  async eraseTenant(
    tenantId: string,
    condition: Record<string, unknown> = {},
  ): Promise<Record<string, number>> {
    const erased: Record<string, number> = {};
    for (const model of this.scopedModels()) {
      const result = await runAsTenant(tenantId, () => model.deleteMany({}));
      erased[model.modelName] = result.deletedCount;
    }
    await this.deleteTenantKeys(tenantId);
    const tenant = await this.tenants.findById(tenantId, { slug: 1, domain: 1 }).lean();
    await this.tenants.deleteOne({ _id: tenantId, ...condition });
    if (tenant) await this.changes.changed('deleted', tenantId, tenant, null);
    return erased;
  }

  /** Keys under {prefix}t:{tenant id}: are the tenant's own (counters, caches of later features). */
  private async deleteTenantKeys(tenantId: string): Promise<void> {
    const pattern = `${this.settings.keyPrefix}t:${tenantId}:*`;
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      if (keys.length > 0) await this.redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  }
}
