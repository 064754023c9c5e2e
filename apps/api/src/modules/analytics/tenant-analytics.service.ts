import type { Principal } from '../../common/principal.js';
import type { TenantDirectory } from '../tenants/tenant-directory.js';
import type { ClinicActivityRecorder } from '../usage/clinic-activity.recorder.js';
import { elapsedMinutesOfDay } from '../usage/local-day.js';
import {
  bucketField,
  LATENCY_BOUNDS_MS,
  quantileMs,
} from '../usage/performance/latency-buckets.js';
import { splitOperationField } from '../usage/store/usage-flush.service.js';
import type { UsageService } from '../usage/usage.service.js';
import {
  type CounterReader,
  dailyPerformance,
  round,
  sumOf,
  summarizePerformance,
  totalOf,
  type PerformanceSummary,
} from './counter-reader.js';
import { parsePeriod, type PeriodInput } from './period.js';
import type { StorageUsage } from './storage-usage.js';

export interface Daily {
  daily: number[];
}

/** The spec's tenant analytics, with a few more series beside its own. */
export interface TenantAnalytics {
  tenant_id: string;
  period: string;
  from: string;
  to: string;
  timezone: string;
  currency: string;
  usage: {
    staff_count: number;
    client_count: number;
    appointment_count: number;
    revenue: number;
    storage_used: number;
  };
  trends: {
    days: string[];
    appointments: Daily;
    revenue: Daily;
    api_calls: Daily;
    logins: Daily;
    usage_events: Daily;
    response_time: Daily;
    error_rate: Daily;
  };
  performance: PerformanceSummary;
}

export interface OperationPerformance {
  operation: string;
  requests: number;
  errors: number;
  average_response_time: number;
  p95_response_time: number;
}

/**
 * A tenant's analytics over a period, read from its Redis day counters (one pipelined round trip
 * per family) and small kept totals: the cost depends on the days asked, never on how much the
 * tenant or the platform has stored.
 */
export class TenantAnalyticsService {
  constructor(
    private readonly reader: CounterReader,
    private readonly usage: UsageService,
    private readonly directory: TenantDirectory,
    private readonly clinicTotals: ClinicActivityRecorder,
    private readonly storage: StorageUsage,
    private readonly now: () => Date,
  ) {}

  async analytics(
    principal: Principal,
    tenantIdArg: unknown,
    input: PeriodInput,
  ): Promise<TenantAnalytics> {
    const tenantId = await this.usage.reportedTenant(principal, tenantIdArg, 'analytics:read');
    const tenant = await this.directory.byId(tenantId);
    const timeZone = tenant?.timezone ?? 'UTC';
    const currency = tenant?.currency ?? 'USD';
    const now = this.now();
    const period = parsePeriod(input, timeZone, now);
    const [series, totals, storage] = await Promise.all([
      this.reader.series(tenantId, ['usage', 'perf', 'clinic'], period.days),
      this.clinicTotals.totals(tenantId),
      this.storage.gigabytesUsed(tenantId),
    ]);
    const usageDays = series.usage ?? [];
    const perfDays = series.perf ?? [];
    const clinicDays = series.clinic ?? [];
    const revenueDaily = clinicDays.map((day) =>
      round((day[`revenue_cents:${currency}`] ?? 0) / 100, 2),
    );
    const appointmentsDaily = clinicDays.map((day) => day.appointments ?? 0);
    const elapsed = sumOf(period.days.map((day) => elapsedMinutesOfDay(timeZone, day, now)));
    return {
      tenant_id: tenantId,
      period: period.name,
      from: period.from,
      to: period.to,
      timezone: timeZone,
      currency,
      usage: {
        staff_count: totals.staff,
        client_count: totals.clients,
        appointment_count: sumOf(appointmentsDaily),
        revenue: round(sumOf(revenueDaily), 2),
        storage_used: storage,
      },
      trends: {
        days: period.days,
        appointments: { daily: appointmentsDaily },
        revenue: { daily: revenueDaily },
        api_calls: { daily: perfDays.map((day) => day.requests ?? 0) },
        logins: { daily: usageDays.map((day) => day.user_login ?? 0) },
        usage_events: { daily: usageDays.map(totalOf) },
        response_time: { daily: perfDays.map((day) => dailyPerformance(day).response) },
        error_rate: { daily: perfDays.map((day) => dailyPerformance(day).errorRate) },
      },
      performance: summarizePerformance(perfDays, elapsed),
    };
  }

  /** The tenant's busiest operations over the analytics' days (read only when asked for). */
  async operations(analytics: TenantAnalytics, limit = 15): Promise<OperationPerformance[]> {
    const series = await this.reader.series(analytics.tenant_id, ['ops'], analytics.trends.days);
    const byOperation = new Map<string, Record<string, number>>();
    for (const day of series.ops ?? []) {
      for (const [field, value] of Object.entries(day)) {
        const [operation, metric] = splitOperationField(field);
        const metrics = byOperation.get(operation) ?? {};
        metrics[metric] = (metrics[metric] ?? 0) + value;
        byOperation.set(operation, metrics);
      }
    }
    return [...byOperation]
      .map(([operation, metrics]) => {
        const requests = metrics.requests ?? 0;
        const buckets = LATENCY_BOUNDS_MS.map((_, index) => metrics[bucketField(index)] ?? 0);
        return {
          operation,
          requests,
          errors: metrics.errors ?? 0,
          average_response_time: requests
            ? round((metrics.latency_us ?? 0) / requests / 1000, 1)
            : 0,
          p95_response_time: round(quantileMs(buckets, 0.95) ?? 0, 1),
        };
      })
      .sort((a, b) => b.requests - a.requests || a.operation.localeCompare(b.operation))
      .slice(0, limit);
  }
}
