import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { CREDENTIAL_ENDED, sessionSubject } from '../../common/credential-ended.js';
import { unauthenticated } from '../../common/errors.js';
import type {
  AdminPrincipal,
  AnonymousPrincipal,
  ClinicUserPrincipal,
  Principal,
} from '../../common/principal.js';
import type { Clock } from '../../core/clock.js';
import type { AppPubSub } from '../../graphql/pubsub.js';
import type { SecurityLogService } from '../security/security-log.service.js';
import {
  accountActorId,
  accountSubject,
  accountTenant,
  principalOf,
  type AccountRef,
  type SessionAccount,
  type SessionRestriction,
} from './session-account.js';
import {
  ADMIN_AUDIENCE,
  CLINIC_AUDIENCE,
  claimedAudience,
  type Audience,
  type TokenCodec,
} from './tokens.js';

export interface SessionLifetimes {
  accessTtlSeconds: number;
  sessionTtlSeconds: number;
  idleTimeoutSeconds: number;
}

export interface SessionSettings {
  admin: SessionLifetimes;
  clinic: SessionLifetimes;
}

export interface SessionTokens {
  token: string;
  expires_at: Date;
  refresh_token: string;
  refresh_expires_at: Date;
}

interface StoredSession {
  account: SessionAccount;
  createdAt: number;
  /** The session's absolute end (ms): its refresh tokens never outlive it. */
  expiresAt: number;
  restriction?: SessionRestriction;
}

/** Re-reads an account when a session is refreshed: its current details, or null if it may not sign in. */
export type AccountCheck = (account: SessionAccount) => Promise<SessionAccount | null>;

/** How often a busy session's last use is written (idle timeouts are minutes, not seconds). */
const SEEN_RESOLUTION_MS = 15_000;

/**
 * Compares the presented refresh token generation with the session's current one and advances it,
 * atomically, so two refreshes racing with the same token cannot both win. 1: rotated; 0: no such
 * session; -1: a rotated (older) token was presented; -2: the session was idle too long.
 */
const ROTATE_SCRIPT = `
local current = redis.call('HMGET', KEYS[1], 'refresh', 'seen')
if not current[1] then return 0 end
if current[1] ~= ARGV[1] then return -1 end
if tonumber(ARGV[3]) - tonumber(current[2]) > tonumber(ARGV[4]) then return -2 end
redis.call('HSET', KEYS[1], 'refresh', ARGV[2], 'seen', ARGV[3])
return 1
`;

const ENDED: AnonymousPrincipal = {
  kind: 'anonymous',
  rejection: 'This session has ended or was revoked; sign in again',
};
const INVALID: AnonymousPrincipal = {
  kind: 'anonymous',
  rejection: 'The token is invalid or has expired',
};

/**
 * Sessions: short-lived access tokens and rotating refresh tokens, one family per sign-in, kept in
 * Redis so every API instance checks a token with one round trip and sees a revocation at once.
 * Ending a credential deletes its sessions and publishes `credentialEnded`, so open websockets
 * close too. Reusing a rotated refresh token ends its whole family.
 */
export class SessionService {
  private readonly accountChecks = new Map<SessionAccount['kind'], AccountCheck>();

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly codec: TokenCodec,
    private readonly settings: SessionSettings,
    private readonly pubSub: AppPubSub,
    private readonly security: SecurityLogService,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** The admins and clinic-auth modules say how to re-read their accounts on refresh. */
  checkAccountsWith(kind: SessionAccount['kind'], check: AccountCheck): void {
    this.accountChecks.set(kind, check);
  }

  private sessionKey(sessionId: string): string {
    return `${this.prefix}session:${sessionId}`;
  }

  private accountKey(account: AccountRef): string {
    return `${this.prefix}sessions-of:${accountSubject(account)}`;
  }

  private lifetimes(kind: SessionAccount['kind']): SessionLifetimes {
    return kind === 'admin' ? this.settings.admin : this.settings.clinic;
  }

