import type { Currency } from '../tenants/tenant.constants.js';

export interface RecurringRevenue {
  currency: Currency;
  /** Monthly recurring revenue, in major units. */
  mrr: number;
  arr: number;
}

export interface DailyRevenue {
  currency: Currency;
  /** One amount per day asked, in major units. */
  daily: number[];
}

export interface TenantRevenue {
  tenant_id: string;
  currency: Currency;
  amount: number;
}

/**
 * What the platform earns, from billing's data: the billing module registers it (BillingRevenue,
 * per-day revenue of paid invoices and current MRR/ARR kept in Redis). Every read must be small
 * and constant-time: analytics call it on each request.
 */
export interface PlatformRevenue {
  /** Where the figures come from, shown beside them (e.g. "billing" or the interim's name). */
  readonly source: string;
  /** Recurring revenue now, per currency. */
  recurring(): Promise<RecurringRevenue[]>;
  /** Revenue collected on each of these UTC days, per currency. */
  collectedByDay(days: readonly string[]): Promise<DailyRevenue[]>;
  /** The tenants that paid the most on these days. */
  topTenants(days: readonly string[], limit: number): Promise<TenantRevenue[]>;
}
