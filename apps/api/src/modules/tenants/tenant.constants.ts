export const TENANT_STATUSES = ['active', 'inactive', 'pending', 'suspended'] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];

export const BILLING_PLANS = ['basic', 'professional', 'enterprise'] as const;
export type BillingPlanId = (typeof BILLING_PLANS)[number];

export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD'] as const;
export type Currency = (typeof CURRENCIES)[number];

export const LANGUAGES = ['en', 'es', 'fr', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export const TENANT_SORT_FIELDS = [
  'name',
  'slug',
  'status',
  'billing_plan',
  'created_date',
  'updated_date',
] as const;
export type TenantSortField = (typeof TENANT_SORT_FIELDS)[number];
