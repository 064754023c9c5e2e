import { mongo, type Model } from 'mongoose';
import type { Logger } from 'pino';
import { AppError, notFound } from '../../common/errors.js';
import type { Clock } from '../../core/clock.js';
import { runAsTenant } from '../../db/tenant-context.js';
import type { ClinicModels } from '../clinic/clinic.models.js';
import type { ClinicLimits, CountedLimit } from '../clinic/shared/limits.js';
import type { TenantModel } from '../tenants/tenant.model.js';
import type { BillingPlanId } from '../tenants/tenant.constants.js';
import { ALERT_THRESHOLDS, type LimitName } from './billing.constants.js';
import type { BillingModels, UsageCounterDocument } from './billing.models.js';
import { BYTES_PER_GB } from './catalog.js';

/** A tenant's effective limits: its own override, else its plan's; null is unlimited. */
export interface EffectiveLimits {
  plan: BillingPlanId;
  staff: number | null;
  clients: number | null;
  storage_gb: number | null;
}

export interface LimitUsage {
  limit: LimitName;
  current: number;
  maximum: number | null;
  /** 0..100+, null when unlimited. */
  percent: number | null;
}

export interface UsageAlertRecord {
  tenant_id: string;
  limit: LimitName;
  threshold: number;
  current: number;
  maximum: number;
  plan: string;
  created_at: Date;
}

const COUNTER_FIELD: Record<LimitName, 'staff' | 'clients' | 'storage_bytes'> = {
  staff: 'staff',
  clients: 'clients',
  storage: 'storage_bytes',
};

const ALERTED_FIELD: Record<LimitName, 'staff_alerted' | 'clients_alerted' | 'storage_alerted'> = {
  staff: 'staff_alerted',
  clients: 'clients_alerted',
  storage: 'storage_alerted',
};

const LIMIT_WORDS: Record<LimitName, string> = {
  staff: 'active staff members',
  clients: 'clients',
  storage: 'bytes stored',
};

type LimitSourceModels = Pick<ClinicModels, 'staffMembers' | 'clients'> & {
  tenants: TenantModel;
};

/** The highest alert threshold that `current` of `maximum` reaches (0 when none). */
const levelOf = (current: number, maximum: number | null): number => {
  if (maximum === null) return 0;
  let level = 0;
  for (const threshold of ALERT_THRESHOLDS) {
    if (maximum === 0 || current * 100 >= threshold * maximum) level = threshold;
  }
  return level;
};

/**
 * Limits that hold under concurrency, without transactions: each tenant has one counter document
 * (`_id` = tenant) and a slot is taken by `$inc` on the condition that the count is below the
 * limit, which the database applies atomically (on FerretDB, through the write-serializing proxy).
 * A failed write gives its slot back; the reconcile job recounts from the records themselves, so
 * a crash between claim and write heals within a run.
 */
export class UsageLimitService implements ClinicLimits {
  constructor(
    private readonly billing: Pick<BillingModels, 'billingUsageCounters' | 'billingUsageAlerts'>,
    private readonly models: LimitSourceModels,
    /** Every tenant-scoped model, whose documents make up a tenant's storage. */
    private readonly storedModels: () => Model<never>[],
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly onAlert: (alert: UsageAlertRecord) => void = () => undefined,
  ) {}

  async limitsOf(tenantId: string): Promise<EffectiveLimits> {
    if (!/^[0-9a-f]{24}$/.test(tenantId)) throw notFound('Tenant');
    const tenant = await this.models.tenants
      .findById(tenantId, { billing_plan: 1, max_staff: 1, max_clients: 1, max_storage_gb: 1 })
      .lean();
    if (!tenant) throw notFound('Tenant');
    return {
      plan: tenant.billing_plan,
      staff: tenant.max_staff ?? null,
      clients: tenant.max_clients ?? null,
      storage_gb: tenant.max_storage_gb ?? null,
    };
  }

  /** The counter document, made from a recount the first time a tenant is counted. */
  async counters(tenantId: string): Promise<UsageCounterDocument> {
    const existing = await this.billing.billingUsageCounters.findById(tenantId).lean();
    if (existing) return existing;
    const counted = await this.count(tenantId);
    try {
      await this.billing.billingUsageCounters.create({
        _id: tenantId,
        ...counted,
        reconciled_at: this.clock.now(),
      });
    } catch (error) {
      // Another request made it first: theirs counts the same records.
      if (!(error instanceof mongo.MongoServerError && error.code === 11000)) throw error;
    }
    return (await this.billing.billingUsageCounters.findById(tenantId).lean())!;
  }

