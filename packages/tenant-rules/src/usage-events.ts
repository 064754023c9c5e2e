/**
 * The events clinic apps may count. A fixed list, so a typo in a clinic app is refused instead of
 * quietly starting a new counter nobody reads; the API enforces it and the TenantManager checks it
 * before queueing. Add a name here before an app starts sending it.
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
