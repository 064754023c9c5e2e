import { badInput } from '../../common/errors.js';
import { FieldErrorCollector } from '../../common/field-errors.js';
import {
  isUsageEvent,
  MAX_CLOCK_SKEW_MS,
  MAX_COUNT_PER_EVENT,
  MAX_EVENTS_PER_CALL,
  MAX_USAGE_REPORT_DAYS,
  USAGE_EVENTS,
  USAGE_RETENTION_DAYS,
  type UsageEventName,
} from './usage.constants.js';

export interface UsageEvent {
  event: UsageEventName;
  count: number;
  at: Date;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};

/**
 * Checks a batch of usage events, naming each problem by its place (`events[3].event`) so a
 * client can tell which entry to fix. All or nothing: one bad entry refuses the whole call.
 */
export function parseUsageEvents(input: unknown, now: Date): UsageEvent[] {
  if (!Array.isArray(input) || input.length === 0 || input.length > MAX_EVENTS_PER_CALL) {
    const message = `must be a list of 1 to ${MAX_EVENTS_PER_CALL} events`;
    throw badInput([{ field: 'events', message }]);
  }
  const entries: unknown[] = input;
  const errors = new FieldErrorCollector();

  const oldest = now.getTime() - USAGE_RETENTION_DAYS * 86_400_000;
  const latest = now.getTime() + MAX_CLOCK_SKEW_MS;
  const events = entries.map((raw, index): UsageEvent => {
    const entry = asRecord(raw);
    const field = (name: string) => `events[${index}].${name}`;
    const { event, count = 1, at } = entry;
    if (!isUsageEvent(event)) {
      errors.add(
        field('event'),
        `"${String(event)}" is not a usage event (known: ${USAGE_EVENTS.join(', ')})`,
      );
    }
    if (
      typeof count !== 'number' ||
      !Number.isInteger(count) ||
      count < 1 ||
      count > MAX_COUNT_PER_EVENT
    ) {
      errors.add(field('count'), `must be a whole number from 1 to ${MAX_COUNT_PER_EVENT}`);
    }
    let when = now;
    if (at !== undefined && at !== null) {
      const parsed =
        at instanceof Date ? at : typeof at === 'string' ? new Date(at) : new Date(NaN);
      if (Number.isNaN(parsed.getTime())) errors.add(field('at'), 'must be a date and time');
      else if (parsed.getTime() > latest) errors.add(field('at'), 'must not be in the future');
      else if (parsed.getTime() < oldest) {
        errors.add(field('at'), `must be within the last ${USAGE_RETENTION_DAYS} days`);
      } else when = parsed;
    }
    return { event: event as UsageEventName, count: count as number, at: when };
  });
  errors.throwIfAny();
  return events;
}

/** How many days of usage to report: 1 to MAX_USAGE_REPORT_DAYS, 7 when not given. */
export function parseReportDays(days: unknown): number {
  if (days === undefined || days === null) return 7;
  if (
    typeof days === 'number' &&
    Number.isInteger(days) &&
    days >= 1 &&
    days <= MAX_USAGE_REPORT_DAYS
  ) {
    return days;
  }
  throw badInput([
    { field: 'days', message: `must be a whole number from 1 to ${MAX_USAGE_REPORT_DAYS}` },
  ]);
}
