import jwt from 'jsonwebtoken';
import type { ClinicRole } from '../../common/principal.js';
import { signingKey } from '../admins/signing-key.js';
import type { TokenSettings } from '../admins/token.js';

/** A different audience from admin tokens, so neither kind is accepted in place of the other. */
export const CLINIC_AUDIENCE = 'vetcares:clinic';
const ALGORITHM = 'HS256';

export interface ClinicClaims {
  userId: string;
  tenantId: string;
  role: ClinicRole;
  /** Seconds since the epoch (the token's iat). */
  issuedAt?: number;
}

export function signClinicToken(
  settings: TokenSettings,
  claims: ClinicClaims,
): { token: string; expiresAt: Date } {
  const token = jwt.sign({ tid: claims.tenantId, role: claims.role }, signingKey(settings.secret), {
    algorithm: ALGORITHM,
    subject: claims.userId,
    issuer: settings.issuer,
    audience: CLINIC_AUDIENCE,
    expiresIn: settings.ttlSeconds,
  });
  return { token, expiresAt: new Date(Date.now() + settings.ttlSeconds * 1000) };
}

export function verifyClinicToken(settings: TokenSettings, token: string): ClinicClaims | null {
  try {
    const payload = jwt.verify(token, signingKey(settings.secret), {
      algorithms: [ALGORITHM],
      issuer: settings.issuer,
      audience: CLINIC_AUDIENCE,
    });
    if (
      typeof payload === 'string' ||
      typeof payload.sub !== 'string' ||
      typeof payload.tid !== 'string'
    )
      return null;
    if (payload.role !== 'owner' && payload.role !== 'staff') return null;
    return {
      userId: payload.sub,
      tenantId: payload.tid,
      role: payload.role,
      issuedAt: payload.iat ?? 0,
    };
  } catch {
    return null;
  }
}

/** The audience a token claims, read without trusting it, to pick which verifier to use. */
export function claimedAudience(token: string): string | null {
  const decoded = jwt.decode(token);
  if (!decoded || typeof decoded === 'string') return null;
  return typeof decoded.aud === 'string' ? decoded.aud : null;
}

/** When a token (already verified) expires, from its exp; open websockets close then. */
export function tokenExpiry(token: string): Date | undefined {
  const decoded = jwt.decode(token);
  if (!decoded || typeof decoded === 'string' || typeof decoded.exp !== 'number') return undefined;
  return new Date(decoded.exp * 1000);
}
