/**
 * Billing facts that the monitoring module turns into alerts. The billing module provides them;
 * monitoring depends only on this shape, so neither imports the other.
 */
export type BillingSignalKind = 'payment_failed' | 'past_due' | 'limit_warning' | 'limit_reached';

export interface BillingSignal {
  kind: BillingSignalKind;
  tenant_id: string;
  /** What it is about: an invoice number, or a limit (`staff`, `clients`, `storage`). */
  subject: string;
  /** A sentence an admin reads in the alert. */
  message: string;
  /** Since when it holds (the failed payment, the crossing of the threshold). */
  since: Date;
}

export interface BillingSignals {
  /** The signals that hold now: past-due subscriptions, failed payments, limits at 80 % or more. */
  current(): Promise<BillingSignal[]>;
}
