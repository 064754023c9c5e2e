// The browser's own IANA list keeps the choices in step with what Intl (and the server) accept.
const SUPPORTED_TIME_ZONES = Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC');

/** UTC first, then every zone the browser knows, plus `current` if it is something older. */
export function timeZoneChoices(current: string): string[] {
  const zones = ['UTC', ...SUPPORTED_TIME_ZONES];
  return current && !zones.includes(current) ? [current, ...zones] : zones;
}
