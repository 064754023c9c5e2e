/**
 * The tenant a credential belongs to, read without verifying it (the server does that), so the
 * client can refuse a call for another tenant before sending it. API keys read
 * `vck_<tenant id>_<prefix>_<secret>`; clinic users' JWTs carry the tenant as `tid`.
 */
export function credentialTenantId(credential: { apiKey?: string; token?: string }): string | null {
  if (credential.apiKey) return /^vck_([0-9a-f]{24})_/.exec(credential.apiKey.trim())?.[1] ?? null;
  if (credential.token) return jwtTenantId(credential.token);
  return null;
}

function jwtTenantId(token: string): string | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const claims: unknown = JSON.parse(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')));
    const tid =
      claims !== null && typeof claims === 'object' ? (claims as { tid?: unknown }).tid : undefined;
    return typeof tid === 'string' ? tid : null;
  } catch {
    return null;
  }
}
