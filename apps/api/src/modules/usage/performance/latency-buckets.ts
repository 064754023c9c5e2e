/**
 * Latency histogram buckets (upper bounds in milliseconds; the last is everything slower). Kept
 * as counters per tenant, day and operation, so percentiles come from the counts without storing
 * each request. Changing the bounds changes the meaning of stored counters: add, never move.
 */
export const LATENCY_BOUNDS_MS = [
  1,
  2.5,
  5,
  10,
  25,
  50,
  100,
  250,
  500,
  1000,
  2500,
  5000,
  10000,
  Infinity,
] as const;

export const bucketField = (index: number): string => `b${index}`;

export function bucketOf(ms: number): number {
  const index = LATENCY_BOUNDS_MS.findIndex((bound) => ms <= bound);
  return index === -1 ? LATENCY_BOUNDS_MS.length - 1 : index;
}

/**
 * The latency below which `quantile` (0..1) of requests fell, interpolated inside its bucket;
 * null with no requests. For the open last bucket, its lower bound.
 */
export function quantileMs(buckets: readonly number[], quantile: number): number | null {
  const total = buckets.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const rank = quantile * total;
  let seen = 0;
  for (let index = 0; index < LATENCY_BOUNDS_MS.length; index += 1) {
    const count = buckets[index] ?? 0;
    if (count > 0 && seen + count >= rank) {
      const lower = index === 0 ? 0 : LATENCY_BOUNDS_MS[index - 1]!;
      const upper = LATENCY_BOUNDS_MS[index]!;
      if (upper === Infinity) return lower;
      return lower + ((upper - lower) * (rank - seen)) / count;
    }
    seen += count;
  }
  return LATENCY_BOUNDS_MS[LATENCY_BOUNDS_MS.length - 2]!;
}
