import type { FocusEvent } from 'react';
import { Link } from 'react-router-dom';
import { CheckboxField } from '../ui/CheckboxField';
import { Field } from '../ui/Field';
import { optionsFrom, SelectField } from '../ui/SelectField';
import { PlanAndLimitsFieldset } from './PlanAndLimitsFieldset';
import { SlugAvailabilityHint } from './SlugAvailabilityHint';
import { TENANT_FIELD_LABELS as LABELS } from './tenantFieldLabels';
import { CURRENCY_LABELS, LANGUAGE_LABELS, STATUS_LABELS } from './tenantOptions';
import type { TenantFormValues, TextFieldName } from './tenantFormValues';
import { timeZoneChoices } from './timeZones';
import { useTenantFormState, type SubmitTenantForm } from './useTenantFormState';

interface TenantFormProps {
  mode: 'create' | 'edit';
  initialValues: TenantFormValues;
  submitLabel: string;
  cancelTo: string;
  /** Navigation state for the Cancel link, e.g. the way back to the list. */
  cancelState?: unknown;
  onSubmit: SubmitTenantForm;
}

export function TenantForm({
  mode,
  initialValues,
  submitLabel,
  cancelTo,
  cancelState,
  onSubmit,
}: TenantFormProps) {
  const form = useTenantFormState(mode, initialValues, onSubmit);
  const { values, setValue, markTouched, errorFor } = form;

  /** Props shared by every free-text control: value, change and blur wiring. */
  function text(field: TextFieldName) {
    return {
      name: field,
      value: values[field],
      onChange: (event: { target: { value: string } }) => setValue(field, event.target.value),
      onBlur: (event: FocusEvent) => markTouched(field, event),
    };
  }

  return (
    <form className="tenant-form" noValidate onSubmit={(event) => void form.handleSubmit(event)}>
      <fieldset>
        <legend>Clinic</legend>
        <Field label={LABELS.name} required error={errorFor('name')}>
          {(control) => <input {...control} {...text('name')} autoComplete="organization" />}
        </Field>
        <Field
          label={LABELS.slug}
          required
          error={errorFor('slug')}
          hint={
            <>
              <span>Subdomain: lowercase letters, digits and hyphens.</span>{' '}
              <SlugAvailabilityHint
                slug={values.slug.trim()}
                currentSlug={mode === 'edit' ? initialValues.slug : undefined}
              />
            </>
          }
        >
          {(control) => (
            <input {...control} {...text('slug')} autoCapitalize="none" spellCheck={false} />
          )}
        </Field>
        <Field label={LABELS.domain} hint="Optional, e.g. petsrus.com" error={errorFor('domain')}>
          {(control) => (
            <input {...control} {...text('domain')} autoCapitalize="none" spellCheck={false} />
          )}
        </Field>
        <SelectField
          label={LABELS.status}
          name="status"
          value={values.status}
          options={optionsFrom(STATUS_LABELS)}
          error={errorFor('status')}
          onChange={(status) => setValue('status', status)}
        />
        {values.status === 'suspended' ? (
          <Field
            label={LABELS.suspension_reason}
            required
            hint="Shown to the clinic's users while suspended."
            error={errorFor('suspension_reason')}
          >
            {(control) => <input {...control} {...text('suspension_reason')} />}
          </Field>
        ) : null}
      </fieldset>

      <fieldset>
        <legend>Contact</legend>
        <Field label={LABELS.contact_email} required error={errorFor('contact_email')}>
          {(control) => (
            <input {...control} {...text('contact_email')} type="email" autoComplete="email" />
          )}
        </Field>
        <Field
          label={LABELS.contact_phone}
          hint="e.g. +1-555-123-4567"
          error={errorFor('contact_phone')}
        >
          {(control) => (
            <input {...control} {...text('contact_phone')} type="tel" autoComplete="tel" />
          )}
        </Field>
        <Field label={LABELS.address} className="field--wide" error={errorFor('address')}>
          {(control) => <input {...control} {...text('address')} autoComplete="street-address" />}
        </Field>
      </fieldset>

      <fieldset>
        <legend>Locale</legend>
        <SelectField
          label={LABELS.timezone}
          name="timezone"
          value={values.timezone}
          options={timeZoneChoices(values.timezone).map((zone) => ({ value: zone, label: zone }))}
          error={errorFor('timezone')}
          onChange={(timezone) => setValue('timezone', timezone)}
        />
        <SelectField
          label={LABELS.currency}
          name="currency"
          value={values.currency}
          options={optionsFrom(CURRENCY_LABELS)}
          error={errorFor('currency')}
          onChange={(currency) => setValue('currency', currency)}
        />
        <SelectField
          label={LABELS.language}
          name="language"
          value={values.language}
          options={optionsFrom(LANGUAGE_LABELS)}
          error={errorFor('language')}
          onChange={(language) => setValue('language', language)}
        />
      </fieldset>

      <PlanAndLimitsFieldset mode={mode} form={form} originalPlan={initialValues.billing_plan} />

      <fieldset>
        <legend>Features</legend>
        <CheckboxField
          name="custom_branding"
          label={LABELS.custom_branding}
          checked={values.custom_branding}
          onChange={(checked) => setValue('custom_branding', checked)}
        />
        <CheckboxField
          name="sso_enabled"
          label={LABELS.sso_enabled}
          checked={values.sso_enabled}
          onChange={(checked) => setValue('sso_enabled', checked)}
        />
        <CheckboxField
          name="api_access"
          label={LABELS.api_access}
          checked={values.api_access}
          onChange={(checked) => setValue('api_access', checked)}
        />
      </fieldset>

      <fieldset>
        <legend>Configuration</legend>
        <Field
          label={LABELS.theme_json}
          hint="A JSON object; optional."
          className="field--wide"
          error={errorFor('theme_json')}
        >
          {(control) => (
            <textarea {...control} {...text('theme_json')} rows={4} spellCheck={false} />
          )}
        </Field>
        <Field
          label={LABELS.features_json}
          hint="A JSON object; optional."
          className="field--wide"
          error={errorFor('features_json')}
        >
          {(control) => (
            <textarea {...control} {...text('features_json')} rows={4} spellCheck={false} />
          )}
        </Field>
      </fieldset>

      {form.formError ? (
        <p role="alert" className="form-error">
          {form.formError}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Saving…' : submitLabel}
        </button>
        <Link to={cancelTo} state={cancelState} className="button">
          Cancel
        </Link>
      </div>
    </form>
  );
}
