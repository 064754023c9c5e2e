export {
  isUsageEvent,
  MAX_COUNT_PER_EVENT,
  MAX_EVENTS_PER_CALL,
  USAGE_EVENTS,
  type UsageEventName,
} from '@vetcares/tenant-rules';
/** How long a day's counters are kept in Redis; also how far back an event's `at` may be. */
export const USAGE_RETENTION_DAYS = 400;
export const COUNTER_TTL_SECONDS = USAGE_RETENTION_DAYS * 86_400;
/** How far ahead of the server's clock an event's `at` may be (clients' clocks drift). */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;
/** How many days `tenantUsage` answers at most. */
export const MAX_USAGE_REPORT_DAYS = 90;
/** A batch sent again within this time is recognized and not counted again. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;
/** Idempotency keys: what clients may send (a UUID, a ULID, their own scheme). */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;
