/**
 * The host a request names, as the directory keys it: lower case, without port or trailing dot.
 * Returns null for something that cannot be a host name.
 */
export function normalizeHost(raw: string): string | null {
  let host = raw.trim().toLowerCase();
  if (host.startsWith('[')) return null; // an IPv6 literal is never a clinic's host
  host = host.replace(/:\d+$/, '').replace(/\.$/, '');
  if (host.length === 0 || host.length > 253 || !/^[a-z0-9.-]+$/.test(host)) return null;
  return host;
}

export type HostTarget = { kind: 'slug'; slug: string } | { kind: 'domain'; domain: string };

/** {slug}.{baseDomain} names a slug; any other host can only be a verified custom domain. */
export function hostTarget(host: string, baseDomain: string): HostTarget {
  const suffix = `.${baseDomain}`;
  if (host.endsWith(suffix)) {
    const label = host.slice(0, -suffix.length);
    if (label.length > 0 && !label.includes('.')) return { kind: 'slug', slug: label };
  }
  return { kind: 'domain', domain: host };
}

/** Every host a tenant answers on, for cache invalidation. */
export function hostsOf(
  tenant: { slug: string; domain: string | null },
  baseDomain: string,
): string[] {
  return [`${tenant.slug}.${baseDomain}`, ...(tenant.domain ? [tenant.domain] : [])];
}
