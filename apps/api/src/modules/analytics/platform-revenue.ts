import { PLANS } from '../tenants/plans.js';
import type { BillingPlanId, Currency } from '../tenants/tenant.constants.js';

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
 * What the platform earns, from billing's data. The billing module registers the real one
 * (stored per-day revenue and current MRR/ARR); until then PlanPriceRevenue stands in. Every
 * read must be small and constant-time: analytics call it on each request.
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

/** Active tenants per plan and currency, as the tenant statistics keep them. */
export type ActiveTenantsByPlan = () => Promise<
  { plan: BillingPlanId; currency: Currency; count: number }[]
>;

/**
 * INTERIM, until billing lands: recurring revenue is each active tenant's current plan at its
 * list price (plans.ts), counted in the tenant's own currency; nothing is collected, so daily
 * revenue is zero and no tenant has paid anything yet. No discounts, trials or proration.
 */
export class PlanPriceRevenue implements PlatformRevenue {
  readonly source = 'interim: active tenants × list price of their plan (no invoices yet)';

  constructor(private readonly activeTenants: ActiveTenantsByPlan) {}

  async recurring(): Promise<RecurringRevenue[]> {
    const byCurrency = new Map<Currency, number>();
    for (const { plan, currency, count } of await this.activeTenants()) {
      const price = PLANS[plan]?.price_monthly ?? 0;
      byCurrency.set(currency, (byCurrency.get(currency) ?? 0) + price * count);
    }
    return [...byCurrency]
      .filter(([, mrr]) => mrr > 0)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, mrr]) => ({ currency, mrr, arr: mrr * 12 }));
  }

  async collectedByDay(): Promise<DailyRevenue[]> {
    return [];
  }

  async topTenants(): Promise<TenantRevenue[]> {
    return [];
  }
}
