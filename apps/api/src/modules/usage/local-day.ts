/**
 * Calendar days in a timezone, as "YYYY-MM-DD". Tenants' counters are kept per day of the
 * tenant's own timezone (a clinic's Monday is its Monday); the platform's are kept per UTC day.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
    } catch {
      // A timezone this runtime does not know (validated ones always are) counts in UTC.
      formatter = formatterFor('UTC');
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar day of an instant in a timezone. */
export function dayIn(timeZone: string, instant: Date): string {
  if (timeZone === 'UTC') return instant.toISOString().slice(0, 10);
  // en-CA formats as YYYY-MM-DD.
  return formatterFor(timeZone).format(instant);
}

export const utcDay = (instant: Date): string => instant.toISOString().slice(0, 10);

const DAY_MS = 86_400_000;

/** The day after (or `offset` days from) a "YYYY-MM-DD" day. */
export function addDays(day: string, offset: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + offset * DAY_MS).toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, both included, oldest first. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The last `count` days of a timezone up to and including today's, oldest first. */
export function recentDays(timeZone: string, count: number, now: Date): string[] {
  const today = dayIn(timeZone, now);
  return daysBetween(addDays(today, -(count - 1)), today);
}

/**
 * How many minutes of a day (in a timezone) have passed at `now`: all of them for past days,
 * none for future ones. Uptime is the share of these minutes that did not fail.
 */
export function elapsedMinutesOfDay(timeZone: string, day: string, now: Date): number {
  const today = dayIn(timeZone, now);
  if (day < today) return 1440;
  if (day > today) return 0;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: timeZone === 'UTC' ? 'UTC' : timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const hour = Number(parts.find((part) => part.type === 'hour')?.value ?? 0);
  const minute = Number(parts.find((part) => part.type === 'minute')?.value ?? 0);
  return hour * 60 + minute + 1;
}
