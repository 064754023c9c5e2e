import { isEmail, isPhone } from '@vetcares/tenant-rules';
import { Types } from 'mongoose';
import { FieldErrorCollector } from './field-errors.js';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const OBJECT_ID = /^[0-9a-f]{24}$/i;

/**
 * Reads untrusted input one field at a time and collects every problem before failing, so a form
 * can show them all at once. Each reader returns `undefined` when the field is absent (or wrong:
 * `done()` then throws), `null` when a nullable field was cleared, else the normalized value.
 * Values are checked whatever their type, because services also serve callers GraphQL does not
 * type-check (REST, scripts).
 */
export class FieldReader<F extends string> {
  private readonly errors = new FieldErrorCollector();

  constructor(private readonly input: Partial<Record<F, unknown>>) {}

  given(field: F): boolean {
    return this.input[field] !== undefined;
  }

  add(field: F, message: string): void {
    this.errors.add(field, message);
  }

  failed(field: F): boolean {
    return this.errors.has(field);
  }

  /** On create, these fields must be present (null or blank is caught by the field's reader). */
  requirePresent(fields: readonly F[]): void {
    for (const field of fields) if (!this.given(field)) this.errors.add(field, 'is required');
  }

  done(): void {
    this.errors.throwIfAny();
  }

  text(field: F, max: number, nullable = false): string | null | undefined {
    const value = this.input[field];
    if (value === undefined) return undefined;
    if (value === null || (typeof value === 'string' && value.trim() === '')) {
      return this.cleared(field, nullable);
    }
    if (typeof value !== 'string') return this.fail(field, 'must be text');
    const trimmed = value.trim();
    if (trimmed.length > max) return this.fail(field, `must be at most ${max} characters`);
    return trimmed;
  }

  email(field: F, nullable = false): string | null | undefined {
    const text = this.text(field, 254, nullable);
    if (typeof text !== 'string') return text;
    if (!isEmail(text)) return this.fail(field, 'must be an e-mail address such as jo@example.com');
    return text.toLowerCase();
  }

  phone(field: F, nullable = true): string | null | undefined {
    const text = this.text(field, 40, nullable);
    if (typeof text !== 'string') return text;
    if (!isPhone(text)) return this.fail(field, 'must be a phone number such as +1-555-123-4567');
    return text;
  }

  oneOf<T extends string>(field: F, allowed: readonly T[], nullable = false): T | null | undefined {
    const value = this.input[field];
    if (value === undefined) return undefined;
    if (value === null) return this.cleared(field, nullable);
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) {
      return value as T;
    }
    return this.fail(field, `must be one of ${allowed.join(', ')}`);
  }

  flag(field: F, nullable = false): boolean | null | undefined {
    const value = this.input[field];
    if (value === undefined) return undefined;
    if (typeof value === 'boolean') return value;
    if (value === null) return this.cleared(field, nullable);
    return this.fail(field, 'must be true or false');
  }

  integer(field: F, min: number, max: number): number | undefined;
  integer(field: F, min: number, max: number, nullable: true): number | null | undefined;
  integer(field: F, min: number, max: number, nullable = false): number | null | undefined {
    const value = this.input[field];
    if (value === undefined) return undefined;
    if (value === null) return this.cleared(field, nullable);
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) {
      return value;
    }
    return this.fail(field, `must be a whole number from ${min} to ${max}`);
  }

  /**
   * Text that must pass a rule besides its length: `problem` answers why a value is refused, or
   * null, and `normalize` (applied first) gives the form it is checked and stored in.
   */
  checkedText(
    field: F,
    max: number,
    nullable: boolean,
    problem: (text: string) => string | null,
    normalize: (text: string) => string = (text) => text,
  ): string | null | undefined {
    const text = this.text(field, max, nullable);
    if (typeof text !== 'string') return text;
    const normalized = normalize(text);
    const refusal = problem(normalized);
    return refusal ? this.fail(field, refusal) : normalized;
  }

  /** A positive amount with at most `places` decimals (money, weights). */
  decimal(field: F, max: number, places: number, nullable = false): number | null | undefined {
    const value = this.input[field];
    if (value === undefined) return undefined;
    if (value === null) return this.cleared(field, nullable);
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > max) {
      return this.fail(field, `must be a number above 0 and at most ${max}`);
    }
    const scaled = value * 10 ** places;
    // Tolerates binary noise such as 0.1 + 0.2, refuses real extra digits such as 10.005.
    if (Math.abs(scaled - Math.round(scaled)) > 1e-6) {
      return this.fail(field, `must have at most ${places} decimal places`);
    }
    return Math.round(scaled) / 10 ** places;
  }

  /** An instant: a Date (GraphQL's DateTimeISO) or an ISO 8601 string with a time zone. */
  dateTime(field: F, nullable = false): Date | null | undefined {
    const value = this.input[field];
    if (value === undefined) return undefined;
    if (value === null) return this.cleared(field, nullable);
    const date =
      value instanceof Date
        ? value
        : typeof value === 'string' && /T.*(Z|[+-]\d{2}:?\d{2})$/.test(value)
          ? new Date(value)
          : null;
    if (!date || Number.isNaN(date.getTime())) {
      return this.fail(field, 'must be a date and time such as 2026-03-01T09:30:00Z');
    }
    return date;
  }

  /** A calendar date with no time of day or zone, "2019-04-23", so it never shifts by a day. */
  calendarDate(field: F, nullable = true): string | null | undefined {
    const value = this.input[field];
    if (value === undefined) return undefined;
    if (value === null || value === '') return this.cleared(field, nullable);
    const match = typeof value === 'string' ? CALENDAR_DATE.exec(value) : null;
    if (match) {
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(Date.UTC(year, month - 1, day));
      if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return value as string;
    }
    return this.fail(field, 'must be a date such as 2019-04-23');
  }

  /** An id the caller refers to; whether it exists (in this tenant) is the service's check. */
  id(field: F, nullable = false): Types.ObjectId | null | undefined {
    const value = this.input[field];
    if (value === undefined) return undefined;
    if (value === null || value === '') return this.cleared(field, nullable);
    if (typeof value === 'string' && OBJECT_ID.test(value)) return new Types.ObjectId(value);
    return this.fail(field, 'must be a 24-character hexadecimal id');
  }

  private cleared(field: F, nullable: boolean): null | undefined {
    if (nullable) return null;
    this.errors.add(field, 'is required');
    return undefined;
  }

  private fail(field: F, message: string): undefined {
    this.errors.add(field, message);
    return undefined;
  }
}

/** Copies a read value into the output unless the field was absent, so updates stay partial. */
export function setIfGiven<O, K extends keyof O>(out: O, key: K, value: O[K] | undefined): void {
  if (value !== undefined) out[key] = value;
}
