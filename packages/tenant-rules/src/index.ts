/**
 * What makes a tenant field valid. The API enforces these and words its own errors; the console
 * checks the same rules as the admin types, with its own wording. Pure functions, no dependencies,
 * so both a Node service and a browser bundle can use them.
 */

export const MAX_LENGTH = {
  name: 200,
  slug: 63,
  domain: 253,
  contact_email: 254,
  contact_phone: 40,
  address: 500,
  timezone: 64,
  suspension_reason: 500,
} as const;

export const MAX_JSON_LENGTH = 64 * 1024;
export const MAX_LIMIT_VALUE = 1_000_000_000;

/** Subdomains the platform needs itself, or that would confuse clinic users and phishing filters. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(
  (
    'www api admin app apps auth login console dashboard billing status support help docs mail ' +
    'smtp ftp cdn static assets graphql playground root system internal vetcares test staging dev'
  ).split(' '),
);

const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const EMAIL =
  /^[^\s@"<>()[\],;:]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;
const PHONE_CHARACTERS = /^\+?[0-9 ().-]+$/;

export type SlugProblem = 'empty' | 'too_long' | 'not_dns_label' | 'reserved';

/** A slug is one DNS label (lowercase letters, digits, inner hyphens) that is not reserved. */
export function slugProblem(slug: string): SlugProblem | null {
  if (slug.length === 0) return 'empty';
  if (slug.length > MAX_LENGTH.slug) return 'too_long';
  if (!DNS_LABEL.test(slug)) return 'not_dns_label';
  if (RESERVED_SLUGS.has(slug)) return 'reserved';
  return null;
}

/** Lower case, no trailing dot: the form domains are stored and compared in. */
export function normalizeDomain(raw: string): string {
  return raw.trim().toLowerCase().replace(/\.$/, '');
}

export type DomainProblem = 'too_long' | 'not_fully_qualified' | 'invalid' | 'ip_address';

/** Checks a normalized domain name. */
export function domainProblem(domain: string): DomainProblem | null {
  if (domain.length > MAX_LENGTH.domain) return 'too_long';
  const labels = domain.split('.');
  if (labels.length < 2) return 'not_fully_qualified';
  if (!labels.every((label) => DNS_LABEL.test(label))) return 'invalid';
  if (/^[0-9]+$/.test(labels[labels.length - 1] ?? '')) return 'ip_address';
  return null;
}

export const isEmail = (text: string): boolean =>
  text.length <= MAX_LENGTH.contact_email && EMAIL.test(text);

/** Digits with the usual separators and an optional leading +, 7 to 15 digits (E.164's range). */
export function isPhone(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  return PHONE_CHARACTERS.test(text) && digits >= 7 && digits <= 15;
}

export type JsonObjectProblem = 'too_long' | 'not_json' | 'not_object';

export function jsonObjectProblem(text: string): JsonObjectProblem | null {
  if (text.length > MAX_JSON_LENGTH) return 'too_long';
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? null
      : 'not_object';
  } catch {
    return 'not_json';
  }
}

/** A limit is a whole number from 0; null (not checked here) means unlimited. */
export const isLimitValue = (value: number): boolean =>
  Number.isInteger(value) && value >= 0 && value <= MAX_LIMIT_VALUE;

export * from './theme.js';
export * from './usage-events.js';
export * from './error-codes.js';
