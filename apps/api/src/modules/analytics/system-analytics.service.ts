import type { Redis } from 'ioredis';
import { authorizeAdmin } from '../../common/policy.js';
import type { Principal } from '../../common/principal.js';
import type { TenantDirectory } from '../tenants/tenant-directory.js';
import { elapsedMinutesOfDay } from '../usage/local-day.js';
import { PLATFORM_SCOPE, type UsageKeys } from '../usage/usage-keys.js';
import { USAGE_EVENTS } from '../usage/usage.constants.js';
import {
  type CounterReader,
  dailyPerformance,
  sumOf,
  summarizePerformance,
  totalOf,
  type PerformanceSummary,
} from './counter-reader.js';
import { parsePeriod, type PeriodInput } from './period.js';
import type { PlatformRevenue } from './platform-revenue.js';
import type { TenantStatsService } from './tenant-stats.service.js';
import type { Daily } from './tenant-analytics.service.js';

export interface SystemAnalytics {
  period: string;
  from: string;
  to: string;
  days: string[];
  tenants: {
    total: number;
    by_status: { status: string; count: number }[];
    by_plan: { plan: string; count: number }[];
    new: Daily;
    churned: Daily;
  };
  revenue: {
    source: string;
    mrr: { currency: string; amount: number }[];
    arr: { currency: string; amount: number }[];
    trend: { currency: string; daily: number[] }[];
  };
  usage: {
    total_events: number;
    api_requests: number;
    events: Daily;
    api_calls: Daily;
    by_event: { event: string; count: number }[];
  };
  top_tenants: {
    by_usage: { tenant_id: string; name: string; slug: string; events: number }[];
    by_revenue: {
      tenant_id: string;
      name: string;
      slug: string;
      currency: string;
      amount: number;
    }[];
  };
  performance: PerformanceSummary & { response_time: Daily; error_rate_daily: Daily };
}

const TOP = 10;
/** The union of a period's daily rankings is kept this long, so busy dashboards compute it rarely. */
const TOP_CACHE_SECONDS = 10;

/**
 * The platform's analytics over a period of UTC days: tenant counts kept as tenants change,
 * platform counters per day, the day's tenant rankings, and revenue from billing. Nothing here
 * reads the tenants or the rollups collections.
 */
export class SystemAnalyticsService {
  constructor(
    private readonly redis: Redis,
    private readonly keys: UsageKeys,
    private readonly reader: CounterReader,
    private readonly stats: TenantStatsService,
    private readonly revenue: PlatformRevenue,
    private readonly directory: TenantDirectory,
    private readonly now: () => Date,
  ) {}

  async analytics(principal: Principal, input: PeriodInput): Promise<SystemAnalytics> {
    authorizeAdmin(principal, 'analytics:system');
    const now = this.now();
    const period = parsePeriod(input, 'UTC', now);
    const [series, counts, perDay, recurring, collected, topUsage, topRevenue] = await Promise.all([
      this.reader.series(PLATFORM_SCOPE, ['usage', 'perf'], period.days),
      this.stats.counts(),
      this.stats.perDay(period.days),
      this.revenue.recurring(),
      this.revenue.collectedByDay(period.days),
      this.topByUsage(period.from, period.to, period.days),
      this.revenue.topTenants(period.days, TOP),
    ]);
    const usageDays = series.usage ?? [];
    const perfDays = series.perf ?? [];
    const elapsed = sumOf(period.days.map((day) => elapsedMinutesOfDay('UTC', day, now)));
    const eventsDaily = usageDays.map(totalOf);
    const apiDaily = perfDays.map((day) => day.requests ?? 0);
    return {
      period: period.name,
      from: period.from,
      to: period.to,
      days: period.days,
      tenants: {
        total: counts.total,
        by_status: counts.byStatus,
        by_plan: counts.byPlan,
        new: { daily: perDay.created },
        churned: { daily: perDay.churned },
      },
      revenue: {
        source: this.revenue.source,
        mrr: recurring.map(({ currency, mrr }) => ({ currency, amount: mrr })),
        arr: recurring.map(({ currency, arr }) => ({ currency, amount: arr })),
        trend: collected,
      },
      usage: {
        total_events: sumOf(eventsDaily),
        api_requests: sumOf(apiDaily),
        events: { daily: eventsDaily },
        api_calls: { daily: apiDaily },
        by_event: USAGE_EVENTS.map((event) => ({
          event,
          count: sumOf(usageDays.map((day) => day[event] ?? 0)),
        })).filter((row) => row.count > 0),
      },
      top_tenants: {
        by_usage: await this.named(topUsage, (row) => ({ events: row.score })),
        by_revenue: await this.named(
          topRevenue.map((row) => ({
            id: row.tenant_id,
            score: row.amount,
            currency: row.currency,
          })),
          (row) => ({ currency: row.currency, amount: row.score }),
        ),
      },
      performance: {
        ...summarizePerformance(perfDays, elapsed),
        response_time: { daily: perfDays.map((day) => dailyPerformance(day).response) },
        error_rate_daily: { daily: perfDays.map((day) => dailyPerformance(day).errorRate) },
      },
    };
  }

  /** Tenants with the most usage events over the period, from the days' rankings. */
  private async topByUsage(
    from: string,
    to: string,
    days: readonly string[],
  ): Promise<{ id: string; score: number }[]> {
    const cached = `${this.keys.prefix}platform:top:usage:period:${from}:${to}`;
    if ((await this.redis.exists(cached)) === 0) {
      await this.redis
        .multi()
        .zunionstore(cached, days.length, ...days.map((day) => this.keys.topUsage(day)))
        .expire(cached, TOP_CACHE_SECONDS)
        .exec();
    }
    const flat = await this.redis.zrevrange(cached, 0, TOP - 1, 'WITHSCORES');
    const rows: { id: string; score: number }[] = [];
    for (let index = 0; index < flat.length; index += 2) {
      rows.push({ id: flat[index]!, score: Number(flat[index + 1]) });
    }
    return rows;
  }

  private async named<R extends { id: string; score: number }, T>(
    rows: R[],
    rest: (row: R) => T,
  ): Promise<({ tenant_id: string; name: string; slug: string } & T)[]> {
    const named = await Promise.all(
      rows.map(async (row) => {
        const tenant = await this.directory.byId(row.id);
        return tenant
          ? { tenant_id: row.id, name: tenant.name, slug: tenant.slug, ...rest(row) }
          : null;
      }),
    );
    return named.filter((row) => row !== null);
  }
}
