import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../../common/errors.js';
import type { Principal } from '../../common/principal.js';
import { currentRequestInfo } from '../../common/request-info.js';
import type { RateLimitSettings } from '../../config.js';
import { actorOf } from '../security/actor.js';
import type { SecurityLogService } from '../security/security-log.service.js';

/** What the limiter guards; each kind has its own budgets and its own keys. */
export type SignInKind = 'admin_sign_in' | 'clinic_sign_in';
export type ConsumableKind = 'password_reset' | 'two_factor' | 'api_call' | 'usage_ingest';
export type RateLimitKind = SignInKind | ConsumableKind;

/** Who and where a limited action is counted for; each kind uses some of them. */
export interface RateLimitKeys {
  /** The account aimed at: a normalized e-mail (prefixed with the clinic's id for clinic users). */
  account?: string;
  /** The caller's address; defaults to the current request's. */
  address?: string | null;
  /** The credential calling (an API key id, a clinic user id). */
  credential?: string;
  tenant?: string;
}

/** One sign-in attempt admitted by the limiter: say how it ended. */
export interface SignInAttempt {
  /** Wrong passwords from this address for this account since its last success, before this one. */
  readonly priorFailuresFromAddress: number;
  failed(): Promise<void>;
  succeeded(): Promise<void>;
}

type Dimension =
  | 'sign_in_account_address'
  | 'sign_in_account'
  | 'sign_in_address'
  | 'reset_account'
  | 'reset_address'
  | 'two_factor_account'
  | 'two_factor_account_address'
  | 'api_credential'
  | 'api_tenant'
  | 'usage_credential'
  | 'usage_tenant';

const MINUTE = 60;
/** How long a store call may take before sign-in gives up on it (fails closed). */
const STORE_TIMEOUT_MS = 2_000;

const NO_ADDRESS = 'none';

/**
 * Rate limits on Redis (rate-limiter-flexible), shared by every API instance:
 *
 * - **Sign-in** (admins and clinic users), the usual scheme: wrong passwords in a row for one
 *   account from one address (that pair is refused once past the budget; a success clears it),
 *   a looser bound of wrong passwords for one account from anywhere (so guessing spread over
 *   many addresses is bounded too, without one address locking the real user out), and wrong
 *   passwords from one address across accounts per day. Checked before any password hash is
 *   computed. Fails closed: with Redis unreachable, sign-in answers SERVICE_UNAVAILABLE.
 * - **Password reset** and **two-factor**: `consume(kind, keys)` per account and per address.
 * - **Clinic API calls** and **usage ingestion**: per credential and per clinic, per minute.
 *   These fail open (logged): an outage of the limiter's store must not stop clinics working.
 *
 * Every refusal answers RATE_LIMITED (HTTP 429 with Retry-After) and is recorded as a
 * `rate_limited` security event (repeats are aggregated by the security log).
 */
export class RateLimits {
  private readonly limiters: Record<Dimension, RateLimiterRedis>;

