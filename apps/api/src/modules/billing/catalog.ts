import { PLANS, type PlanDefinition } from '../tenants/plans.js';
import {
  BILLING_PLANS,
  CURRENCIES,
  type BillingPlanId,
  type Currency,
} from '../tenants/tenant.constants.js';

/**
 * Monthly prices in minor units (cents, pence), per plan and currency. USD is the spec's list
 * price; the others are set by hand here (not converted at run time), rounded to a price a clinic
 * recognises, so an invoice never changes with an exchange rate.
 */
export const PLAN_PRICES: Readonly<Record<BillingPlanId, Readonly<Record<Currency, number>>>> = {
  basic: { USD: 2900, EUR: 2700, GBP: 2300, CAD: 3900 },
  professional: { USD: 7900, EUR: 7300, GBP: 6300, CAD: 10900 },
  enterprise: { USD: 19900, EUR: 18500, GBP: 15900, CAD: 26900 },
};

/** Plans ordered from smallest to largest: moving right is an upgrade. */
export const PLAN_RANK: Readonly<Record<BillingPlanId, number>> = {
  basic: 0,
  professional: 1,
  enterprise: 2,
};

export const priceOf = (plan: BillingPlanId, currency: Currency): number =>
  PLAN_PRICES[plan][currency];

/** Minor units to major units for display and the spec's `price` (79, not 7900). */
export const toMajor = (minor: number): number => Math.round(minor) / 100;

export interface CatalogPlan extends PlanDefinition {
  prices: { currency: Currency; amount: number }[];
}

export const catalog = (): CatalogPlan[] =>
  BILLING_PLANS.map((id) => ({
    ...PLANS[id],
    prices: CURRENCIES.map((currency) => ({ currency, amount: PLAN_PRICES[id][currency] })),
  }));

export const BYTES_PER_GB = 1_000_000_000;