  private audienceOf(kind: SessionAccount['kind']): Audience {
    return kind === 'admin' ? ADMIN_AUDIENCE : CLINIC_AUDIENCE;
  }

  /** Starts a session at sign-in. */
  async start(account: SessionAccount, restriction?: SessionRestriction): Promise<SessionTokens> {
    const now = this.clock.now().getTime();
    const lifetimes = this.lifetimes(account.kind);
    const sessionId = randomUUID();
    const stored: StoredSession = {
      account,
      createdAt: now,
      expiresAt: now + lifetimes.sessionTtlSeconds * 1000,
      ...(restriction ? { restriction } : {}),
    };
    const tokens = this.issue(account, sessionId, stored.expiresAt, now);
    const key = this.sessionKey(sessionId);
    await this.redis
      .multi()
      .hset(key, {
        data: JSON.stringify(stored),
        refresh: tokens.refreshId,
        seen: String(now),
      })
      .pexpire(key, lifetimes.sessionTtlSeconds * 1000)
      .sadd(this.accountKey(account), sessionId)
      .pexpire(this.accountKey(account), lifetimes.sessionTtlSeconds * 1000)
      .exec();
    return tokens.tokens;
  }

  private issue(
    account: SessionAccount,
    sessionId: string,
    sessionExpiresAt: number,
    now: number,
  ): { tokens: SessionTokens; refreshId: string } {
    const lifetimes = this.lifetimes(account.kind);
    const base = {
      subject: account.kind === 'admin' ? account.adminId : account.userId,
      audience: this.audienceOf(account.kind),
      sessionId,
      ...(account.kind === 'clinic_user' ? { tenantId: account.tenantId } : {}),
    };
    const accessTtl = Math.max(
      1,
      Math.min(lifetimes.accessTtlSeconds, Math.floor((sessionExpiresAt - now) / 1000)),
    );
    const access = this.codec.sign({ ...base, use: 'access' }, accessTtl, now);
    const refresh = this.codec.sign(
      { ...base, use: 'refresh' },
      Math.max(1, Math.floor((sessionExpiresAt - now) / 1000)),
      now,
    );
    return {
      tokens: {
        token: access.token,
        expires_at: access.expiresAt,
        refresh_token: refresh.token,
        refresh_expires_at: refresh.expiresAt,
      },
      refreshId: refresh.tokenId,
    };
  }

  /**
   * An access token to its principal, with one Redis read: the session must still exist, be
   * within its lifetime and not idle too long. A refused token is an anonymous principal saying why.
   */
  async authenticate(
    token: string,
    audience: Audience,
  ): Promise<AdminPrincipal | ClinicUserPrincipal | AnonymousPrincipal> {
    const now = this.clock.now().getTime();
    const claims = this.codec.verify(token, audience, 'access', now);
    if (!claims) return INVALID;
    const key = this.sessionKey(claims.sessionId);
    const [data, seen] = await this.redis.hmget(key, 'data', 'seen');
    if (!data) return ENDED;
    const stored = JSON.parse(data) as StoredSession;
    // The session's kind must be the token's: an admin session is never reached with a clinic token.
    if (this.audienceOf(stored.account.kind) !== audience) return INVALID;
    const lifetimes = this.lifetimes(stored.account.kind);
    if (now >= stored.expiresAt) {
      await this.end(claims.sessionId, 'expired');
      return ENDED;
    }
    if (now - Number(seen) > lifetimes.idleTimeoutSeconds * 1000) {
      await this.end(claims.sessionId, 'idle_timeout');
      return { kind: 'anonymous', rejection: 'The session timed out; sign in again' };
    }
    if (now - Number(seen) > SEEN_RESOLUTION_MS) await this.redis.hset(key, 'seen', String(now));
    const subject =
      stored.account.kind === 'admin' ? stored.account.adminId : stored.account.userId;
    if (subject !== claims.subject) return INVALID;
    if (stored.account.kind === 'clinic_user' && stored.account.tenantId !== claims.tenantId) {
      return INVALID;
    }
    return principalOf(
      stored.account,
      claims.sessionId,
      new Date(claims.expiresAt * 1000),
      stored.restriction,
    );
  }

