import {
  domainProblem as domainRuleProblem,
  isEmail,
  isLimitValue,
  isPhone,
  jsonObjectProblem as jsonRuleProblem,
  MAX_LENGTH,
  normalizeDomain,
  slugProblem as slugRuleProblem,
  type JsonObjectProblem,
  type SlugProblem,
} from '@vetcares/tenant-rules';
import { LIMIT_FIELDS, type TenantFieldName, type TenantFormValues } from './tenantFormValues';

export type TenantFormErrors = Partial<Record<TenantFieldName, string>>;

// The same rules the API enforces (@vetcares/tenant-rules), worded for a person filling the form;
// the server stays the authority and its field errors are shown the same way.
const MAX_LENGTHS: Partial<Record<TenantFieldName, number>> = {
  name: MAX_LENGTH.name,
  contact_email: MAX_LENGTH.contact_email,
  contact_phone: MAX_LENGTH.contact_phone,
  address: MAX_LENGTH.address,
  suspension_reason: MAX_LENGTH.suspension_reason,
};

const SLUG_MESSAGES: Record<SlugProblem, (slug: string) => string> = {
  empty: () => 'Slug is required.',
  too_long: () =>
    'Use 1–63 lowercase letters, digits or hyphens, not starting or ending with a hyphen.',
  not_dns_label: () =>
    'Use 1–63 lowercase letters, digits or hyphens, not starting or ending with a hyphen.',
  reserved: (slug) => `“${slug}” is reserved.`,
};

export function slugProblem(slug: string): string | null {
  const problem = slugRuleProblem(slug);
  return problem ? SLUG_MESSAGES[problem](slug) : null;
}

function domainProblem(domain: string): string | null {
  const problem = domainRuleProblem(normalizeDomain(domain));
  if (problem === 'ip_address') return 'Use a domain name, not an IP address.';
  return problem ? 'Enter a domain like clinic.example.com, without http://.' : null;
}

function phoneProblem(phone: string): string | null {
  return isPhone(phone) ? null : 'Enter a phone number like +1-555-123-4567.';
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

const JSON_MESSAGES: Record<JsonObjectProblem, string> = {
  too_long: 'Keep the JSON under 64 KB.',
  not_json: 'Not valid JSON.',
  not_object: 'Must be a JSON object, like {"primary": "#0b7285"}.',
};

function jsonObjectProblem(text: string): string | null {
  const problem = jsonRuleProblem(text);
  return problem ? JSON_MESSAGES[problem] : null;
}

function limitProblem(text: string): string | null {
  return /^\d+$/.test(text) && isLimitValue(Number(text))
    ? null
    : 'Use a whole number of 0 or more, or leave empty.';
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
  else if (!isEmail(trimmed('contact_email'))) {
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
