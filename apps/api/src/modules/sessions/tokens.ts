import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { signingKey } from '../admins/signing-key.js';

/** Admin and clinic tokens name different audiences, so neither is accepted in place of the other. */
export const ADMIN_AUDIENCE = 'vetcares:admin';
export const CLINIC_AUDIENCE = 'vetcares:clinic';
export type Audience = typeof ADMIN_AUDIENCE | typeof CLINIC_AUDIENCE;

/** Access tokens authorize requests; refresh tokens only buy new access tokens. */
export type TokenUse = 'access' | 'refresh';

/** The one algorithm we sign with and the only one verification accepts (no `none`, no RS/HS mix). */
const ALGORITHM = 'HS256';

export interface TokenClaims {
  /** The account: an admin id, or a clinic user id. */
  subject: string;
  audience: Audience;
  use: TokenUse;
  /** The session (the refresh token family) the token belongs to. */
  sessionId: string;
  /** A clinic token's tenant. */
  tenantId?: string;
  /** A refresh token's generation: only the newest of a session's is current. */
  tokenId?: string;
  /** Seconds since the epoch. */
  expiresAt: number;
}

export interface SignedToken {
  token: string;
  expiresAt: Date;
}

/**
 * Signs and verifies the platform's JWTs. Verification pins the algorithm, issuer and audience,
 * requires an expiry, and checks the token's use (`typ`), so a refresh token is never an access
 * token and an admin token is never a clinic token.
 */
export class TokenCodec {
  constructor(
    private readonly secret: string,
    private readonly issuer: string,
  ) {}

  sign(
    claims: Omit<TokenClaims, 'expiresAt' | 'tokenId'>,
    ttlSeconds: number,
    nowMs: number,
  ): SignedToken & { tokenId: string } {
    const issuedAt = Math.floor(nowMs / 1000);
    const expiresAt = issuedAt + ttlSeconds;
    const tokenId = randomUUID();
    const token = jwt.sign(
      {
        typ: claims.use,
        sid: claims.sessionId,
        ...(claims.tenantId ? { tid: claims.tenantId } : {}),
        iat: issuedAt,
        exp: expiresAt,
      },
      signingKey(this.secret),
      {
        algorithm: ALGORITHM,
        subject: claims.subject,
        issuer: this.issuer,
        audience: claims.audience,
        jwtid: tokenId,
      },
    );
    return { token, expiresAt: new Date(expiresAt * 1000), tokenId };
  }

  /** The claims, or null for any token that is not ours, not of this audience and use, or expired. */
  verify(token: string, audience: Audience, use: TokenUse, nowMs: number): TokenClaims | null {
    try {
      const payload = jwt.verify(token, signingKey(this.secret), {
        algorithms: [ALGORITHM],
        issuer: this.issuer,
        audience,
        clockTimestamp: Math.floor(nowMs / 1000),
      });
      if (typeof payload === 'string') return null;
      // jsonwebtoken accepts a token without exp; ours always carry one.
      if (typeof payload.exp !== 'number') return null;
      if (payload.typ !== use) return null;
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
      if (audience === CLINIC_AUDIENCE && typeof payload.tid !== 'string') return null;
      return {
        subject: payload.sub,
        audience,
        use,
        sessionId: payload.sid,
        tenantId: typeof payload.tid === 'string' ? payload.tid : undefined,
        tokenId: typeof payload.jti === 'string' ? payload.jti : undefined,
        expiresAt: payload.exp,
      };
    } catch {
      return null;
    }
  }
}

/** The audience a token claims, read without trusting it, to pick which kind of session to look for. */
export function claimedAudience(token: string): string | null {
  const decoded = jwt.decode(token);
  if (!decoded || typeof decoded === 'string') return null;
  return typeof decoded.aud === 'string' ? decoded.aud : null;
}