  constructor(
    redis: Redis,
    keyPrefix: string,
    settings: RateLimitSettings,
    private readonly security: SecurityLogService,
    private readonly log: Logger,
  ) {
    const make = (name: Dimension, points: number, duration: number) =>
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${keyPrefix}rl:${name}`,
        points,
        duration,
        // A store that is not connected answers at once (an error), never after a long wait.
        rejectIfRedisNotReady: true,
      });
    const window = settings.signInWindowSeconds;
    this.limiters = {
      sign_in_account_address: make(
        'sign_in_account_address',
        settings.signInConsecutiveFailures,
        window,
      ),
      sign_in_account: make('sign_in_account', settings.signInAccountFailures, window),
      sign_in_address: make('sign_in_address', settings.signInAddressFailures, 24 * 60 * MINUTE),
      reset_account: make('reset_account', settings.passwordResetPerHour, 60 * MINUTE),
      reset_address: make('reset_address', settings.passwordResetPerHour * 4, 60 * MINUTE),
      two_factor_account: make('two_factor_account', settings.twoFactorFailures * 2, 15 * MINUTE),
      two_factor_account_address: make(
        'two_factor_account_address',
        settings.twoFactorFailures,
        15 * MINUTE,
      ),
      api_credential: make('api_credential', settings.apiCallsPerMinutePerKey, MINUTE),
      api_tenant: make('api_tenant', settings.apiCallsPerMinutePerTenant, MINUTE),
      usage_credential: make('usage_credential', settings.usageIngestPerMinutePerKey, MINUTE),
      usage_tenant: make('usage_tenant', settings.usageIngestPerMinutePerTenant, MINUTE),
    };
  }

  /**
   * Admits a sign-in attempt, or refuses it (RATE_LIMITED, or SERVICE_UNAVAILABLE when the store
   * is unreachable), before the caller spends a password hash on it. The attempt counts against
   * the account-and-address budget at once, so parallel guesses cannot slip past it together.
   */
  async beginSignIn(
    kind: SignInKind,
    keys: { account: string; address?: string | null; tenant?: string | null; emailHash?: string },
  ): Promise<SignInAttempt> {
    const address = this.addressOf(keys.address);
    const pair = `${keys.account}|${address}`;
    const refuse = (res: RateLimiterRes, dimension: Dimension) =>
      this.refuse(kind, dimension, res, {
        tenantId: keys.tenant ?? null,
        details: keys.emailHash ? { email_hash: keys.emailHash } : {},
      });
    let priorFailures: number;
    try {
      const accountFailures = await this.timed(this.limiters.sign_in_account.get(keys.account));
      if (accountFailures && accountFailures.remainingPoints <= 0) {
        throw await refuse(accountFailures, 'sign_in_account');
      }
      const addressFailures = await this.timed(this.limiters.sign_in_address.get(address));
      if (addressFailures && addressFailures.remainingPoints <= 0) {
        throw await refuse(addressFailures, 'sign_in_address');
      }
      const attempt = await this.timed(
        this.limiters.sign_in_account_address.consume(pair).catch((rejection: unknown) => {
          if (rejection instanceof RateLimiterRes) return rejection;
          throw rejection;
        }),
      );
      if (attempt.consumedPoints > this.points('sign_in_account_address')) {
        throw await refuse(attempt, 'sign_in_account_address');
      }
      priorFailures = attempt.consumedPoints - 1;
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw this.storeDown(kind, error);
    }
    return {
      priorFailuresFromAddress: priorFailures,
      failed: async () => {
        try {
          await this.timed(
            Promise.all([
              this.limiters.sign_in_account.penalty(keys.account, 1),
              this.limiters.sign_in_address.penalty(address, 1),
            ]),
          );
        } catch (error) {
          this.log.warn({ err: error, kind }, 'could not count a failed sign-in');
        }
      },
      succeeded: async () => {
        try {
          await this.timed(this.limiters.sign_in_account_address.delete(pair));
        } catch (error) {
          this.log.warn({ err: error, kind }, 'could not clear sign-in failures');
        }
      },
    };
  }

  /**
   * Counts one action of `kind` for each of its keys, refusing it (RATE_LIMITED) past a budget:
   * password resets per account and per address, wrong two-factor codes per account and per
   * account and address, clinic API calls and usage ingestion per credential and per clinic.
   * Password reset and two-factor fail closed like sign-in; API calls and ingestion fail open.
   */
  async consume(kind: ConsumableKind, keys: RateLimitKeys): Promise<void> {
    const address = this.addressOf(keys.address);
    const checks: [Dimension, string][] = [];
    if (kind === 'password_reset') {
      if (keys.account) checks.push(['reset_account', keys.account]);
      checks.push(['reset_address', address]);
    } else if (kind === 'two_factor') {
      if (keys.account) {
        checks.push(['two_factor_account_address', `${keys.account}|${address}`]);
        checks.push(['two_factor_account', keys.account]);
      }
    } else {
      const [byCredential, byTenant]: Dimension[] =
        kind === 'api_call'
          ? ['api_credential', 'api_tenant']
          : ['usage_credential', 'usage_tenant'];
      if (keys.credential) checks.push([byCredential!, keys.credential]);
      if (keys.tenant) checks.push([byTenant!, keys.tenant]);
    }
    for (const [dimension, key] of checks) {
      let res: RateLimiterRes;
      try {
        res = await this.timed(
          this.limiters[dimension].consume(key).catch((rejection: unknown) => {
            if (rejection instanceof RateLimiterRes) return rejection;
            throw rejection;
          }),
        );
      } catch (error) {
        if (kind === 'api_call' || kind === 'usage_ingest') {
          this.log.warn({ err: error, kind }, 'rate limiter unavailable; letting the call through');
          return;
        }
        throw this.storeDown(kind, error);
      }
      if (res.consumedPoints > this.points(dimension)) {
        throw await this.refuse(kind, dimension, res, { tenantId: keys.tenant ?? null });
      }
    }
  }

  /** Forgets what `consume` counted for these keys (a correct two-factor code clears its failures). */
  async reset(kind: 'two_factor' | 'password_reset', keys: RateLimitKeys): Promise<void> {
    const address = this.addressOf(keys.address);
    if (!keys.account) return;
    const deletions =
      kind === 'two_factor'
        ? [
            this.limiters.two_factor_account_address.delete(`${keys.account}|${address}`),
            this.limiters.two_factor_account.delete(keys.account),
          ]
        : [this.limiters.reset_account.delete(keys.account)];
    await this.timed(Promise.all(deletions)).catch((error: unknown) =>
      this.log.warn({ err: error, kind }, 'could not reset a rate limit'),
    );
  }

  /**
   * A clinic principal's call (GraphQL over HTTP and websockets, REST): per credential and per
   * clinic. Admins and anonymous callers are not counted here.
   */
  async admitClinicCall(principal: Principal): Promise<void> {
    if (principal.kind === 'api_key') {
      await this.consume('api_call', {
        credential: `key:${principal.keyId}`,
        tenant: principal.tenantId,
      });
    } else if (principal.kind === 'clinic_user') {
      await this.consume('api_call', {
        credential: `user:${principal.userId}`,
        tenant: principal.tenantId,
      });
    }
  }

  /** A usage report (trackUsage, POST /api/usage/events): per credential and per clinic. */
  async admitUsageIngest(principal: Principal): Promise<void> {
    if (principal.kind === 'api_key') {
      await this.consume('usage_ingest', {
        credential: `key:${principal.keyId}`,
        tenant: principal.tenantId,
      });
    } else if (principal.kind === 'clinic_user') {
      await this.consume('usage_ingest', {
        credential: `user:${principal.userId}`,
        tenant: principal.tenantId,
      });
    }
  }

  private points(dimension: Dimension): number {
    return this.limiters[dimension].points;
  }

  private addressOf(address: string | null | undefined): string {
    return address ?? currentRequestInfo()?.ipAddress ?? NO_ADDRESS;
  }

  private async refuse(
    kind: RateLimitKind,
    dimension: Dimension,
    res: RateLimiterRes,
    context: { tenantId: string | null; details?: Record<string, unknown> },
  ): Promise<AppError> {
    const retryAfterSeconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
    const request = currentRequestInfo();
    await this.security.record({
      tenant_id: context.tenantId,
      event: 'rate_limited',
      actor: actorOf(request?.principal),
      details: {
        kind,
        limit: dimension,
        retry_after_seconds: retryAfterSeconds,
        ...context.details,
      },
    });
    return new AppError(
      'RATE_LIMITED',
      `${MESSAGES[kind]}; try again in ${retryAfterSeconds} s`,
      [],
      {
        retry_after_seconds: retryAfterSeconds,
      },
    );
  }

  private storeDown(kind: RateLimitKind, error: unknown): AppError {
    this.log.error({ err: error, kind }, 'rate limiter store unreachable; refusing');
    return new AppError(
      'SERVICE_UNAVAILABLE',
      `${kind === 'admin_sign_in' || kind === 'clinic_sign_in' ? 'Sign-in' : 'This action'} is unavailable for a moment: its rate limiter cannot reach Redis. Try again shortly.`,
      [],
      { retry_after_seconds: 5 },
    );
  }

  private timed<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('rate limiter store timed out')), STORE_TIMEOUT_MS);
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }
}

const MESSAGES: Record<RateLimitKind, string> = {
  admin_sign_in: 'Too many failed sign-ins',
  clinic_sign_in: 'Too many failed sign-ins',
  password_reset: 'Too many password reset requests',
  two_factor: 'Too many wrong two-factor codes',
  api_call: 'Too many API calls',
  usage_ingest: 'Too many usage reports',
};
