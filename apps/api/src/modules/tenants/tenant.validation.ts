import { FieldErrorCollector } from '../../common/field-errors.js';
import {
  BILLING_PLANS,
  CURRENCIES,
  LANGUAGES,
  RESERVED_SLUGS,
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

const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const EMAIL_PATTERN =
  /^[^\s@"<>()[\],;:]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;
const PHONE_PATTERN = /^\+?[0-9 ().-]+$/;
const MAX_JSON_LENGTH = 64 * 1024;
const MAX_LIMIT_VALUE = 1_000_000_000;

const knownTimeZones = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC']);

/** Why a slug cannot be used, or null when its form is fine (availability is checked apart). */
export function slugProblem(slug: string): string | null {
  if (slug.length === 0) return 'is required';
  if (slug.length > 63) return 'must be at most 63 characters';
  if (!SLUG_PATTERN.test(slug)) {
    return 'must be a DNS label: lowercase letters, digits and hyphens, not starting or ending with a hyphen';
  }
  if (RESERVED_SLUGS.has(slug)) return `"${slug}" is reserved`;
  return null;
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

export function normalizeDomain(raw: string): string {
  return raw.trim().toLowerCase().replace(/\.$/, '');
}

function domainProblem(domain: string): string | null {
  if (domain.length > 253) return 'must be at most 253 characters';
  const labels = domain.split('.');
  if (labels.length < 2) return 'must be a full domain name such as clinic.example.com';
  if (!labels.every((label) => DOMAIN_LABEL.test(label))) return 'is not a valid domain name';
  if (/^[0-9]+$/.test(labels[labels.length - 1] ?? ''))
    return 'must be a domain name, not an IP address';
  return null;
}

function phoneProblem(phone: string): string | null {
  const digits = phone.replace(/\D/g, '').length;
  if (!PHONE_PATTERN.test(phone) || digits < 7 || digits > 15) {
    return 'must be a phone number such as +1-555-123-4567';
  }
  return null;
}

function jsonObjectProblem(text: string): string | null {
  if (text.length > MAX_JSON_LENGTH) return `must be at most ${MAX_JSON_LENGTH} characters`;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return 'must be a JSON object';
    }
    return null;
  } catch {
    return 'must be valid JSON';
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

  const name = text('name', 200, false);
  if (typeof name === 'string') out.name = name;

  if (has('slug')) {
    const slug = input.slug;
    const problem = typeof slug === 'string' ? slugProblem(slug) : 'must be a string';
    if (problem) errors.add('slug', problem);
    else out.slug = slug as string;
  }

  const domain = text('domain', 253, true);
  if (domain === null) out.domain = null;
  else if (typeof domain === 'string') {
    const normalized = normalizeDomain(domain);
    const problem = domainProblem(normalized);
    if (problem) errors.add('domain', problem);
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

  const email = text('contact_email', 254, false);
  if (typeof email === 'string') {
    if (EMAIL_PATTERN.test(email)) out.contact_email = email.toLowerCase();
    else errors.add('contact_email', 'must be an e-mail address such as contact@clinic.com');
  }

  const phone = text('contact_phone', 40, true);
  if (phone === null) out.contact_phone = null;
  else if (typeof phone === 'string') {
    const problem = phoneProblem(phone);
    if (problem) errors.add('contact_phone', problem);
    else out.contact_phone = phone;
  }

  const address = text('address', 500, true);
  if (address !== undefined) out.address = address;

  const timezone = text('timezone', 64, false);
  if (typeof timezone === 'string') {
    if (isValidTimeZone(timezone)) out.timezone = timezone;
    else errors.add('timezone', 'must be an IANA time zone such as America/New_York or UTC');
  }

  for (const field of ['theme_json', 'features_json'] as const) {
    const value = text(field, MAX_JSON_LENGTH, true);
    if (value === null) out[field] = null;
    else if (typeof value === 'string') {
      const problem = jsonObjectProblem(value);
      if (problem) errors.add(field, problem);
      else out[field] = value;
    }
  }

  for (const field of LIMIT_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    if (value === null) out[field] = null;
    else if (
      typeof value === 'number' &&
      Number.isInteger(value) &&
      value >= 0 &&
      value <= MAX_LIMIT_VALUE
    ) {
      out[field] = value;
    } else {
      errors.add(field, 'must be a whole number of 0 or more, or null for unlimited');
    }
  }

  flag('custom_branding');
  flag('sso_enabled');
  flag('api_access');

  const reason = text('suspension_reason', 500, true);
  if (reason !== undefined) out.suspension_reason = reason;

  errors.throwIfAny();
  return out;
}
