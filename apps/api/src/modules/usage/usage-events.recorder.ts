import { CounterBatchBuilder, type CounterBatch } from './store/counter-batch.js';
import { dayIn, utcDay } from './local-day.js';
import { pendingField, PLATFORM_SCOPE, type UsageKeys } from './usage-keys.js';
import type { UsageEvent } from './usage.validation.js';

/**
 * A batch of a clinic's usage events as counter changes: the clinic's day hash (its timezone),
 * the platform's (UTC), and the clinic's place in that day's ranking of tenants by usage.
 */
export function usageEventsBatch(
  keys: UsageKeys,
  tenantId: string,
  timeZone: string,
  events: readonly UsageEvent[],
  idempotencyKey: string | null,
): CounterBatch {
  const builder = new CounterBatchBuilder();
  // A batch's events mostly share an instant (or a minute): work each minute's days out once.
  const daysOfMinute = new Map<number, [string, string]>();
  for (const { event, count, at } of events) {
    const minute = Math.floor(at.getTime() / 60_000);
    let days = daysOfMinute.get(minute);
    if (!days) {
      days = [dayIn(timeZone, at), utcDay(at)];
      daysOfMinute.set(minute, days);
    }
    const [day, platformDay] = days;
    builder
      .add({
        kind: 'hash',
        key: keys.day(tenantId, 'usage', day),
        field: event,
        delta: count,
        pending: pendingField(tenantId, day, 'usage', event),
      })
      .add({
        kind: 'hash',
        key: keys.day(PLATFORM_SCOPE, 'usage', platformDay),
        field: event,
        delta: count,
        pending: pendingField(PLATFORM_SCOPE, platformDay, 'usage', event),
      })
      .add({ kind: 'zset', key: keys.topUsage(day), field: tenantId, delta: count, pending: null });
  }
  return builder.build({
    idempotencyKey: idempotencyKey ? keys.idempotency(tenantId, idempotencyKey) : null,
    dirtyTenant: tenantId,
  });
}
