import type { TenantFieldName } from './tenantFormValues';

/** One label per field, used by the form and to phrase the server's terse field messages. */
export const TENANT_FIELD_LABELS: Record<TenantFieldName, string> = {
  name: 'Name',
  slug: 'Slug',
  domain: 'Custom domain',
  status: 'Status',
  suspension_reason: 'Suspension reason',
  billing_plan: 'Billing plan',
  contact_email: 'Contact e-mail',
  contact_phone: 'Contact phone',
  address: 'Address',
  timezone: 'Time zone',
  currency: 'Currency',
  language: 'Language',
  max_staff: 'Max staff',
  max_clients: 'Max clients',
  max_storage_gb: 'Max storage (GB)',
  custom_branding: 'Custom branding',
  sso_enabled: 'SSO enabled',
  api_access: 'API access',
  theme_json: 'Theme (JSON)',
  features_json: 'Features (JSON)',
};

/**
 * The API words field messages as predicates ("is required", "must be a JSON object") meant to
 * follow the field's name; whole sentences (conflicts) are shown as they are.
 */
export function phraseFieldMessage(field: TenantFieldName, message: string): string {
  const sentence = /^[a-z]/.test(message) ? `${TENANT_FIELD_LABELS[field]} ${message}` : message;
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
