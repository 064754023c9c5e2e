import { useState, type FormEvent } from 'react';
import type { BillingPlan, EffectiveConfigFragment } from '../../gql/graphql';
import { CheckboxField } from '../../ui/CheckboxField';
import { BILLING_PLAN_LABELS } from '../tenantOptions';
import {
  featureLabel,
  featuresJsonFromValues,
  flagValuesFromJson,
  type FeatureFlagInfo,
} from './featureFlagsForm';
import { SaveStatus } from './SaveStatus';
import { useSaveConfiguration } from './useSaveConfiguration';

interface FeatureFlagsEditorProps {
  tenant: {
    id: string;
    billing_plan: BillingPlan;
    features_json?: string | null;
  } & EffectiveConfigFragment;
  catalog: FeatureFlagInfo[];
}

/** features_json as checkboxes; a flag the plan lacks can be set but stays off until the plan has it. */
export function FeatureFlagsEditor({ tenant, catalog }: FeatureFlagsEditorProps) {
  const [values, setValues] = useState(() => flagValuesFromJson(tenant.features_json, catalog));
  const { state, saving, save, reset } = useSaveConfiguration(tenant.id, 'features_json');
  const plan = BILLING_PLAN_LABELS[tenant.billing_plan];
  const effective = tenant.effective_features.flags;

  function hint(flag: FeatureFlagInfo): string {
    if (!flag.plans.includes(tenant.billing_plan)) {
      const plans = flag.plans.map((id) => BILLING_PLAN_LABELS[id]).join(' or ');
      return `Not in the ${plan} plan (needs ${plans}): stays off`;
    }
    return effective[flag.name] === true ? 'On for the clinic' : 'Off for the clinic';
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await save(featuresJsonFromValues(values, catalog));
  }

  return (
    <section className="facts detail-section" aria-labelledby="features-title">
      <h2 id="features-title">Feature flags</h2>
      <form noValidate onSubmit={(event) => void submit(event)} aria-label="Feature flags">
        {catalog.map((flag) => (
          <CheckboxField
            key={flag.name}
            label={featureLabel(flag.name)}
            name={flag.name}
            checked={values[flag.name] ?? flag.default}
            hint={hint(flag)}
            onChange={(checked) => {
              setValues((current) => ({ ...current, [flag.name]: checked }));
              reset();
            }}
          />
        ))}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save feature flags'}
          </button>
        </div>
        <SaveStatus state={state} savedText="Feature flags saved." />
      </form>
    </section>
  );
}