  /** Takes one slot (and refuses first when storage is full: the write would add bytes). */
  async claim(tenantId: string, limit: CountedLimit): Promise<void> {
    const [limits, before] = await Promise.all([this.limitsOf(tenantId), this.counters(tenantId)]);
    this.assertRoomIn(limits, before);
    const maximum = limits[limit];
    const field = COUNTER_FIELD[limit];
    const after = await this.billing.billingUsageCounters
      .findOneAndUpdate(
        maximum === null ? { _id: tenantId } : { _id: tenantId, [field]: { $lt: maximum } },
        { $inc: { [field]: 1 } },
        { returnDocument: 'after' },
      )
      .lean();
    if (!after) {
      const now = await this.billing.billingUsageCounters.findById(tenantId).lean();
      throw this.exceeded(limit, now?.[field] ?? 0, maximum ?? 0, limits.plan);
    }
    await this.noteLevel(tenantId, limit, after[field], maximum, limits.plan);
  }

  async release(tenantId: string, limit: CountedLimit): Promise<void> {
    const field = COUNTER_FIELD[limit];
    const after = await this.billing.billingUsageCounters
      .findOneAndUpdate(
        { _id: tenantId, [field]: { $gt: 0 } },
        { $inc: { [field]: -1 } },
        { returnDocument: 'after' },
      )
      .lean();
    if (after) {
      const limits = await this.limitsOf(tenantId);
      await this.noteLevel(tenantId, limit, after[field], limits[limit], limits.plan);
    }
  }

  async assertStorageRoom(tenantId: string): Promise<void> {
    const [limits, counters] = await Promise.all([
      this.limitsOf(tenantId),
      this.counters(tenantId),
    ]);
    this.assertRoomIn(limits, counters);
  }

  private assertRoomIn(limits: EffectiveLimits, counters: UsageCounterDocument): void {
    if (limits.storage_gb === null) return;
    const maximum = limits.storage_gb * BYTES_PER_GB;
    if (counters.storage_bytes >= maximum) {
      throw this.exceeded('storage', counters.storage_bytes, maximum, limits.plan);
    }
  }

  async storageChanged(tenantId: string, bytes: number): Promise<void> {
    if (bytes === 0) return;
    await this.counters(tenantId);
    const after = await this.billing.billingUsageCounters
      .findOneAndUpdate(
        { _id: tenantId },
        { $inc: { storage_bytes: Math.round(bytes) } },
        { returnDocument: 'after' },
      )
      .lean();
    if (!after) return;
    const limits = await this.limitsOf(tenantId);
    const maximum = limits.storage_gb === null ? null : limits.storage_gb * BYTES_PER_GB;
    await this.noteLevel(tenantId, 'storage', after.storage_bytes, maximum, limits.plan);
  }

  /** Each limit against its count, for the billing view, checkTenantLimit and the console. */
  async usage(tenantId: string): Promise<LimitUsage[]> {
    const [limits, counters] = await Promise.all([
      this.limitsOf(tenantId),
      this.counters(tenantId),
    ]);
    const entry = (limit: LimitName, current: number, maximum: number | null): LimitUsage => ({
      limit,
      current,
      maximum,
      percent: maximum === null ? null : maximum === 0 ? 100 : (current * 100) / maximum,
    });
    return [
      entry('staff', counters.staff, limits.staff),
      entry('clients', counters.clients, limits.clients),
      entry(
        'storage',
        counters.storage_bytes,
        limits.storage_gb === null ? null : limits.storage_gb * BYTES_PER_GB,
      ),
    ];
  }

  /** Stored bytes of one tenant, from its counter document (a key read). */
  async storageBytes(tenantId: string): Promise<number> {
    const counters = await this.billing.billingUsageCounters
      .findById(tenantId, { storage_bytes: 1 })
      .lean();
    return counters?.storage_bytes ?? 0;
  }

  /** Counter documents at or past the first alert threshold of some limit. */
  async alerted(): Promise<UsageCounterDocument[]> {
    return this.billing.billingUsageCounters
      .find({
        $or: [
          { staff_alerted: { $gt: 0 } },
          { clients_alerted: { $gt: 0 } },
          { storage_alerted: { $gt: 0 } },
        ],
      })
      .lean();
  }

