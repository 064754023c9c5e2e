import type { BillingPlan } from '../../gql/graphql';
import { parseObject } from './themeForm';

export interface FeatureFlagInfo {
  name: string;
  plans: BillingPlan[];
  default: boolean;
}

const FEATURE_LABELS: Record<string, string> = {
  online_booking: 'Online booking',
  inventory: 'Inventory',
  sms_reminders: 'SMS reminders',
  advanced_analytics: 'Advanced analytics',
  telemedicine: 'Telemedicine',
  custom_integrations: 'Custom integrations',
};

/** A flag added on the server later still gets a readable label. */
export function featureLabel(name: string): string {
  return FEATURE_LABELS[name] ?? name.charAt(0).toUpperCase() + name.slice(1).replace(/_/g, ' ');
}

/** Each flag as the editor shows it: the stored override, else the flag's default. */
export function flagValuesFromJson(
  featuresJson: string | null | undefined,
  catalog: FeatureFlagInfo[],
): Record<string, boolean> {
  const overrides = parseObject(featuresJson);
  return Object.fromEntries(
    catalog.map((flag) => {
      const override = overrides[flag.name];
      return [flag.name, typeof override === 'boolean' ? override : flag.default];
    }),
  );
}

/**
 * Only flags that differ from their default are stored, so a default changed on the server
 * later reaches every clinic that never chose otherwise. Null when none differ.
 */
export function featuresJsonFromValues(
  values: Record<string, boolean>,
  catalog: FeatureFlagInfo[],
): string | null {
  const overrides = Object.fromEntries(
    catalog
      .filter((flag) => values[flag.name] !== flag.default)
      .map((flag) => [flag.name, values[flag.name]]),
  );
  return Object.keys(overrides).length > 0 ? JSON.stringify(overrides) : null;
}
