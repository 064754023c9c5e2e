/**
 * Where usage, performance and clinic-activity counters live in Redis. Request-time reads come
 * from here; the MongoDB rollups (usage-rollup.model.ts) are the durable copy that rebuilds them.
 *
 *   {prefix}t:{tenant}:usage:{day}      hash  event name → count      (days in the tenant's timezone)
 *   {prefix}t:{tenant}:perf:{day}       hash  requests, errors, server_errors, latency_us, b0..bN, bad_minutes
 *   {prefix}t:{tenant}:ops:{day}        hash  "{operation}|{metric}" → value, per operation
 *   {prefix}t:{tenant}:clinic:{day}     hash  appointments, revenue_cents:{CUR}
 *   {prefix}t:{tenant}:clinic:totals    hash  staff, clients (current counts; kept an hour, then recounted)
 *   {prefix}t:{tenant}:idem:{key}       a batch's idempotency key, kept IDEMPOTENCY_TTL_SECONDS
 *   {prefix}t:{tenant}:badmin:{minute}  a minute already counted as failed (uptime)
 *   {prefix}platform:{family}:{day}     the same hashes for the whole platform (UTC days)
 *   {prefix}platform:top:usage:{day}    sorted set tenant → events that day (UTC)
 *   {prefix}usage:pending               hash  "{scope}|{day}|{family}|{field}" → change since the last flush
 *   {prefix}usage:flushing              the pending hash while a flush writes it to MongoDB
 *
 * - Every day hash gets EXPIRE USAGE_RETENTION_DAYS on each write, so dead days leave by themselves.
 * - `t:{tenant}:` is the tenant's own namespace: the tenant purge erases it with its documents.
 * - A late event for a past day just adds to that day's hash and to the pending hash.
 */

export const COUNTER_FAMILIES = ['usage', 'perf', 'ops', 'clinic'] as const;
export type CounterFamily = (typeof COUNTER_FAMILIES)[number];

/** A tenant id, or the whole platform. */
export type CounterScope = string;
export const PLATFORM_SCOPE = 'platform';

export class UsageKeys {
  constructor(readonly prefix: string) {}

  day(scope: CounterScope, family: CounterFamily, day: string): string {
    return scope === PLATFORM_SCOPE
      ? `${this.prefix}platform:${family}:${day}`
      : `${this.prefix}t:${scope}:${family}:${day}`;
  }

  clinicTotals(tenantId: string): string {
    return `${this.prefix}t:${tenantId}:clinic:totals`;
  }

  idempotency(scope: CounterScope, key: string): string {
    return scope === PLATFORM_SCOPE
      ? `${this.prefix}platform:idem:${key}`
      : `${this.prefix}t:${scope}:idem:${key}`;
  }

  badMinute(scope: CounterScope, minute: number): string {
    return scope === PLATFORM_SCOPE
      ? `${this.prefix}platform:badmin:${minute}`
      : `${this.prefix}t:${scope}:badmin:${minute}`;
  }

  topUsage(day: string): string {
    return `${this.prefix}platform:top:usage:${day}`;
  }

  get pending(): string {
    return `${this.prefix}usage:pending`;
  }

  get flushing(): string {
    return `${this.prefix}usage:flushing`;
  }

  get flushingId(): string {
    return `${this.prefix}usage:flushing:id`;
  }

  get flushSequence(): string {
    return `${this.prefix}usage:flush:seq`;
  }

  get flushLock(): string {
    return `${this.prefix}usage:flush:lock`;
  }

  /** Present while Redis holds everything the rollups hold; absent after Redis lost its data. */
  get rebuilt(): string {
    return `${this.prefix}usage:rebuilt`;
  }

  get liveDirty(): string {
    return `${this.prefix}usage:live:dirty`;
  }

  liveTick(second: number): string {
    return `${this.prefix}usage:live:tick:${second}`;
  }
}

/** One field of the pending hash: what the flush adds to which rollup. */
export function pendingField(
  scope: CounterScope,
  day: string,
  family: CounterFamily,
  field: string,
): string {
  return `${scope}|${day}|${family}|${field}`;
}

export interface PendingField {
  scope: CounterScope;
  day: string;
  family: CounterFamily;
  field: string;
}

export function parsePendingField(text: string): PendingField | null {
  const [scope, day, family, ...rest] = text.split('|');
  if (!scope || !day || !family || rest.length === 0) return null;
  if (!(COUNTER_FAMILIES as readonly string[]).includes(family)) return null;
  return { scope, day, family: family as CounterFamily, field: rest.join('|') };
}
