import jwt from 'jsonwebtoken';
import type { AdminRole } from '../../common/principal.js';
import { signingKey } from './signing-key.js';

export const ADMIN_AUDIENCE = 'vetcares:admin';
const ALGORITHM = 'HS256';

export interface TokenSettings {
  secret: string;
  issuer: string;
  ttlSeconds: number;
}

export interface AdminClaims {
  adminId: string;
  role: AdminRole;
  /** Seconds since the epoch (the token's iat). */
  issuedAt?: number;
}

export function signAdminToken(
  settings: TokenSettings,
  claims: AdminClaims,
): { token: string; expiresAt: Date } {
  const token = jwt.sign({ role: claims.role }, signingKey(settings.secret), {
    algorithm: ALGORITHM,
    subject: claims.adminId,
    issuer: settings.issuer,
    audience: ADMIN_AUDIENCE,
    expiresIn: settings.ttlSeconds,
  });
  return { token, expiresAt: new Date(Date.now() + settings.ttlSeconds * 1000) };
}

/** Returns the claims, or null for any token that is not ours, not for admins, or expired. */
export function verifyAdminToken(settings: TokenSettings, token: string): AdminClaims | null {
  try {
    const payload = jwt.verify(token, signingKey(settings.secret), {
      algorithms: [ALGORITHM],
      issuer: settings.issuer,
      audience: ADMIN_AUDIENCE,
    });
    if (
      typeof payload === 'string' ||
      typeof payload.sub !== 'string' ||
      typeof payload.role !== 'string'
    ) {
      return null;
    }
    return { adminId: payload.sub, role: payload.role as AdminRole, issuedAt: payload.iat ?? 0 };
  } catch {
    return null;
  }
}