  async recentAlerts(tenantId: string, limit = 20): Promise<UsageAlertRecord[]> {
    const alerts = await this.billing.billingUsageAlerts
      .find({ tenant_id: tenantId })
      .sort({ created_at: -1 })
      .limit(limit)
      .lean();
    return alerts.map((alert) => ({ ...alert, limit: alert.limit as LimitName }));
  }

  /**
   * Recounts staff and clients from the records and sets the counters to the truth (a slot lost
   * to a crash between claim and write comes back here). Storage is recomputed separately.
   */
  async reconcile(tenantId: string): Promise<void> {
    const before = await this.counters(tenantId);
    const counted = await this.count(tenantId);
    // Only if no claim or release moved the counters while we counted (else the next run does it).
    await this.billing.billingUsageCounters.updateOne(
      { _id: tenantId, staff: before.staff, clients: before.clients },
      { $set: { staff: counted.staff, clients: counted.clients, reconciled_at: this.clock.now() } },
    );
  }

  async reconcileAll(): Promise<number> {
    const tenants = await this.models.tenants
      .find({ status: { $ne: 'deleted' } }, { _id: 1 })
      .lean();
    for (const tenant of tenants) await this.reconcile(tenant._id.toHexString());
    return tenants.length;
  }

  /**
   * Recomputes every tenant's stored bytes: the BSON size of each of its documents in every
   * tenant-scoped collection, read once per collection below the tenant-scope plugin (a job,
   * never a request).
   */
  async recomputeStorage(): Promise<Map<string, number>> {
    const bytes = new Map<string, number>();
    for (const model of this.storedModels()) {
      for await (const doc of model.collection.find({})) {
        const tenantId = typeof doc.tenant_id === 'string' ? doc.tenant_id : null;
        if (!tenantId) continue;
        bytes.set(tenantId, (bytes.get(tenantId) ?? 0) + mongo.BSON.calculateObjectSize(doc));
      }
    }
    const tenants = await this.models.tenants
      .find({ status: { $ne: 'deleted' } }, { _id: 1 })
      .lean();
    for (const tenant of tenants) {
      const tenantId = tenant._id.toHexString();
      await this.counters(tenantId);
      await this.billing.billingUsageCounters.updateOne(
        { _id: tenantId },
        { $set: { storage_bytes: bytes.get(tenantId) ?? 0 } },
      );
    }
    return bytes;
  }

  private async count(tenantId: string): Promise<{ staff: number; clients: number }> {
    return runAsTenant(tenantId, async () => ({
      // Inactive staff stay on record for history but take no seat.
      staff: await this.models.staffMembers.countDocuments({ active: true }),
      clients: await this.models.clients.countDocuments({}),
    }));
  }

  /**
   * Records a usage alert when a count reaches a higher threshold than recorded (once per
   * crossing, whatever the concurrency: the level moves by a conditional update), and lowers the
   * level when the count falls back.
   */
  private async noteLevel(
    tenantId: string,
    limit: LimitName,
    current: number,
    maximum: number | null,
    plan: BillingPlanId,
  ): Promise<void> {
    const level = levelOf(current, maximum);
    const field = ALERTED_FIELD[limit];
    if (level === 0 || maximum === null) {
      await this.billing.billingUsageCounters.updateOne(
        { _id: tenantId, [field]: { $gt: level } },
        { $set: { [field]: level } },
      );
      return;
    }
    const raised = await this.billing.billingUsageCounters.updateOne(
      { _id: tenantId, [field]: { $lt: level } },
      { $set: { [field]: level } },
    );
    if (raised.modifiedCount === 0) {
      await this.billing.billingUsageCounters.updateOne(
        { _id: tenantId, [field]: { $gt: level } },
        { $set: { [field]: level } },
      );
      return;
    }
    const alert: UsageAlertRecord = {
      tenant_id: tenantId,
      limit,
      threshold: level,
      current,
      maximum,
      plan,
      created_at: this.clock.now(),
    };
    await this.billing.billingUsageAlerts.create(alert);
    this.log.info({ tenantId, limit, threshold: level, current, maximum }, 'usage alert');
    this.onAlert(alert);
  }

  private exceeded(limit: LimitName, current: number, maximum: number, plan: string): AppError {
    return new AppError(
      'LIMIT_EXCEEDED',
      `The ${plan} plan allows ${maximum} ${LIMIT_WORDS[limit]}; the clinic has ${current}`,
      [],
      { limit, current, maximum, plan },
    );
  }
}
