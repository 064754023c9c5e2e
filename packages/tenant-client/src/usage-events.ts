/**
 * The usage events the API counts (apps/api/src/modules/usage/usage.constants.ts; a test keeps
 * the two lists equal). Checked before an event is queued, so one typo cannot poison a batch.
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

/** The API's bounds: events per call, and count per event. */
export const MAX_EVENTS_PER_CALL = 500;
export const MAX_COUNT_PER_EVENT = 100_000;
