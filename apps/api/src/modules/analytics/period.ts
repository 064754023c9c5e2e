import { badInput } from '../../common/errors.js';
import { addDays, dayIn, daysBetween } from '../usage/local-day.js';
import { USAGE_RETENTION_DAYS } from '../usage/usage.constants.js';

export const PRESET_PERIODS = { '7d': 7, '30d': 30, '90d': 90 } as const;
export type PresetPeriod = keyof typeof PRESET_PERIODS;

export interface PeriodInput {
  period?: unknown;
  from?: unknown;
  to?: unknown;
}

/** A resolved period: its name ("30d" or "custom") and its days, oldest first. */
export interface Period {
  name: PresetPeriod | 'custom';
  from: string;
  to: string;
  days: string[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: unknown): value is string =>
  typeof value === 'string' && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/**
 * 7d, 30d or 90d end today (in the given timezone); "custom" (or from/to without a period) runs
 * from one day to another, both included, within the retention period and not past today.
 */
export function parsePeriod(input: PeriodInput, timeZone: string, now: Date): Period {
  const today = dayIn(timeZone, now);
  const { period, from, to } = input;
  const custom = period === 'custom' || ((period === undefined || period === null) && (from || to));
  if (!custom) {
    const name = period ?? '30d';
    if (typeof name !== 'string' || !(name in PRESET_PERIODS)) {
      throw badInput([
        { field: 'period', message: 'must be 7d, 30d, 90d, or custom with from and to' },
      ]);
    }
    if (from !== undefined && from !== null) {
      throw badInput([{ field: 'from', message: `only goes with period custom, not ${name}` }]);
    }
    const count = PRESET_PERIODS[name as PresetPeriod];
    const first = addDays(today, -(count - 1));
    return { name: name as PresetPeriod, from: first, to: today, days: daysBetween(first, today) };
  }
  const problems: { field: string; message: string }[] = [];
  if (!isDay(from)) problems.push({ field: 'from', message: 'must be a day, YYYY-MM-DD' });
  if (!isDay(to)) problems.push({ field: 'to', message: 'must be a day, YYYY-MM-DD' });
  if (problems.length > 0) throw badInput(problems);
  const [first, last] = [from as string, to as string];
  const oldest = addDays(today, -(USAGE_RETENTION_DAYS - 1));
  if (first > last) problems.push({ field: 'to', message: 'must not be before from' });
  if (last > today) problems.push({ field: 'to', message: `must not be after today (${today})` });
  if (first < oldest) {
    problems.push({
      field: 'from',
      message: `must be within the last ${USAGE_RETENTION_DAYS} days (from ${oldest})`,
    });
  }
  if (problems.length > 0) throw badInput(problems);
  return { name: 'custom', from: first, to: last, days: daysBetween(first, last) };
}
