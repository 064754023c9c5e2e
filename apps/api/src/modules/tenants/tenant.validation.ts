import {
  domainProblem,
  isEmail,
  isPhone,
  jsonObjectProblem,
  MAX_JSON_LENGTH,
  MAX_LENGTH,
  MAX_LIMIT_VALUE,
  normalizeDomain,
  slugProblem as slugRuleProblem,
  themeProblems,
  type DomainProblem,
  type JsonObjectProblem,
  type SlugProblem,
} from '@vetcares/tenant-rules';
import { FieldReader } from '../../common/field-reader.js';
import { featureProblems } from './tenant-config.js';
import { BILLING_PLANS, CURRENCIES, LANGUAGES, TENANT_STATUSES } from './tenant.constants.js';
import type { TenantFields, TenantFieldsInput, TenantWritableField } from './tenant.fields.js';

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

const configProblem =
  (shapeProblems: (value: Record<string, unknown>) => string[]) =>
  (text: string): string | null => {
    const problem = jsonObjectProblem(text);
    if (problem) return JSON_MESSAGES[problem];
    const problems = shapeProblems(JSON.parse(text) as Record<string, unknown>);
    return problems.length > 0 ? problems.join('; ') : null;
  };

type Reader = FieldReader<TenantWritableField>;

/** How each writable field is read; the table's type makes a missing field a compile error. */
const READERS: { [K in TenantWritableField]: (read: Reader) => TenantFields[K] | undefined } = {
  name: (read) => read.text('name', MAX_LENGTH.name) ?? undefined,
  slug: (read) =>
    read.checkedText('slug', Number.MAX_SAFE_INTEGER, false, slugProblem) ?? undefined,
  domain: (read) =>
    read.checkedText(
      'domain',
      MAX_LENGTH.domain,
      true,
      (domain) => {
        const problem = domainProblem(domain);
        return problem ? DOMAIN_MESSAGES[problem] : null;
      },
      normalizeDomain,
    ),
  status: (read) => read.oneOf('status', TENANT_STATUSES) ?? undefined,
  billing_plan: (read) => read.oneOf('billing_plan', BILLING_PLANS) ?? undefined,
  contact_email: (read) =>
    read.checkedText(
      'contact_email',
      MAX_LENGTH.contact_email,
      false,
      (email) => (isEmail(email) ? null : 'must be an e-mail address such as contact@clinic.com'),
      (email) => email.toLowerCase(),
    ) ?? undefined,
  contact_phone: (read) =>
    read.checkedText('contact_phone', MAX_LENGTH.contact_phone, true, (phone) =>
      isPhone(phone) ? null : 'must be a phone number such as +1-555-123-4567',
    ),
  address: (read) => read.text('address', MAX_LENGTH.address, true),
  timezone: (read) =>
    read.checkedText('timezone', MAX_LENGTH.timezone, false, (zone) =>
      isValidTimeZone(zone) ? null : 'must be an IANA time zone such as America/New_York or UTC',
    ) ?? undefined,
  currency: (read) => read.oneOf('currency', CURRENCIES) ?? undefined,
  language: (read) => read.oneOf('language', LANGUAGES) ?? undefined,
  theme_json: (read) =>
    read.checkedText('theme_json', MAX_JSON_LENGTH, true, configProblem(themeProblems)),
  features_json: (read) =>
    read.checkedText('features_json', MAX_JSON_LENGTH, true, configProblem(featureProblems)),
  max_staff: (read) => read.integer('max_staff', 0, MAX_LIMIT_VALUE, true),
  max_clients: (read) => read.integer('max_clients', 0, MAX_LIMIT_VALUE, true),
  max_storage_gb: (read) => read.integer('max_storage_gb', 0, MAX_LIMIT_VALUE, true),
  custom_branding: (read) => read.flag('custom_branding') ?? undefined,
  sso_enabled: (read) => read.flag('sso_enabled') ?? undefined,
  api_access: (read) => read.flag('api_access') ?? undefined,
  suspension_reason: (read) => read.text('suspension_reason', MAX_LENGTH.suspension_reason, true),
};

const WRITABLE = Object.keys(READERS) as TenantWritableField[];

/**
 * Checks each given field and returns the normalized values. Fields that are not given stay
 * absent, so the same code serves create (after defaults are applied) and partial update.
 */
export function validateTenantFields(input: TenantFieldsInput): Partial<TenantFields> {
  const read = new FieldReader<TenantWritableField>(input);
  const out: Record<string, unknown> = {};
  for (const field of WRITABLE) {
    const value = READERS[field](read);
    if (value !== undefined) out[field] = value;
  }
  read.done();
  return out as Partial<TenantFields>;
}
