import { createHash, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { badInput } from '../../common/errors.js';
import type { Clock } from '../../core/clock.js';
import type { AccountRef } from './session-account.js';

interface StoredReset {
  account: AccountRef;
  /** ms; checked against the clock, the key's own TTL only cleans up. */
  expiresAt: number;
}

/** How an account kind's passwords are checked against the policy, and set (ending its sessions). */
export interface PasswordSetter {
  /** Throws BAD_USER_INPUT (field `password`) when the password will not do. */
  check(account: AccountRef, password: unknown): Promise<string>;
  set(account: AccountRef, password: string): Promise<void>;
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Single-use, expiring password reset tokens (also the link of an invitation). Only a hash is
 * kept, in Redis; using a token deletes it first, so it works once even when two requests race.
 */
export class PasswordResets {
  private readonly setters = new Map<AccountRef['kind'], PasswordSetter>();

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly ttlSeconds: number,
    private readonly clock: Clock,
  ) {}

  /** The admins and clinic-auth modules say how their accounts' passwords are set. */
  setPasswordsWith(kind: AccountRef['kind'], setter: PasswordSetter): void {
    this.setters.set(kind, setter);
  }

  get ttl(): number {
    return this.ttlSeconds;
  }

  private key(token: string): string {
    return `${this.prefix}password-reset:${hashOf(token)}`;
  }

  /** A new token for the account; the caller mails it. */
  async issue(account: AccountRef): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const stored: StoredReset = {
      account,
      expiresAt: this.clock.now().getTime() + this.ttlSeconds * 1000,
    };
    await this.redis.set(this.key(token), JSON.stringify(stored), 'EX', this.ttlSeconds);
    return token;
  }

  /** Uses the token: sets the password, once. */
  async complete(token: unknown, password: unknown): Promise<AccountRef> {
    const invalid = badInput([
      { field: 'token', message: 'is invalid, already used or expired; ask for a new link' },
    ]);
    if (typeof token !== 'string' || token.length < 20 || token.length > 200) throw invalid;
    const key = this.key(token);
    const raw = await this.redis.get(key);
    if (!raw) throw invalid;
    const stored = JSON.parse(raw) as StoredReset;
    if (this.clock.now().getTime() >= stored.expiresAt) {
      await this.redis.del(key);
      throw invalid;
    }
    const setter = this.setters.get(stored.account.kind);
    if (!setter) throw invalid;
    // The policy is checked before the token is spent, so a weak password can be corrected.
    const accepted = await setter.check(stored.account, password);
    // GETDEL is the single-use gate: of two racing uses, exactly one gets the token.
    if (!(await this.redis.getdel(key))) throw invalid;
    await setter.set(stored.account, accepted);
    return stored.account;
  }
}
