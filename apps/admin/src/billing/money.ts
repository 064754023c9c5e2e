/** Minor units (cents) as money in the currency, e.g. 7900 USD → "$79.00". */
export const formatMinor = (minor: number, currency: string): string =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).format(minor / 100);

export const formatMajor = (major: number, currency: string): string =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).format(major);

export const formatDay = (value: unknown): string =>
  typeof value === 'string' || value instanceof Date
    ? new Date(value).toISOString().slice(0, 10)
    : '—';

export const limitText = (value: number | null | undefined, unit = ''): string =>
  value === null || value === undefined ? 'Unlimited' : `${value.toLocaleString('en-US')}${unit}`;
