import {
  domainProblem,
  isEmail,
  isLimitValue,
  isPhone,
  jsonObjectProblem,
  MAX_JSON_LENGTH,
  MAX_LENGTH,
  normalizeDomain,
  slugProblem as slugRuleProblem,
  type DomainProblem,
  type JsonObjectProblem,
  type SlugProblem,
} from '@vetcares/tenant-rules';
import { FieldErrorCollector } from '../../common/field-errors.js';
import { featureProblems, themeProblems } from './tenant-config.js';
import {
  BILLING_PLANS,
  CURRENCIES,
  LANGUAGES,
  TENANT_STATUSES,
  type BillingPlanId,
  type Currency,
  type Language,
  type TenantStatus,
} from './tenant.constants.js';

/** Tenant fields as clients send them: values are unchecked until they pass through here. */
export type TenantFieldsInput = Partial<Record<TenantWritableField, unknown>>;

export interface TenantFields {
  name: string;
  slug: string;
  domain: string | null;
  status: TenantStatus;
  billing_plan: BillingPlanId;
  contact_email: string;
  contact_phone: string | null;
  address: string | null;
  timezone: string;
  currency: Currency;
  language: Language;
  theme_json: string | null;
  features_json: string | null;
  max_staff: number | null;
  max_clients: number | null;
  max_storage_gb: number | null;
  custom_branding: boolean;
  sso_enabled: boolean;
  api_access: boolean;
  suspension_reason: string | null;
}

export type TenantWritableField = keyof TenantFields;

export const TENANT_WRITABLE_FIELDS: readonly TenantWritableField[] = [
  'name',
  'slug',
  'domain',
  'status',
  'billing_plan',
  'contact_email',
  'contact_phone',
  'address',
  'timezone',
  'currency',
  'language',
  'theme_json',
  'features_json',
  'max_staff',
  'max_clients',
  'max_storage_gb',
  'custom_branding',
  'sso_enabled',
  'api_access',
  'suspension_reason',
];

export const LIMIT_FIELDS = ['max_staff', 'max_clients', 'max_storage_gb'] as const;
export type LimitField = (typeof LIMIT_FIELDS)[number];

const knownTimeZones = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC']);

const SLUG_MESSAGES: Record<SlugProblem, (slug: string) => string> = {
  empty: () => 'is required',
  too_long: () => `must be at most ${MAX_LENGTH.slug} characters`,
  not_dns_label: () =>
    'must be a DNS label: lowercase letters, digits and hyphens, not starting or ending with a hyphen',
  reserved: (slug) => `"${slug}" is reserved`,
};

const DOMAIN_MESSAGES: Record<DomainProblem, string> = {
  too_long: `must be at most ${MAX_LENGTH.domain} characters`,
  not_fully_qualified: 'must be a full domain name such as clinic.example.com',
  invalid: 'is not a valid domain name',
  ip_address: 'must be a domain name, not an IP address',
};

const JSON_MESSAGES: Record<JsonObjectProblem, string> = {
  too_long: `must be at most ${MAX_JSON_LENGTH} characters`,
  not_json: 'must be valid JSON',
  not_object: 'must be a JSON object',
};

/** Why a slug cannot be used, or null when its form is fine (availability is checked apart). */
export function slugProblem(slug: string): string | null {
  const problem = slugRuleProblem(slug);
  return problem ? SLUG_MESSAGES[problem](slug) : null;
}

