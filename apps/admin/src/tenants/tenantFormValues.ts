import type {
  BillingPlan,
  CreateTenantInput,
  Currency,
  Language,
  TenantFieldsFragment,
  TenantStatus,
  UpdateTenantInput,
} from '../gql/graphql';

/**
 * What the form edits: text exactly as typed, so validation can see it. Keys are the API's input
 * field names, which lets server field errors land next to the right control.
 */
export interface TenantFormValues {
  name: string;
  slug: string;
  domain: string;
  status: TenantStatus;
  suspension_reason: string;
  billing_plan: BillingPlan;
  contact_email: string;
  contact_phone: string;
  address: string;
  timezone: string;
  currency: Currency;
  language: Language;
  max_staff: string;
  max_clients: string;
  max_storage_gb: string;
  custom_branding: boolean;
  sso_enabled: boolean;
  api_access: boolean;
  theme_json: string;
  features_json: string;
}

export type TenantFieldName = keyof TenantFormValues;

/** Fields edited as free text (not a choice from a list, not a checkbox). */
export type TextFieldName = {
  [K in TenantFieldName]: string extends TenantFormValues[K] ? K : never;
}[TenantFieldName];

export const LIMIT_FIELDS = ['max_staff', 'max_clients', 'max_storage_gb'] as const;
type LimitField = (typeof LIMIT_FIELDS)[number];

const OPTIONAL_TEXT_FIELDS = [
  'domain',
  'contact_phone',
  'address',
  'theme_json',
  'features_json',
  'suspension_reason',
] as const;

const REQUIRED_TEXT_FIELDS = ['name', 'slug', 'contact_email', 'timezone'] as const;
const CHOICE_FIELDS = ['status', 'billing_plan', 'currency', 'language'] as const;
const FLAG_FIELDS = ['custom_branding', 'sso_enabled', 'api_access'] as const;

export const EMPTY_TENANT_FORM: TenantFormValues = {
  name: '',
  slug: '',
  domain: '',
  status: 'active',
  suspension_reason: '',
  billing_plan: 'basic',
  contact_email: '',
  contact_phone: '',
  address: '',
  timezone: 'UTC',
  currency: 'USD',
  language: 'en',
  max_staff: '',
  max_clients: '',
  max_storage_gb: '',
  custom_branding: false,
  sso_enabled: false,
  api_access: false,
  theme_json: '',
  features_json: '',
};

export function limitText(limit: number | null | undefined): string {
  return limit === null || limit === undefined ? '' : String(limit);
}

export function formValuesFromTenant(tenant: TenantFieldsFragment): TenantFormValues {
  return {
    name: tenant.name,
    slug: tenant.slug,
    domain: tenant.domain ?? '',
    status: tenant.status,
    suspension_reason: tenant.suspension_reason ?? '',
    billing_plan: tenant.billing_plan,
    contact_email: tenant.contact_email,
    contact_phone: tenant.contact_phone ?? '',
    address: tenant.address ?? '',
    timezone: tenant.timezone,
    currency: tenant.currency,
    language: tenant.language,
    max_staff: limitText(tenant.max_staff),
    max_clients: limitText(tenant.max_clients),
    max_storage_gb: limitText(tenant.max_storage_gb),
    custom_branding: tenant.custom_branding,
    sso_enabled: tenant.sso_enabled,
    api_access: tenant.api_access,
    theme_json: tenant.theme_json ?? '',
    features_json: tenant.features_json ?? '',
  };
}

/** Empty text means "not set"; call only after validation passed. */
function parseLimit(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed);
}

function optionalText(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** Blank optional fields and limits are left out, so the server applies the plan's defaults. */
export function toCreateTenantInput(values: TenantFormValues): CreateTenantInput {
  const input: CreateTenantInput = {
    name: values.name.trim(),
    slug: values.slug.trim(),
    contact_email: values.contact_email.trim(),
    timezone: values.timezone.trim(),
    status: values.status,
    billing_plan: values.billing_plan,
    currency: values.currency,
    language: values.language,
    custom_branding: values.custom_branding,
    sso_enabled: values.sso_enabled,
    api_access: values.api_access,
  };
  for (const field of OPTIONAL_TEXT_FIELDS) {
    // A reason is only accepted alongside the suspended status.
    if (field === 'suspension_reason' && values.status !== 'suspended') continue;
    const text = optionalText(values[field]);
    if (text !== null) input[field] = text;
  }
  for (const field of LIMIT_FIELDS) {
    const limit = parseLimit(values[field]);
    if (limit !== null) input[field] = limit;
  }
  return input;
}

function limitChanged(field: LimitField, before: TenantFormValues, after: TenantFormValues) {
  return parseLimit(before[field]) !== parseLimit(after[field]);
}

/**
 * Only what the admin changed. A cleared limit becomes null, which the API stores as "unlimited";
 * a cleared optional text field becomes null, which removes it. Leaving suspension clears the
 * reason on the server, so the reason is only sent while suspended.
 */
export function toUpdateTenantInput(
  before: TenantFormValues,
  after: TenantFormValues,
): UpdateTenantInput {
  const input: UpdateTenantInput = {};
  for (const field of REQUIRED_TEXT_FIELDS) {
    if (before[field].trim() !== after[field].trim()) input[field] = after[field].trim();
  }
  for (const field of OPTIONAL_TEXT_FIELDS) {
    if (field === 'suspension_reason' && after.status !== 'suspended') continue;
    if (optionalText(before[field]) !== optionalText(after[field])) {
      input[field] = optionalText(after[field]);
    }
  }
  for (const field of LIMIT_FIELDS) {
    if (limitChanged(field, before, after)) input[field] = parseLimit(after[field]);
  }
  for (const field of CHOICE_FIELDS) {
    if (before[field] !== after[field]) assignChoice(input, field, after);
  }
  for (const field of FLAG_FIELDS) {
    if (before[field] !== after[field]) input[field] = after[field];
  }
  return input;
}

// A loop over CHOICE_FIELDS cannot prove to TypeScript that the key and value types match.
function assignChoice(
  input: UpdateTenantInput,
  field: (typeof CHOICE_FIELDS)[number],
  values: TenantFormValues,
): void {
  switch (field) {
    case 'status':
      input.status = values.status;
      break;
    case 'billing_plan':
      input.billing_plan = values.billing_plan;
      break;
    case 'currency':
      input.currency = values.currency;
      break;
    case 'language':
      input.language = values.language;
      break;
  }
}