  /**
   * A refresh token for a new access token and a new refresh token (rotation). The account is
   * read again, so a disabled account or a changed role takes effect. Presenting a rotated token
   * ends the whole session: someone holds a copy of it.
   */
  async refresh(refreshToken: unknown): Promise<SessionTokens> {
    if (typeof refreshToken !== 'string' || refreshToken === '') {
      throw unauthenticated('A refresh token is required');
    }
    const audience = claimedAudience(refreshToken);
    if (audience !== ADMIN_AUDIENCE && audience !== CLINIC_AUDIENCE) {
      throw unauthenticated('The refresh token is invalid or has expired');
    }
    const now = this.clock.now().getTime();
    const claims = this.codec.verify(refreshToken, audience, 'refresh', now);
    if (!claims?.tokenId) throw unauthenticated('The refresh token is invalid or has expired');
    const key = this.sessionKey(claims.sessionId);
    const data = await this.redis.hget(key, 'data');
    if (!data) throw unauthenticated('This session has ended; sign in again');
    const stored = JSON.parse(data) as StoredSession;
    if (this.audienceOf(stored.account.kind) !== audience) {
      throw unauthenticated('The refresh token is invalid or has expired');
    }
    if (now >= stored.expiresAt) {
      await this.end(claims.sessionId, 'expired');
      throw unauthenticated('This session has ended; sign in again');
    }
    const check = this.accountChecks.get(stored.account.kind);
    const account = check ? await check(stored.account) : stored.account;
    if (!account) {
      await this.end(claims.sessionId, 'account_disabled');
      throw unauthenticated('This account no longer exists or is disabled');
    }
    const issued = this.issue(account, claims.sessionId, stored.expiresAt, now);
    const lifetimes = this.lifetimes(account.kind);
    const outcome = (await this.redis.eval(
      ROTATE_SCRIPT,
      1,
      key,
      claims.tokenId,
      issued.refreshId,
      String(now),
      String(lifetimes.idleTimeoutSeconds * 1000),
    )) as number;
    if (outcome === -1) {
      await this.end(claims.sessionId, 'refresh_token_reused');
      throw unauthenticated(
        'This refresh token was already used; the session is ended. Sign in again',
      );
    }
    if (outcome === -2) {
      await this.end(claims.sessionId, 'idle_timeout');
      throw unauthenticated('The session timed out; sign in again');
    }
    if (outcome !== 1) throw unauthenticated('This session has ended; sign in again');
    if (JSON.stringify(account) !== JSON.stringify(stored.account)) {
      await this.redis.hset(key, 'data', JSON.stringify({ ...stored, account }));
    }
    return issued.tokens;
  }

  /** Signs out the session a refresh token belongs to (the console's cookie). */
  async signOutByRefreshToken(refreshToken: unknown): Promise<boolean> {
    if (typeof refreshToken !== 'string') return false;
    const audience = claimedAudience(refreshToken);
    if (audience !== ADMIN_AUDIENCE && audience !== CLINIC_AUDIENCE) return false;
    // An expired refresh token still names the session to end.
    const claims = this.codec.verify(refreshToken, audience, 'refresh', 0);
    if (!claims) return false;
    return this.end(claims.sessionId, 'signed_out');
  }

  /** Ends the caller's own session. */
  async signOut(principal: Principal): Promise<boolean> {
    const sessionId = sessionIdOf(principal);
    if (!sessionId) throw unauthenticated('Sign in to sign out');
    return this.end(sessionId, 'signed_out');
  }

  /** Ends every session of the caller's account, on every device. */
  async signOutEverywhere(principal: Principal): Promise<number> {
    const account = accountOf(principal);
    if (!account) throw unauthenticated('Sign in to sign out');
    return this.endAll(account, 'signed_out_everywhere');
  }

