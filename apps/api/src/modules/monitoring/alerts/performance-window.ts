import type { Redis } from 'ioredis';
import {
  bucketField,
  LATENCY_BOUNDS_MS,
  quantileMs,
} from '../../usage/performance/latency-buckets.js';
import { dayIn } from '../../usage/local-day.js';
import { PLATFORM_SCOPE, type UsageKeys } from '../../usage/usage-keys.js';

/** Requests served by the whole platform in a window, from the usage module's counters. */
export interface PerformanceDelta {
  requests: number;
  errors: number;
  server_errors: number;
  latency_us: number;
  /** Counts per latency bucket (LATENCY_BOUNDS_MS). */
  buckets: number[];
}

const FIELDS = ['requests', 'errors', 'server_errors', 'latency_us'] as const;
type DayCounters = Record<string, number>;
const DAY_MS = 86_400_000;

export const p95Of = (delta: PerformanceDelta): number | null => quantileMs(delta.buckets, 0.95);

/**
 * The platform's requests between two evaluations, from the per-day performance counters the
 * usage module keeps in Redis for every instance's requests (so the rule sees the whole fleet,
 * not the one process that runs the job). The counters only grow; the window is the difference
 * from a snapshot kept in Redis (any instance may run the next evaluation), day by day so a
 * window across midnight counts both days.
 */
export class PlatformPerformanceWindow {
  constructor(
    private readonly redis: Redis,
    private readonly keys: UsageKeys,
    private readonly snapshotKey: string,
  ) {}

  async take(now: Date): Promise<PerformanceDelta | null> {
    const days = [dayIn('UTC', new Date(now.getTime() - DAY_MS)), dayIn('UTC', now)];
    const pipeline = this.redis.pipeline();
    pipeline.get(this.snapshotKey);
    for (const day of days) pipeline.hgetall(this.keys.day(PLATFORM_SCOPE, 'perf', day));
    const results = (await pipeline.exec()) ?? [];
    for (const [error] of results) if (error) throw error;
    const previousText = results[0]?.[1] as string | null;
    const current: Record<string, DayCounters> = {};
    days.forEach((day, index) => {
      const hash = (results[index + 1]?.[1] ?? {}) as Record<string, string>;
      current[day] = Object.fromEntries(
        Object.entries(hash).map(([field, value]) => [field, Number(value)]),
      );
    });
    await this.redis.set(this.snapshotKey, JSON.stringify(current), 'EX', 3 * 86_400);
    if (previousText === null) return null;
    const previous = JSON.parse(previousText) as Record<string, DayCounters>;
    const delta = (field: string) =>
      days.reduce(
        (sum, day) =>
          sum + Math.max(0, (current[day]?.[field] ?? 0) - (previous[day]?.[field] ?? 0)),
        0,
      );
    return {
      ...(Object.fromEntries(FIELDS.map((field) => [field, delta(field)])) as Record<
        (typeof FIELDS)[number],
        number
      >),
      buckets: LATENCY_BOUNDS_MS.map((_, index) => delta(bucketField(index))),
    };
  }
}
