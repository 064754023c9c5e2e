import type {
  BillingPlan,
  Currency,
  Language,
  SortOrder,
  TenantSortField,
  TenantStatus,
} from '../gql/graphql';

// Records keyed by the generated unions: adding a value to the schema breaks the build here
// until it gets a label, instead of silently missing from a dropdown.
export const STATUS_LABELS: Record<TenantStatus, string> = {
  active: 'Active',
  inactive: 'Inactive',
  pending: 'Pending',
  suspended: 'Suspended',
  // Soft-deleted, waiting for the purge; the list shows these only when filtered by this status.
  deleted: 'Deleted',
};

export const BILLING_PLAN_LABELS: Record<BillingPlan, string> = {
  basic: 'Basic',
  professional: 'Professional',
  enterprise: 'Enterprise',
};

export const CURRENCY_LABELS: Record<Currency, string> = {
  USD: 'USD — US dollar',
  EUR: 'EUR — Euro',
  GBP: 'GBP — British pound',
  CAD: 'CAD — Canadian dollar',
};

export const LANGUAGE_LABELS: Record<Language, string> = {
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  de: 'German',
};

export const SORT_FIELDS: Record<TenantSortField, true> = {
  name: true,
  slug: true,
  status: true,
  billing_plan: true,
  created_date: true,
  updated_date: true,
};

export const SORT_ORDERS: Record<SortOrder, true> = { asc: true, desc: true };

export function keysOf<K extends string>(record: Partial<Record<K, unknown>>): K[] {
  return Object.keys(record) as K[];
}

export function isKeyOf<K extends string>(
  record: Partial<Record<K, unknown>>,
  value: string | null,
): value is K {
  return value !== null && Object.prototype.hasOwnProperty.call(record, value);
}
