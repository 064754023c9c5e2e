import type { BillingPlanId } from './tenant.constants.js';

/**
 * The documented shape of a tenant's configuration (theme_json and features_json).
 *
 * theme_json: { "primary_color"?: "#rrggbb", "secondary_color"?: "#rrggbb",
 *               "logo_url"?: "https://...", "font"?: "system" | "serif" | "rounded",
 *               "dark_mode"?: boolean }
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

export const THEME_FONTS = ['system', 'serif', 'rounded'] as const;

export interface Theme {
  primary_color: string;
  secondary_color: string;
  logo_url: string | null;
  font: (typeof THEME_FONTS)[number];
  dark_mode: boolean;
}

export const DEFAULT_THEME: Theme = {
  primary_color: '#0b7285',
  secondary_color: '#f1f3f5',
  logo_url: null,
  font: 'system',
  dark_mode: false,
};

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** Problems with a theme object, as messages; empty when it follows the documented shape. */
export function themeProblems(theme: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(theme)) {
    switch (key) {
      case 'primary_color':
      case 'secondary_color':
        if (typeof value !== 'string' || !HEX_COLOR.test(value))
          problems.push(`${key} must be a color such as #0b7285`);
        break;
      case 'logo_url':
        if (
          value !== null &&
          !(typeof value === 'string' && /^https:\/\/[^\s]+$/.test(value) && value.length <= 2048)
        ) {
          problems.push('logo_url must be an https:// URL');
        }
        break;
      case 'font':
        if (!(THEME_FONTS as readonly unknown[]).includes(value))
          problems.push(`font must be one of ${THEME_FONTS.join(', ')}`);
        break;
      case 'dark_mode':
        if (typeof value !== 'boolean') problems.push('dark_mode must be true or false');
        break;
      default:
        problems.push(
          `"${key}" is not a theme setting (known: primary_color, secondary_color, logo_url, font, dark_mode)`,
        );
    }
  }
  return problems;
}

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
