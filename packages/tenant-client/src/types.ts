import type { Currency, Language, TenantLimitAction, TenantStatus } from './gql/graphql.js';

export type { Currency, Language, TenantLimitAction, TenantStatus };

export interface TenantTheme {
  primary_color: string;
  secondary_color: string;
  logo_url: string | null;
  font: string;
  dark_mode: boolean;
}

export interface TenantFeatures {
  custom_branding: boolean;
  sso: boolean;
  api_access: boolean;
  /** Feature flags by name (online_booking, inventory, ...), already combined with the plan. */
  flags: Record<string, boolean>;
}

/** A clinic as its apps see it. Show a notice unless `status` is active. */
export interface ResolvedTenant {
  id: string;
  slug: string;
  name: string;
  status: TenantStatus;
  theme: TenantTheme;
  features: TenantFeatures;
  language: Language;
  timezone: string;
  currency: Currency;
}

export interface TenantLimitCheck {
  action: TenantLimitAction;
  /** True when one more fits under the limit. */
  allowed: boolean;
  /** Null means unlimited. */
  limit: number | null;
  current: number;
  /** Null means unlimited. */
  remaining: number | null;
}
