import type { FocusEvent } from 'react';
import type { BillingPlan } from '../gql/graphql';
import { Field } from '../ui/Field';
import { SelectField } from '../ui/SelectField';
import { TENANT_FIELD_LABELS as LABELS } from './tenantFieldLabels';
import { LIMIT_FIELDS } from './tenantFormValues';
import { BILLING_PLAN_LABELS, keysOf } from './tenantOptions';
import { describeLimit, usePlans } from './usePlans';
import type { TenantFormState } from './useTenantFormState';

interface PlanAndLimitsFieldsetProps {
  mode: 'create' | 'edit';
  form: TenantFormState;
  originalPlan: BillingPlan;
}

/** The plan and its three limits; empty limits are explained in terms of the chosen plan. */
export function PlanAndLimitsFieldset({ mode, form, originalPlan }: PlanAndLimitsFieldsetProps) {
  const { values, errorFor } = form;
  const { plans, planById } = usePlans();
  const plan = planById(values.billing_plan);
  const planName = plan?.name ?? BILLING_PLAN_LABELS[values.billing_plan];
  const planOptions = keysOf(BILLING_PLAN_LABELS).map((id) => {
    const info = plans.find((candidate) => candidate.id === id);
    const label = info ? `${info.name} — $${info.price_monthly}/month` : BILLING_PLAN_LABELS[id];
    return { value: id, label };
  });

  return (
    <fieldset>
      <legend>Plan and limits</legend>
      <SelectField
        label={LABELS.billing_plan}
        name="billing_plan"
        value={values.billing_plan}
        options={planOptions}
        hint={
          mode === 'edit' && values.billing_plan !== originalPlan
            ? `Limits you have not typed follow the ${planName} plan.`
            : undefined
        }
        error={errorFor('billing_plan')}
        onChange={(id) => form.choosePlan(id, planById(id))}
      />
      {LIMIT_FIELDS.map((field) => {
        const planDefault = plan ? describeLimit(plan[field]) : null;
        const hint =
          mode === 'create'
            ? `Empty uses the ${planName} plan default${planDefault ? ` (${planDefault})` : ''}.`
            : `Empty means unlimited.${planDefault ? ` ${planName} plan default: ${planDefault}.` : ''}`;
        return (
          <Field key={field} label={LABELS[field]} hint={hint} error={errorFor(field)}>
            {(control) => (
              <input
                {...control}
                name={field}
                value={values[field]}
                onChange={(event) => form.setValue(field, event.target.value)}
                onBlur={(event: FocusEvent) => form.markTouched(field, event)}
                inputMode="numeric"
                placeholder={mode === 'create' ? (planDefault ?? '') : 'Unlimited'}
              />
            )}
          </Field>
        );
      })}
    </fieldset>
  );
}
