import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { authorizeAdmin } from '../../common/policy.js';
import type { Principal } from '../../common/principal.js';
import type { AppPubSub } from '../../graphql/pubsub.js';
import type { TenantDirectory } from '../tenants/tenant-directory.js';
import { dayIn, utcDay } from '../usage/local-day.js';
import { PLATFORM_SCOPE, type UsageKeys } from '../usage/usage-keys.js';
import type { UsageService } from '../usage/usage.service.js';
import { type CounterReader, dailyPerformance, round, totalOf } from './counter-reader.js';
import type { PlatformRevenue } from './platform-revenue.js';
import type { TenantStatsService } from './tenant-stats.service.js';
import { currentThen } from '../../graphql/current-then.js';

export const USAGE_UPDATED = 'USAGE_UPDATED';
export const SYSTEM_USAGE_UPDATED = 'SYSTEM_USAGE_UPDATED';

/** A clinic's usage today (its timezone), as its live feed sends it. */
export interface UsageUpdate {
  tenant_id: string;
  day: string;
  timezone: string;
  currency: string;
  events_today: number;
  events: { event: string; count: number }[];
  api_requests_today: number;
  errors_today: number;
  error_rate: number;
  average_response_time: number;
  appointments_today: number;
  revenue_today: number;
  at: Date;
}

/** The platform today (UTC), with its tenants and recurring revenue now. */
export interface SystemUsageUpdate {
  day: string;
  events_today: number;
  api_requests_today: number;
  errors_today: number;
  error_rate: number;
  average_response_time: number;
  tenants: {
    total: number;
    by_status: { status: string; count: number }[];
    by_plan: { plan: string; count: number }[];
  };
  mrr: { currency: string; amount: number }[];
  at: Date;
}

/** The most tenants one tick reports on; the rest wait for the next tick. */
const MAX_TENANTS_PER_TICK = 5_000;

/**
 * Live usage feeds. Writes mark a tenant as changed (in Redis, by whichever instance took them);
 * once per interval exactly one instance (whichever claims the interval) takes the marks, builds
 * each changed tenant's update once, and publishes it through Redis on the tenant's own channel,
 * where every instance hands the same update to its subscribers. However many events arrive in
 * an interval, each tenant gets at most one update per interval, and the platform one.
 */
export class LiveUsageService {
  private timer: NodeJS.Timeout | null = null;
  private ticking = false;
  private currentTick: Promise<number> = Promise.resolve(0);

  constructor(
    private readonly redis: Redis,
    private readonly pubSub: AppPubSub,
    private readonly keys: UsageKeys,
    private readonly reader: CounterReader,
    private readonly usage: UsageService,
    private readonly directory: TenantDirectory,
    private readonly stats: TenantStatsService,
    private readonly revenue: PlatformRevenue,
    private readonly intervalMs: number,
    private readonly now: () => Date,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      this.currentTick = this.tick();
    }, this.intervalMs);
    this.timer.unref();
  }

  /** Stops the ticks, and waits for one in progress so it never outlives the connections. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.currentTick;
  }

  /** A clinic's feed: its usage now, then an update each interval in which it changed. */
  async watchTenant(
    principal: Principal,
    tenantIdArg: unknown,
  ): Promise<AsyncIterable<UsageUpdate>> {
    const tenantId = await this.usage.reportedTenant(principal, tenantIdArg, 'usage:read');
    const updates = this.pubSub.subscribeTo(USAGE_UPDATED, tenantId);
    return currentThen(await this.tenantUpdate(tenantId), updates);
  }

  /** The platform's feed, for admins: now, then each interval in which anything changed. */
  async watchSystem(principal: Principal): Promise<AsyncIterable<SystemUsageUpdate>> {
    authorizeAdmin(principal, 'analytics:system');
    const updates = this.pubSub.subscribe(SYSTEM_USAGE_UPDATED);
    return currentThen(await this.systemUpdate(), updates);
  }

  /** One interval's updates, if this instance claims the interval. */
  async tick(): Promise<number> {
    if (this.ticking) return 0;
    this.ticking = true;
    try {
      const interval = Math.floor(Date.now() / this.intervalMs);
      const claimed = await this.redis.set(
        this.keys.liveTick(interval),
        '1',
        'PX',
        this.intervalMs * 5,
        'NX',
      );
      if (claimed !== 'OK') return 0;
      const changed = await this.redis.spop(this.keys.liveDirty, MAX_TENANTS_PER_TICK);
      if (changed.length === 0) return 0;
      const tenants = changed.filter((id) => id !== PLATFORM_SCOPE);
      await Promise.all(
        tenants.map(async (tenantId) =>
          this.pubSub.publishTo(USAGE_UPDATED, tenantId, await this.tenantUpdate(tenantId)),
        ),
      );
      this.pubSub.publish(SYSTEM_USAGE_UPDATED, await this.systemUpdate());
      return changed.length;
    } catch (error) {
      this.log.warn({ err: error }, 'live usage updates skipped this interval');
      return 0;
    } finally {
      this.ticking = false;
    }
  }

  async tenantUpdate(tenantId: string): Promise<UsageUpdate> {
    const tenant = await this.directory.byId(tenantId);
    const timezone = tenant?.timezone ?? 'UTC';
    const currency = tenant?.currency ?? 'USD';
    const day = dayIn(timezone, this.now());
    const series = await this.reader.series(tenantId, ['usage', 'perf', 'clinic'], [day]);
    const usage = series.usage?.[0] ?? {};
    const perf = series.perf?.[0] ?? {};
    const clinic = series.clinic?.[0] ?? {};
    const { response, errorRate } = dailyPerformance(perf);
    return {
      tenant_id: tenantId,
      day,
      timezone,
      currency,
      events_today: totalOf(usage),
      events: Object.entries(usage)
        .filter(([, count]) => count !== 0)
        .map(([event, count]) => ({ event, count }))
        .sort((a, b) => a.event.localeCompare(b.event)),
      api_requests_today: perf.requests ?? 0,
      errors_today: perf.errors ?? 0,
      error_rate: errorRate,
      average_response_time: response,
      appointments_today: clinic.appointments ?? 0,
      revenue_today: round((clinic[`revenue_cents:${currency}`] ?? 0) / 100, 2),
      at: this.now(),
    };
  }

  async systemUpdate(): Promise<SystemUsageUpdate> {
    const day = utcDay(this.now());
    const [series, counts, recurring] = await Promise.all([
      this.reader.series(PLATFORM_SCOPE, ['usage', 'perf'], [day]),
      this.stats.counts(),
      this.revenue.recurring(),
    ]);
    const perf = series.perf?.[0] ?? {};
    const { response, errorRate } = dailyPerformance(perf);
    return {
      day,
      events_today: totalOf(series.usage?.[0] ?? {}),
      api_requests_today: perf.requests ?? 0,
      errors_today: perf.errors ?? 0,
      error_rate: errorRate,
      average_response_time: response,
      tenants: { total: counts.total, by_status: counts.byStatus, by_plan: counts.byPlan },
      mrr: recurring.map(({ currency, mrr }) => ({ currency, amount: mrr })),
      at: this.now(),
    };
  }
}
