import { LIMIT_FIELDS, type TenantFieldName, type TenantFormValues } from './tenantFormValues';

export type TenantFormErrors = Partial<Record<TenantFieldName, string>>;

// Mirrors the API's tenant.validation.ts so most mistakes show before a round trip; the server
// stays the authority and its field errors are shown the same way.
const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const EMAIL_PATTERN =
  /^[^\s@"<>()[\],;:]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;
const PHONE_PATTERN = /^\+?[0-9 ().-]+$/;
const MAX_LIMIT_VALUE = 1_000_000_000;
const MAX_JSON_LENGTH = 64 * 1024;
const MAX_LENGTHS: Partial<Record<TenantFieldName, number>> = {
  name: 200,
  contact_email: 254,
  contact_phone: 40,
  address: 500,
  suspension_reason: 500,
};

/** The API's reserved subdomains; availability checks report them too, this only answers sooner. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(
  (
    'www api admin app apps auth login console dashboard billing status support help docs mail ' +
    'smtp ftp cdn static assets graphql playground root system internal vetcares test staging dev'
  ).split(' '),
);

export function slugProblem(slug: string): string | null {
  if (slug === '') return 'Slug is required.';
  if (!SLUG_PATTERN.test(slug)) {
    return 'Use 1–63 lowercase letters, digits or hyphens, not starting or ending with a hyphen.';
  }
  if (RESERVED_SLUGS.has(slug)) return `“${slug}” is reserved.`;
  return null;
}

function domainProblem(domain: string): string | null {
  const labels = domain.toLowerCase().replace(/\.$/, '').split('.');
  if (
    domain.length > 253 ||
    labels.length < 2 ||
    !labels.every((label) => DOMAIN_LABEL.test(label))
  ) {
    return 'Enter a domain like clinic.example.com, without http://.';
  }
  if (/^[0-9]+$/.test(labels[labels.length - 1] ?? ''))
    return 'Use a domain name, not an IP address.';
  return null;
}

function phoneProblem(phone: string): string | null {
  const digits = phone.replace(/\D/g, '').length;
  if (!PHONE_PATTERN.test(phone) || digits < 7 || digits > 15) {
    return 'Enter a phone number like +1-555-123-4567.';
  }
  return null;
}

function timezoneProblem(timezone: string): string | null {
  if (timezone === '') return 'Time zone is required.';
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
    return null;
  } catch {
    return 'Choose a time zone such as UTC or America/New_York.';
  }
}

function jsonObjectProblem(text: string): string | null {
  if (text.length > MAX_JSON_LENGTH) return 'Keep the JSON under 64 KB.';
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return null;
    return 'Must be a JSON object, like {"primary": "#0b7285"}.';
  } catch {
    return 'Not valid JSON.';
  }
}

function limitProblem(text: string): string | null {
  if (!/^\d+$/.test(text) || Number(text) > MAX_LIMIT_VALUE) {
    return 'Use a whole number of 0 or more, or leave empty.';
  }
  return null;
}

export function validateTenantForm(values: TenantFormValues): TenantFormErrors {
  const errors: TenantFormErrors = {};
  const trimmed = (field: TenantFieldName) => String(values[field]).trim();

  if (trimmed('name') === '') errors.name = 'Name is required.';

  const slug = slugProblem(trimmed('slug'));
  if (slug) errors.slug = slug;

  if (trimmed('domain') !== '') {
    const problem = domainProblem(trimmed('domain'));
    if (problem) errors.domain = problem;
  }

  if (trimmed('contact_email') === '') errors.contact_email = 'Contact e-mail is required.';
  else if (!EMAIL_PATTERN.test(trimmed('contact_email'))) {
    errors.contact_email = 'Enter an e-mail address like contact@clinic.com.';
  }

  if (trimmed('contact_phone') !== '') {
    const problem = phoneProblem(trimmed('contact_phone'));
    if (problem) errors.contact_phone = problem;
  }

  const timezone = timezoneProblem(trimmed('timezone'));
  if (timezone) errors.timezone = timezone;

  if (values.status === 'suspended' && trimmed('suspension_reason') === '') {
    errors.suspension_reason = 'Give a reason for the suspension.';
  }

  for (const field of LIMIT_FIELDS) {
    const problem = trimmed(field) === '' ? null : limitProblem(trimmed(field));
    if (problem) errors[field] = problem;
  }
  for (const field of ['theme_json', 'features_json'] as const) {
    const problem = trimmed(field) === '' ? null : jsonObjectProblem(trimmed(field));
    if (problem) errors[field] = problem;
  }
  for (const [field, max] of Object.entries(MAX_LENGTHS) as Array<[TenantFieldName, number]>) {
    if (!errors[field] && trimmed(field).length > max) {
      errors[field] = `Keep this under ${max} characters.`;
    }
  }
  return errors;
}
