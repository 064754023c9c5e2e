export const SUBSCRIPTION_STATUSES = [
  'trialing',
  'active',
  'past_due',
  'unpaid',
  'canceled',
] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export const INVOICE_STATUSES = ['draft', 'open', 'paid', 'void', 'uncollectible'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export const INVOICE_LINE_KINDS = ['plan', 'proration', 'credit', 'tax'] as const;
export type InvoiceLineKind = (typeof INVOICE_LINE_KINDS)[number];

export const LIMIT_NAMES = ['staff', 'clients', 'storage'] as const;
export type LimitName = (typeof LIMIT_NAMES)[number];

/** Days after the first failed payment on which collection is tried again; then suspension. */
export const DUNNING_RETRY_DAYS = [3, 5, 7] as const;

/** The suspension reason billing sets, and the only one a later payment lifts. */
export const PAYMENT_OVERDUE = 'Payment overdue';

export const DEFAULT_TRIAL_DAYS = 14;

/** Usage alert thresholds, in percent of a limit. */
export const ALERT_THRESHOLDS = [80, 100] as const;

export const DAY_MS = 24 * 60 * 60 * 1000;
