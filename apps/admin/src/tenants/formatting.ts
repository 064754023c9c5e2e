const DATE_TIME = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
const DATE_ONLY = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? DATE_TIME.format(new Date(iso)) : '—';
}

export function formatDate(iso: string): string {
  return DATE_ONLY.format(new Date(iso));
}

export function formatLimit(limit: number | null | undefined): string {
  return limit === null || limit === undefined ? 'Unlimited' : limit.toLocaleString('en-US');
}

export function formatFlag(enabled: boolean): string {
  return enabled ? 'Yes' : 'No';
}

/** Stored JSON strings read better indented; anything unparsable is shown as stored. */
export function formatJson(text: string | null | undefined): string {
  if (!text) return '—';
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount);
}
