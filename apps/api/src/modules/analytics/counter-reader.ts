import type { Redis } from 'ioredis';
import { runAsTenant } from '../../db/tenant-context.js';
import {
  bucketField,
  LATENCY_BOUNDS_MS,
  quantileMs,
} from '../usage/performance/latency-buckets.js';
import { flattenFamily } from '../usage/store/usage-flush.service.js';
import {
  PLATFORM_SCOPE,
  type CounterFamily,
  type CounterScope,
  type UsageKeys,
} from '../usage/usage-keys.js';
import type {
  PlatformRollupModel,
  UsageRollupDocument,
  UsageRollupModel,
} from '../usage/usage-rollup.model.js';

export type DayCounters = Record<string, number>;

/** Each family's counters for each day asked, in one round trip. */
export type DaySeries = Record<CounterFamily, DayCounters[]>;

/**
 * Reads the day counters of a tenant (or the platform) for a run of days: from Redis, in one
 * round trip. Only while Redis has lost its counters and they are not yet rebuilt does it read
 * the MongoDB rollups instead (up to the last flush), so a dashboard shows history, not zeros.
 */
export class CounterReader {
  constructor(
    private readonly redis: Redis,
    private readonly keys: UsageKeys,
    private readonly rollups: {
      usageRollups: UsageRollupModel;
      platformRollups: PlatformRollupModel;
    },
  ) {}

  async series(
    scope: CounterScope,
    families: readonly CounterFamily[],
    days: readonly string[],
  ): Promise<Partial<DaySeries>> {
    const pipeline = this.redis.pipeline();
    pipeline.exists(this.keys.rebuilt);
    for (const family of families) {
      for (const day of days) pipeline.hgetall(this.keys.day(scope, family, day));
    }
    const [intact, ...results] = (await pipeline.exec()) ?? [];
    if (intact?.[1] === 0) return this.fromRollups(scope, families, days);
    const series: Partial<DaySeries> = {};
    families.forEach((family, familyIndex) => {
      series[family] = days.map((_, dayIndex) => {
        const [error, hash] = results[familyIndex * days.length + dayIndex] ?? [null, {}];
        if (error) throw error;
        return numbers(hash as Record<string, string>);
      });
    });
    return series;
  }

  private async fromRollups(
    scope: CounterScope,
    families: readonly CounterFamily[],
    days: readonly string[],
  ): Promise<Partial<DaySeries>> {
    type Stored = Pick<UsageRollupDocument, 'day' | 'usage' | 'perf' | 'ops' | 'clinic'>;
    const filter = { day: { $in: [...days] } };
    const docs: Stored[] =
      scope === PLATFORM_SCOPE
        ? await this.rollups.platformRollups.find(filter).lean()
        : await runAsTenant(scope, () => this.rollups.usageRollups.find(filter).lean());
    const byDay = new Map(docs.map((doc) => [doc.day, doc]));
    const series: Partial<DaySeries> = {};
    for (const family of families) {
      series[family] = days.map((day) => {
        const stored = byDay.get(day)?.[family] ?? {};
        return Object.fromEntries(flattenFamily(family, stored));
      });
    }
    return series;
  }
}

function numbers(hash: Record<string, string>): DayCounters {
  const parsed: DayCounters = {};
  for (const [field, value] of Object.entries(hash)) parsed[field] = Number(value);
  return parsed;
}

export const sumOf = (values: readonly number[]): number =>
  values.reduce((sum, value) => sum + value, 0);

export const totalOf = (counters: DayCounters): number => sumOf(Object.values(counters));

const round = (value: number, places: number): number => {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
};

export interface PerformanceSummary {
  requests: number;
  errors: number;
  server_errors: number;
  /** Milliseconds, the mean over every request; 0 without requests. */
  average_response_time: number;
  p95_response_time: number;
  /** Percent of requests that failed (any error). */
  error_rate: number;
  /** Percent of elapsed minutes in which no request failed with a server error. */
  uptime: number;
}

/**
 * Performance over some days from their perf hashes. Uptime is the share of elapsed minutes
 * with no server error (a minute without requests is up); see the README.
 */
export function summarizePerformance(
  perfDays: readonly DayCounters[],
  elapsedMinutes: number,
): PerformanceSummary {
  const field = (name: string) => sumOf(perfDays.map((day) => day[name] ?? 0));
  const requests = field('requests');
  const errors = field('errors');
  const buckets = LATENCY_BOUNDS_MS.map((_, index) => field(bucketField(index)));
  const badMinutes = field('bad_minutes');
  return {
    requests,
    errors,
    server_errors: field('server_errors'),
    average_response_time: requests ? round(field('latency_us') / requests / 1000, 1) : 0,
    p95_response_time: round(quantileMs(buckets, 0.95) ?? 0, 1),
    error_rate: requests ? round((errors / requests) * 100, 2) : 0,
    uptime:
      elapsedMinutes > 0
        ? round(((elapsedMinutes - Math.min(badMinutes, elapsedMinutes)) / elapsedMinutes) * 100, 3)
        : 100,
  };
}

/** One day's mean response time (ms) and error rate (%), for trend charts. */
export function dailyPerformance(perfDay: DayCounters): { response: number; errorRate: number } {
  const requests = perfDay.requests ?? 0;
  return {
    response: requests ? round((perfDay.latency_us ?? 0) / requests / 1000, 1) : 0,
    errorRate: requests ? round(((perfDay.errors ?? 0) / requests) * 100, 2) : 0,
  };
}

export { round };
