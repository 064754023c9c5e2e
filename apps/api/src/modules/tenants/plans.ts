import type { BillingPlanId } from './tenant.constants.js';

export interface PlanDefinition {
  id: BillingPlanId;
  name: string;
  price_monthly: number;
  /** null means unlimited */
  max_staff: number | null;
  max_clients: number | null;
  max_storage_gb: number | null;
  features: string[];
}

/**
 * The spec's three plans, feature lines in the spec's own words (its "Billing Plans" section).
 * Limits here fill in the ones a tenant is created without; prices per currency are billing's
 * (modules/billing/catalog.ts), `price_monthly` is the USD list price in dollars.
 */
export const PLANS: Readonly<Record<BillingPlanId, PlanDefinition>> = {
  basic: {
    id: 'basic',
    name: 'Basic',
    price_monthly: 29,
    max_staff: 10,
    max_clients: 1000,
    max_storage_gb: 10,
    features: [
      'Up to 10 staff members',
      'Up to 1,000 clients',
      'Basic support',
      'Standard features',
    ],
  },
  professional: {
    id: 'professional',
    name: 'Professional',
    price_monthly: 79,
    max_staff: 25,
    max_clients: 5000,
    max_storage_gb: 50,
    features: [
      'Up to 25 staff members',
      'Up to 5,000 clients',
      'Priority support',
      'Custom branding',
      'Advanced analytics',
    ],
  },
  enterprise: {
    id: 'enterprise',
    name: 'Enterprise',
    price_monthly: 199,
    max_staff: null,
    max_clients: null,
    max_storage_gb: 500,
    features: [
      'Unlimited staff members',
      'Unlimited clients',
      '24/7 support',
      'SSO integration',
      'API access',
      'Custom integrations',
    ],
  },
};

export const planList = (): PlanDefinition[] => Object.values(PLANS);
