/**
 * Where raw usage counters live in Redis until the usage issue flushes them to daily rollups:
 *
 *   {REDIS_KEY_PREFIX}t:{tenant id}:usage:{YYYY-MM-DD}   a hash: field = event name, value = count
 *
 * - The day is the UTC calendar day of the event's `at` (or of its arrival when `at` is absent).
 * - Every write sets EXPIRE to USAGE_RETENTION_DAYS, so a day's key lives that long after its
 *   last event and Redis never fills with dead days.
 * - The `t:{tenant id}:` namespace is the tenant's own: the tenant purge erases it with the
 *   tenant's documents.
 * - The flush job will read closed days (before today in UTC) with HGETALL, upsert the rollup
 *   documents, then may delete the keys; writes are HINCRBY so a late event for a closed day
 *   just adds to its hash for the next flush.
 */
export const usageDayKey = (keyPrefix: string, tenantId: string, day: string): string =>
  `${keyPrefix}t:${tenantId}:usage:${day}`;

/** "2026-11-27": the UTC calendar day of an instant. */
export const utcDay = (instant: Date): string => instant.toISOString().slice(0, 10);

const DAY_MS = 86_400_000;

/** The last `count` UTC days up to and including today's, oldest first. */
export function recentUtcDays(count: number, now: Date): string[] {
  return Array.from({ length: count }, (_, index) =>
    utcDay(new Date(now.getTime() - (count - 1 - index) * DAY_MS)),
  );
}
