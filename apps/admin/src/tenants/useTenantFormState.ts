import { useState, type FocusEvent, type FormEvent } from 'react';
import type { ApiError } from '../errors/graphqlErrors';
import type { BillingPlan } from '../gql/graphql';
import { phraseFieldMessage } from './tenantFieldLabels';
import {
  LIMIT_FIELDS,
  limitText,
  type TenantFieldName,
  type TenantFormValues,
} from './tenantFormValues';
import type { PlanInfo } from './usePlans';
import { validateTenantForm, type TenantFormErrors } from './validateTenantForm';

/** Resolves to null on success, or the API's error so the form can point at the culprits. */
export type SubmitTenantForm = (values: TenantFormValues) => Promise<ApiError | null>;

function isTenantField(field: string, values: TenantFormValues): field is TenantFieldName {
  return Object.prototype.hasOwnProperty.call(values, field);
}

function focusFirstInvalid(form: HTMLFormElement, errors: TenantFormErrors): void {
  for (const element of Array.from(form.elements)) {
    const name = element.getAttribute('name');
    if (name && name in errors && element instanceof HTMLElement) {
      element.focus();
      return;
    }
  }
}

export type TenantFormState = ReturnType<typeof useTenantFormState>;

/** Focus moving to a button or link means a click is under way; see markTouched. */
function focusGoesToClickable(event: FocusEvent): boolean {
  const next = event.relatedTarget;
  return next instanceof HTMLButtonElement || next instanceof HTMLAnchorElement;
}

export function useTenantFormState(
  mode: 'create' | 'edit',
  initialValues: TenantFormValues,
  submit: SubmitTenantForm,
) {
  const [values, setValues] = useState(initialValues);
  const [edited, setEdited] = useState<ReadonlySet<TenantFieldName>>(new Set());
  const [touched, setTouched] = useState<ReadonlySet<TenantFieldName>>(new Set());
  const [submitAttempted, setSubmitAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<TenantFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const clientErrors = validateTenantForm(values);

  /** Client errors wait until the admin has left the field (or tried to submit). */
  function errorFor(field: TenantFieldName): string | undefined {
    if (serverErrors[field]) return serverErrors[field];
    return submitAttempted || touched.has(field) ? clientErrors[field] : undefined;
  }

  function setValue<F extends TenantFieldName>(field: F, value: TenantFormValues[F]): void {
    setValues((current) => ({ ...current, [field]: value }));
    setEdited((current) => (current.has(field) ? current : new Set(current).add(field)));
    // The server judged the old value; keeping its complaint would be misleading.
    setServerErrors((current) => {
      if (!current[field]) return current;
      const next = { ...current };
      delete next[field];
      return next;
    });
  }

  /**
   * Called on blur. When the blur comes from pressing a button (Save, Cancel), showing the
   * field's error now would shift the layout under the pointer and swallow the click; submit
   * reveals every error anyway.
   */
  function markTouched(field: TenantFieldName, event: FocusEvent): void {
    if (focusGoesToClickable(event)) return;
    setTouched((current) => (current.has(field) ? current : new Set(current).add(field)));
  }

  /**
   * The API gives a tenant that changes plan the new plan's limits wherever the request sets
   * none. In the edit form the limits the admin has not typed into follow the plan visibly, so
   * what is saved is what the form shows.
   */
  function choosePlan(plan: BillingPlan, planInfo: PlanInfo | undefined): void {
    setValue('billing_plan', plan);
    if (mode !== 'edit' || !planInfo) return;
    const backToOriginal = plan === initialValues.billing_plan;
    setValues((current) => {
      const next = { ...current };
      for (const field of LIMIT_FIELDS) {
        if (edited.has(field)) continue;
        next[field] = backToOriginal ? initialValues[field] : limitText(planInfo[field]);
      }
      return next;
    });
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget;
    setSubmitAttempted(true);
    if (Object.keys(clientErrors).length > 0) {
      setFormError('Please fix the highlighted fields.');
      focusFirstInvalid(form, clientErrors);
      return;
    }

    setSubmitting(true);
    setFormError(null);
    const error = await submit(values);
    setSubmitting(false);
    if (!error) return;

    const byField: TenantFormErrors = {};
    const unplaced: string[] = [];
    for (const { field, message } of error.fields) {
      if (isTenantField(field, values)) byField[field] = phraseFieldMessage(field, message);
      else unplaced.push(`${field}: ${message}`);
    }
    setServerErrors(byField);
    const placed = Object.keys(byField).length > 0;
    setFormError(
      [placed ? 'Please fix the highlighted fields.' : error.message, ...unplaced].join(' '),
    );
    focusFirstInvalid(form, byField);
  }

  return {
    values,
    setValue,
    choosePlan,
    markTouched,
    errorFor,
    formError,
    submitting,
    handleSubmit,
  };
}