export function isValidTimeZone(zone: string): boolean {
  if (knownTimeZones.has(zone)) return true;
  // Links such as "US/Eastern" are valid IANA names that supportedValuesOf leaves out.
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks each given field and returns the normalized values. Fields that are not given stay
 * absent, so the same code serves create (after defaults are applied) and partial update.
 */
export function validateTenantFields(input: TenantFieldsInput): Partial<TenantFields> {
  const errors = new FieldErrorCollector();
  const out: Partial<TenantFields> = {};
  const has = (field: TenantWritableField): boolean => input[field] !== undefined;

  const text = (
    field: TenantWritableField,
    max: number,
    nullable: boolean,
  ): string | null | undefined => {
    const value = input[field];
    if (value === undefined) return undefined;
    if (value === null || (typeof value === 'string' && value.trim() === '')) {
      if (nullable) return null;
      errors.add(field, 'is required');
      return undefined;
    }
    if (typeof value !== 'string') {
      errors.add(field, 'must be a string');
      return undefined;
    }
    const trimmed = value.trim();
    if (trimmed.length > max) {
      errors.add(field, `must be at most ${max} characters`);
      return undefined;
    }
    return trimmed;
  };

  const oneOf = <T extends string>(
    field: TenantWritableField,
    allowed: readonly T[],
  ): T | undefined => {
    const value = input[field];
    if (value === undefined) return undefined;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
      return value as T;
    errors.add(field, `must be one of ${allowed.join(', ')}`);
    return undefined;
  };

  const flag = (field: 'custom_branding' | 'sso_enabled' | 'api_access'): void => {
    const value = input[field];
    if (value === undefined) return;
    if (typeof value === 'boolean') out[field] = value;
    else errors.add(field, 'must be true or false');
  };

  const name = text('name', MAX_LENGTH.name, false);
  if (typeof name === 'string') out.name = name;

  if (has('slug')) {
    const slug = input.slug;
    const problem = typeof slug === 'string' ? slugProblem(slug) : 'must be a string';
    if (problem) errors.add('slug', problem);
    else out.slug = slug as string;
  }

  const domain = text('domain', MAX_LENGTH.domain, true);
  if (domain === null) out.domain = null;
  else if (typeof domain === 'string') {
    const normalized = normalizeDomain(domain);
    const problem = domainProblem(normalized);
    if (problem) errors.add('domain', DOMAIN_MESSAGES[problem]);
    else out.domain = normalized;
  }

  const status = oneOf('status', TENANT_STATUSES);
  if (status) out.status = status;
  const plan = oneOf('billing_plan', BILLING_PLANS);
  if (plan) out.billing_plan = plan;
  const currency = oneOf('currency', CURRENCIES);
  if (currency) out.currency = currency;
  const language = oneOf('language', LANGUAGES);
  if (language) out.language = language;

  const email = text('contact_email', MAX_LENGTH.contact_email, false);
  if (typeof email === 'string') {
    if (isEmail(email)) out.contact_email = email.toLowerCase();
    else errors.add('contact_email', 'must be an e-mail address such as contact@clinic.com');
  }

  const phone = text('contact_phone', MAX_LENGTH.contact_phone, true);
  if (phone === null) out.contact_phone = null;
  else if (typeof phone === 'string') {
    if (isPhone(phone)) out.contact_phone = phone;
    else errors.add('contact_phone', 'must be a phone number such as +1-555-123-4567');
  }

  const address = text('address', MAX_LENGTH.address, true);
  if (address !== undefined) out.address = address;

  const timezone = text('timezone', MAX_LENGTH.timezone, false);
  if (typeof timezone === 'string') {
    if (isValidTimeZone(timezone)) out.timezone = timezone;
    else errors.add('timezone', 'must be an IANA time zone such as America/New_York or UTC');
  }

  for (const field of ['theme_json', 'features_json'] as const) {
    const value = text(field, MAX_JSON_LENGTH, true);
    if (value === null) out[field] = null;
    else if (typeof value === 'string') {
      const problem = jsonObjectProblem(value);
      const shapeProblems = problem
        ? []
        : configShapeProblems(field, JSON.parse(value) as Record<string, unknown>);
      if (problem) errors.add(field, JSON_MESSAGES[problem]);
      else if (shapeProblems.length > 0) errors.add(field, shapeProblems.join('; '));
      else out[field] = value;
    }
  }

  for (const field of LIMIT_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    if (value === null) out[field] = null;
    else if (typeof value === 'number' && isLimitValue(value)) {
      out[field] = value;
    } else {
      errors.add(field, 'must be a whole number of 0 or more, or null for unlimited');
    }
  }

  flag('custom_branding');
  flag('sso_enabled');
  flag('api_access');

  const reason = text('suspension_reason', MAX_LENGTH.suspension_reason, true);
  if (reason !== undefined) out.suspension_reason = reason;

  errors.throwIfAny();
  return out;
}

const configShapeProblems = (
  field: 'theme_json' | 'features_json',
  value: Record<string, unknown>,
): string[] => (field === 'theme_json' ? themeProblems(value) : featureProblems(value));
