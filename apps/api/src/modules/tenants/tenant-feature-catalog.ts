import { requireAdmin, type Principal } from '../../common/principal.js';
import type { BillingPlanId } from './tenant.constants.js';
import { FEATURE_NAMES, FEATURES } from './tenant-config.js';

export interface FeatureFlagDescription {
  name: string;
  plans: BillingPlanId[];
  default: boolean;
}

/** The flags features_json may set, so the console's editor never keeps its own copy. */
export function featureCatalog(principal: Principal): FeatureFlagDescription[] {
  requireAdmin(principal, 'read');
  return FEATURE_NAMES.map((name) => ({
    name,
    plans: [...FEATURES[name].plans],
    default: FEATURES[name].default,
  }));
}
