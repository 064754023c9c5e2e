import type { Redis } from 'ioredis';
import type {
  DailyRevenue,
  PlatformRevenue,
  RecurringRevenue,
  TenantRevenue,
} from '../analytics/platform-revenue.js';
import type { StorageUsage } from '../analytics/storage-usage.js';
import { CURRENCIES, type Currency } from '../tenants/tenant.constants.js';
import { BYTES_PER_GB, toMajor } from './catalog.js';

/**
 * Sets a tenant's recurring contribution and moves the per-currency total by the difference, in
 * one step: KEYS[1] tenant → "CUR:minor", KEYS[2] currency → minor; ARGV tenant, currency (empty
 * to remove), amount.
 */
const SET_RECURRING = `
local old = redis.call('HGET', KEYS[1], ARGV[1])
if old then
  local currency, amount = string.match(old, '^(%a+):(%-?%d+)$')
  redis.call('HINCRBY', KEYS[2], currency, -tonumber(amount))
end
if ARGV[2] == '' then
  redis.call('HDEL', KEYS[1], ARGV[1])
else
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. ':' .. ARGV[3])
  redis.call('HINCRBY', KEYS[2], ARGV[2], tonumber(ARGV[3]))
end
return 1
`;

/**
 * What the platform earns, kept in Redis as billing changes it, so analytics read it by key:
 * recurring revenue per currency (each paying subscription's plan price), and each paid
 * invoice's amount per UTC day and currency and per tenant and day.
 */
export class BillingRevenue implements PlatformRevenue {
  readonly source = 'billing: paid invoices and paying subscriptions';

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private key(...parts: string[]): string {
    return `${this.prefix}billing:revenue:${parts.join(':')}`;
  }

  /** A paid invoice's money; called once per invoice (the paid transition is conditional). */
  async recordPayment(tenantId: string, currency: Currency, minor: number, day: string) {
    await this.redis
      .multi()
      .hincrby(this.key('day', day), currency, minor)
      .zincrby(this.key('tenants', day), minor, `${tenantId}:${currency}`)
      .exec();
  }

  /** The tenant's monthly recurring amount now (null when it pays nothing: trial, canceled). */
  async setRecurring(tenantId: string, currency: Currency, minor: number | null): Promise<void> {
    await this.redis.eval(
      SET_RECURRING,
      2,
      this.key('mrr', 'tenants'),
      this.key('mrr'),
      tenantId,
      minor === null || minor === 0 ? '' : currency,
      String(minor ?? 0),
    );
  }

  async recurring(): Promise<RecurringRevenue[]> {
    const totals = await this.redis.hgetall(this.key('mrr'));
    return CURRENCIES.filter((currency) => Number(totals[currency] ?? 0) > 0).map((currency) => {
      const mrr = toMajor(Number(totals[currency]));
      return { currency, mrr, arr: Math.round(mrr * 12 * 100) / 100 };
    });
  }

  async collectedByDay(days: readonly string[]): Promise<DailyRevenue[]> {
    if (days.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const day of days) pipeline.hgetall(this.key('day', day));
    const results = ((await pipeline.exec()) ?? []).map(
      ([, value]) => (value ?? {}) as Record<string, string>,
    );
    return CURRENCIES.map((currency) => ({
      currency,
      daily: results.map((byCurrency) => toMajor(Number(byCurrency[currency] ?? 0))),
    })).filter((entry) => entry.daily.some((amount) => amount > 0));
  }

  async topTenants(days: readonly string[], limit: number): Promise<TenantRevenue[]> {
    if (days.length === 0 || limit <= 0) return [];
    const keys = days.map((day) => this.key('tenants', day));
    const flat = await this.redis.zunion(keys.length, ...keys, 'WITHSCORES');
    const entries: TenantRevenue[] = [];
    for (let i = 0; i < flat.length; i += 2) {
      const [tenant_id, currency] = flat[i]!.split(':') as [string, Currency];
      entries.push({ tenant_id, currency, amount: toMajor(Number(flat[i + 1])) });
    }
    return entries.sort((a, b) => b.amount - a.amount).slice(0, limit);
  }
}

/** A tenant's stored bytes from its usage counter document (one key read). */
export class MeasuredStorage implements StorageUsage {
  readonly source =
    'billing: BSON bytes of the tenant documents, kept on write and recomputed hourly';

  constructor(private readonly storageBytes: (tenantId: string) => Promise<number>) {}

  async gigabytesUsed(tenantId: string): Promise<number> {
    const bytes = await this.storageBytes(tenantId);
    return Math.round((bytes / BYTES_PER_GB) * 1000) / 1000;
  }
}
