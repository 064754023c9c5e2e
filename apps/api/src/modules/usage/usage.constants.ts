/**
 * The events clinic apps may count. A fixed list, so a typo in a clinic app is refused instead
 * of quietly starting a new counter nobody reads. Add a name here (and to the TenantManager's
 * copy in packages/tenant-client) before an app starts sending it.
 */
export const USAGE_EVENTS = [
  'api_call',
  'user_login',
  'appointment_created',
  'appointment_completed',
  'appointment_cancelled',
  'client_created',
  'patient_created',
  'staff_created',
  'payment_recorded',
  'invoice_sent',
  'reminder_sent',
  'report_generated',
  'file_uploaded',
] as const;
export type UsageEventName = (typeof USAGE_EVENTS)[number];

export const isUsageEvent = (value: unknown): value is UsageEventName =>
  (USAGE_EVENTS as readonly unknown[]).includes(value);

/** One call carries at most this many events; the TenantManager batches below it. */
export const MAX_EVENTS_PER_CALL = 500;
/** Per event entry: enough for a pre-aggregated batch, too little to skew a month by mistake. */
export const MAX_COUNT_PER_EVENT = 100_000;
/** How long a day's counters are kept; also how far back an event's `at` may be. */
export const USAGE_RETENTION_DAYS = 400;
/** How far ahead of the server's clock an event's `at` may be (clients' clocks drift). */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;
/** How many days `tenantUsage` answers at most. */
export const MAX_USAGE_REPORT_DAYS = 90;
