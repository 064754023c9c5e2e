import { badInput, type FieldError } from '../../common/errors.js';

/** A JSON body must be an object; anything else is refused before it reaches a service. */
export function objectBody(body: unknown): Record<string, unknown> {
  if (body === undefined) return {};
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw badInput([{ field: 'body', message: 'must be a JSON object' }]);
  }
  return body as Record<string, unknown>;
}

/**
 * Keeps the fields a resource accepts, ignores the read-only ones clients often echo back, and
 * refuses anything else by name, so a typo is an error rather than a silently dropped change.
 */
export function pickFields<F extends string>(
  body: Record<string, unknown>,
  writable: readonly F[],
  readOnly: readonly string[],
): Partial<Record<F, unknown>> {
  const picked: Partial<Record<F, unknown>> = {};
  const unknown: FieldError[] = [];
  for (const [key, value] of Object.entries(body)) {
    if ((writable as readonly string[]).includes(key)) picked[key as F] = value;
    else if (!readOnly.includes(key)) unknown.push({ field: key, message: 'is not a known field' });
  }
  if (unknown.length > 0) throw badInput(unknown);
  return picked;
}

/** One query-string value as text; repeated keys (arrays) are refused. */
export function queryText(query: Record<string, unknown>, field: string): string | undefined {
  const value = query[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string')
    throw badInput([{ field, message: 'must be given once, as text' }]);
  return value;
}

export function queryInteger(query: Record<string, unknown>, field: string): number | undefined {
  const text = queryText(query, field);
  if (text === undefined || text === '') return undefined;
  if (!/^-?\d+$/.test(text)) throw badInput([{ field, message: 'must be a whole number' }]);
  return Number(text);
}

/** Refuses query parameters an endpoint does not take (such as `status[$ne]`), naming each. */
export function onlyQueryKeys(query: Record<string, unknown>, allowed: readonly string[]): void {
  const unknown = Object.keys(query).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) {
    throw badInput(unknown.map((field) => ({ field, message: 'is not a known query parameter' })));
  }
}

/** Refuses body fields an endpoint does not take, naming each. */
export function onlyBodyKeys(body: Record<string, unknown>, allowed: readonly string[]): void {
  pickFields(body, allowed, []);
}