  /**
   * Ends one session: deleted from Redis (every instance refuses its tokens from the next request)
   * and announced, so sockets opened with it close.
   */
  async end(sessionId: string, reason: string): Promise<boolean> {
    const key = this.sessionKey(sessionId);
    const data = await this.redis.hget(key, 'data');
    if (!data) return false;
    const stored = JSON.parse(data) as StoredSession;
    const deleted = await this.redis
      .multi()
      .del(key)
      .srem(this.accountKey(stored.account), sessionId)
      .exec();
    if (!deleted?.[0]?.[1]) return false;
    this.pubSub.publish(CREDENTIAL_ENDED, { subjects: [sessionSubject(sessionId)], reason });
    await this.security.record({
      tenant_id: accountTenant(stored.account),
      event: reason === 'refresh_token_reused' ? 'refresh_token_reused' : 'session_ended',
      actor:
        reason === 'signed_out'
          ? { id: accountActorId(stored.account), label: labelOf(stored.account) }
          : undefined,
      details: { account: accountActorId(stored.account), session_id: sessionId, reason },
    });
    this.log.info({ sessionId, reason }, 'session ended');
    return true;
  }

  /**
   * Ends every session of an account (disabled, deleted, password changed, signed out
   * everywhere, an incident's response), except `keepSessionId` when the caller keeps theirs.
   * Returns how many ended.
   */
  async endAll(account: AccountRef, reason: string, keepSessionId?: string): Promise<number> {
    const setKey = this.accountKey(account);
    const sessionIds = (await this.redis.smembers(setKey)).filter((id) => id !== keepSessionId);
    if (sessionIds.length > 0) {
      await this.redis
        .multi()
        .del(...sessionIds.map((id) => this.sessionKey(id)))
        .srem(setKey, ...sessionIds)
        .exec();
    }
    // Without a session kept, the account's own subject closes every socket it holds; with one,
    // only the others' sessions are named.
    const subjects = keepSessionId
      ? sessionIds.map(sessionSubject)
      : [accountSubject(account), ...sessionIds.map(sessionSubject)];
    if (subjects.length > 0) this.pubSub.publish(CREDENTIAL_ENDED, { subjects, reason });
    // The actor is the request's principal (the account itself, or the admin acting on it), or
    // `system` for an incident's automatic response.
    await this.security.record({
      tenant_id: accountTenant(account),
      event: 'sessions_revoked',
      details: { account: accountActorId(account), reason, count: sessionIds.length },
    });
    return sessionIds.length;
  }

  /** Changes the role the account's open sessions carry (a raise; a lowering ends them instead). */
  async updateRole(account: SessionAccount): Promise<void> {
    const sessionIds = await this.redis.smembers(this.accountKey(account));
    for (const sessionId of sessionIds) {
      const key = this.sessionKey(sessionId);
      const data = await this.redis.hget(key, 'data');
      if (!data) continue;
      const stored = JSON.parse(data) as StoredSession;
      await this.redis.hset(key, 'data', JSON.stringify({ ...stored, account }));
    }
  }

  /** Lifts a session's restriction (the admin enrolled in two-factor). */
  async lift(sessionId: string): Promise<void> {
    const key = this.sessionKey(sessionId);
    const data = await this.redis.hget(key, 'data');
    if (!data) return;
    const { restriction: _lifted, ...stored } = JSON.parse(data) as StoredSession;
    await this.redis.hset(key, 'data', JSON.stringify(stored));
  }
}

const labelOf = (account: SessionAccount): string | null =>
  account.kind === 'admin' ? account.email : null;

export function sessionIdOf(principal: Principal): string | undefined {
  return principal.kind === 'admin' || principal.kind === 'clinic_user'
    ? principal.sessionId
    : undefined;
}

export function accountOf(principal: Principal): AccountRef | null {
  if (principal.kind === 'admin') return { kind: 'admin', adminId: principal.adminId };
  if (principal.kind === 'clinic_user') {
    return { kind: 'clinic_user', tenantId: principal.tenantId, userId: principal.userId };
  }
  return null;
}
