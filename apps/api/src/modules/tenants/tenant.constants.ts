export const TENANT_STATUSES = ['active', 'inactive', 'pending', 'suspended', 'deleted'] as const;
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

/**
 * The lifecycle: which status may follow which. Deletion is soft first (status deleted), then the
 * purge job erases the data after the retention period; restoring a deleted tenant is not a
 * transition admins can make by mistake, so it is absent.
 */
export const TENANT_TRANSITIONS: Readonly<Record<TenantStatus, readonly TenantStatus[]>> = {
  pending: ['active', 'deleted'],
  active: ['suspended', 'inactive', 'deleted'],
  suspended: ['active', 'inactive', 'deleted'],
  inactive: ['active', 'deleted'],
  deleted: [],
};

/** Statuses an admin may set when creating a tenant. */
export const INITIAL_STATUSES: readonly TenantStatus[] = ['pending', 'active'];
