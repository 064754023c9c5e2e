import { DEFAULT_THEME, themeProblems, type Theme } from '@vetcares/tenant-rules';
import type { BillingPlanId } from './tenant.constants.js';

/**
 * The documented shape of a tenant's features_json (theme_json's rules live in
 * @vetcares/tenant-rules, shared with the console):
 *
 * features_json: { "<feature>": boolean } for the features below; a feature the plan does not
 *               include stays off whatever the override says.
 */
export const FEATURES = {
  online_booking: { plans: ['basic', 'professional', 'enterprise'], default: true },
  inventory: { plans: ['basic', 'professional', 'enterprise'], default: true },
  sms_reminders: { plans: ['professional', 'enterprise'], default: true },
  advanced_analytics: { plans: ['professional', 'enterprise'], default: true },
  telemedicine: { plans: ['enterprise'], default: false },
  custom_integrations: { plans: ['enterprise'], default: true },
} as const satisfies Record<string, { plans: readonly BillingPlanId[]; default: boolean }>;

export type FeatureName = keyof typeof FEATURES;
export const FEATURE_NAMES = Object.keys(FEATURES) as FeatureName[];

export function featureProblems(features: Record<string, unknown>): string[] {
  return Object.entries(features).flatMap(([key, value]) => {
    if (!(key in FEATURES))
      return [`"${key}" is not a feature (known: ${FEATURE_NAMES.join(', ')})`];
    return typeof value === 'boolean' ? [] : [`${key} must be true or false`];
  });
}

export interface ConfigSource {
  billing_plan: BillingPlanId;
  theme_json: string | null;
  features_json: string | null;
  custom_branding: boolean;
  sso_enabled: boolean;
  api_access: boolean;
}

export interface EffectiveFeatures {
  custom_branding: boolean;
  sso: boolean;
  api_access: boolean;
  flags: Record<FeatureName, boolean>;
}

const parseObject = (text: string | null): Record<string, unknown> => {
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
};

/**
 * What a clinic actually gets: its plan's features, with the tenant's overrides where the plan
 * allows them. SSO only on Enterprise; custom branding from Professional; API access on
 * Enterprise, or wherever an admin has granted it (the tenant's api_access switch).
 */
export function effectiveFeatures(tenant: ConfigSource): EffectiveFeatures {
  const overrides = parseObject(tenant.features_json);
  const flags = Object.fromEntries(
    FEATURE_NAMES.map((name) => {
      const feature = FEATURES[name];
      const allowed = (feature.plans as readonly BillingPlanId[]).includes(tenant.billing_plan);
      const override = overrides[name];
      return [name, allowed && (typeof override === 'boolean' ? override : feature.default)];
    }),
  ) as Record<FeatureName, boolean>;
  return {
    custom_branding: tenant.custom_branding && tenant.billing_plan !== 'basic',
    sso: tenant.sso_enabled && tenant.billing_plan === 'enterprise',
    api_access: tenant.api_access,
    flags,
  };
}

/** The theme clinic apps should use: the tenant's, over the default, only with custom branding. */
export function effectiveTheme(tenant: ConfigSource): Theme {
  if (!effectiveFeatures(tenant).custom_branding) return DEFAULT_THEME;
  const theme = parseObject(tenant.theme_json);
  return themeProblems(theme).length === 0
    ? { ...DEFAULT_THEME, ...(theme as Partial<Theme>) }
    : DEFAULT_THEME;
}
