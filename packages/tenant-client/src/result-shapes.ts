import type { CheckTenantLimitQuery, ResolveTenantQuery } from './gql/graphql.js';
import type { ResolvedTenant, TenantLimitCheck } from './types.js';

/** The public shape, without GraphQL's __typename, and with flags narrowed to booleans. */
export function toResolvedTenant(tenant: ResolveTenantQuery['resolveTenant']): ResolvedTenant {
  const { theme, features } = tenant;
  return {
    id: tenant.id,
    slug: tenant.slug,
    name: tenant.name,
    status: tenant.status,
    language: tenant.language,
    timezone: tenant.timezone,
    currency: tenant.currency,
    theme: {
      primary_color: theme.primary_color,
      secondary_color: theme.secondary_color,
      logo_url: theme.logo_url ?? null,
      font: theme.font,
      dark_mode: theme.dark_mode,
    },
    features: {
      custom_branding: features.custom_branding,
      sso: features.sso,
      api_access: features.api_access,
      flags: Object.fromEntries(
        Object.entries(features.flags).map(([name, on]) => [name, on === true]),
      ),
    },
  };
}

export function toLimitCheck(check: CheckTenantLimitQuery['checkTenantLimit']): TenantLimitCheck {
  return {
    action: check.action,
    allowed: check.allowed,
    limit: check.limit ?? null,
    current: check.current,
    remaining: check.remaining ?? null,
  };
}
