import type { Logger } from 'pino';
import { AppError, unauthenticated } from '../../common/errors.js';
import { FieldErrorCollector } from '../../common/field-errors.js';
import { authorizeAdmin } from '../../common/policy.js';
import { ANONYMOUS, type AdminPrincipal, type Principal } from '../../common/principal.js';
import { TtlCache } from '../../common/ttl-cache.js';
import type { AdminRole } from '../../common/principal.js';
import type { Clock } from '../../core/clock.js';
import type { RateLimits } from '../rate-limits/rate-limits.service.js';
import type { SecurityLogService } from '../security/security-log.service.js';
import type { AdminDocument, AdminModel } from './admin.model.js';
import { lockedOut, revokedSince } from './lockout.js';
import { hashPassword, passwordWeakness, verifyAgainstDummy, verifyPassword } from './password.js';
import { signAdminToken, verifyAdminToken, type TokenSettings } from './token.js';

export interface AdminView {
  id: string;
  email: string;
  name: string;
  role: AdminRole;
  created_date: Date;
}

export interface LoginResult {
  token: string;
  expires_at: Date;
  admin: AdminView;
}

export interface EnsureAdminInput {
  email: string;
  password: string;
  name?: string;
  role?: AdminRole;
}

const toView = (
  doc: Pick<AdminDocument, '_id' | 'email' | 'name' | 'role' | 'created_date'>,
): AdminView => ({
  id: doc._id.toHexString(),
  email: doc.email,
  name: doc.name,
  role: doc.role,
  created_date: doc.created_date,
});

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface ActiveAdmin {
  principal: AdminPrincipal;
  sessionsRevokedAt: Date | null;
}

export class AdminService {
  /** Remembers briefly that a token's admin still exists, so each request needs no lookup. */
  private readonly activeAdmins = new TtlCache<string, ActiveAdmin | null>(10_000, 10_000);

  constructor(
    private readonly admins: AdminModel,
    private readonly tokens: TokenSettings,
    private readonly log: Logger,
    /**
     * The audit trail, the clock and the sign-in rate limits; setup scripts, which only create
     * admins, go without.
     */
    private readonly audit: {
      security: SecurityLogService;
      clock: Clock;
      rateLimits: RateLimits;
    } | null = null,
  ) {}

  private now(): Date {
    return this.audit?.clock.now() ?? new Date();
  }

  async login(emailInput: unknown, passwordInput: unknown): Promise<LoginResult> {
    const errors = new FieldErrorCollector();
    if (typeof emailInput !== 'string' || emailInput.trim() === '')
      errors.add('email', 'is required');
    if (typeof passwordInput !== 'string' || passwordInput === '')
      errors.add('password', 'is required');
    errors.throwIfAny();
    const email = (emailInput as string).trim().toLowerCase();
    const password = passwordInput as string;

    // Before any hash is computed: a refused guess costs no CPU.
    const attempt = await this.audit?.rateLimits.beginSignIn('admin_sign_in', {
      account: email,
      emailHash: this.audit.security.emailHash(null, email),
    });
    const admin = await this.admins.findOne({ email }).lean();
    // An incident's lock holds the addresses that guessed; the real user elsewhere still gets in
    // (the rate limiter's per-account bound is what stops guessing spread over many addresses).
    const locked =
      admin?.locked_until &&
      admin.locked_until > this.now() &&
      (attempt ? attempt.priorFailuresFromAddress > 0 : true)
        ? admin.locked_until
        : null;
    const passwordOk =
      admin && !admin.disabled ? await verifyPassword(admin.password_hash, password) : false;
    if (!admin || admin.disabled) await verifyAgainstDummy(password);
    if (!admin || admin.disabled || !passwordOk || locked) {
      await attempt?.failed();
      await this.audit?.security.record({
        tenant_id: null,
        event: 'admin_sign_in_failed',
        actor: admin
          ? { id: `admin:${admin._id.toHexString()}`, label: admin.email }
          : { id: 'anonymous', label: null },
        details: {
          ...(admin ? { admin_id: admin._id.toHexString() } : {}),
          email_hash: this.audit.security.emailHash(null, email),
          ...(locked ? { reason: 'locked' } : admin?.disabled ? { reason: 'disabled' } : {}),
        },
      });
      if (locked && passwordOk) throw lockedOut(locked);
      throw unauthenticated('Wrong e-mail or password');
    }
    await attempt?.succeeded();
    await this.admins.updateOne({ _id: admin._id }, { $set: { last_login_at: this.now() } });
    await this.audit?.security.record({
      tenant_id: null,
      event: 'admin_signed_in',
      actor: { id: `admin:${admin._id.toHexString()}`, label: admin.email },
      details: { admin_id: admin._id.toHexString(), role: admin.role },
    });
    const { token, expiresAt } = signAdminToken(this.tokens, {
      adminId: admin._id.toHexString(),
      role: admin.role,
    });
    this.log.info({ adminId: admin._id.toHexString() }, 'admin signed in');
    return { token, expires_at: expiresAt, admin: toView(admin) };
  }

  /**
   * Turns an Authorization header into a principal. A missing or refused credential is anonymous,
   * so public operations (sign-in) still work; operations that need an admin say why it was refused.
   */
  async authenticate(authorization: string | undefined): Promise<Principal> {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1])
      return { kind: 'anonymous', rejection: 'The Authorization header must be "Bearer <token>"' };
    const claims = verifyAdminToken(this.tokens, match[1]);
    if (!claims) return { kind: 'anonymous', rejection: 'The token is invalid or has expired' };

    let active = this.activeAdmins.get(claims.adminId);
    if (active === undefined) {
      const admin = await this.admins
        .findById(claims.adminId, { email: 1, role: 1, disabled: 1, sessions_revoked_at: 1 })
        .lean();
      active =
        admin && !admin.disabled
          ? {
              principal: {
                kind: 'admin',
                adminId: claims.adminId,
                email: admin.email,
                role: admin.role,
              },
              sessionsRevokedAt: admin.sessions_revoked_at ?? null,
            }
          : null;
      this.activeAdmins.set(claims.adminId, active);
    }
    if (!active)
      return { kind: 'anonymous', rejection: 'This admin account no longer exists or is disabled' };
    if (revokedSince(active.sessionsRevokedAt, claims.issuedAt ?? 0)) {
      return { kind: 'anonymous', rejection: 'This session was revoked; sign in again' };
    }
    return active.principal;
  }

  /** Refuses the admin's sign-ins until `until` (an automatic response to an incident). */
  async lock(adminId: string, until: Date): Promise<boolean> {
    const result = await this.admins.updateOne({ _id: adminId }, { $set: { locked_until: until } });
    return result.matchedCount === 1;
  }

  /**
   * Ends every session of the admin: tokens issued before now are refused. This instance forgets
   * the admin at once; other instances within their 10-second principal cache.
   */
  async revokeSessions(adminId: string): Promise<boolean> {
    const result = await this.admins.updateOne(
      { _id: adminId },
      { $set: { sessions_revoked_at: this.now() } },
    );
    this.activeAdmins.delete(adminId);
    return result.matchedCount === 1;
  }

  async me(principal: Principal): Promise<AdminView> {
    const { adminId } = authorizeAdmin(principal, 'account:read');
    const admin = await this.admins.findById(adminId).lean();
    if (!admin) throw unauthenticated('This admin account no longer exists');
    return toView(admin);
  }

  /**
   * Creates the admin, or resets its password and role when it exists, so running setup twice
   * (or with a new password) converges on the environment's values.
   */
  async ensureAdmin(input: EnsureAdminInput): Promise<{ admin: AdminView; created: boolean }> {
    const email = input.email.trim().toLowerCase();
    const errors = new FieldErrorCollector();
    if (!EMAIL.test(email)) errors.add('email', 'must be an e-mail address');
    const weakness = passwordWeakness(input.password, email);
    if (weakness) errors.add('password', weakness);
    errors.throwIfAny();

    const existing = await this.admins.findOne({ email }).lean();
    if (existing && (await verifyPassword(existing.password_hash, input.password))) {
      return { admin: toView(existing), created: false };
    }
    const password_hash = await hashPassword(input.password);
    const role = input.role ?? 'super_admin';
    const name = input.name ?? email.split('@')[0] ?? email;
    const saved = await this.admins
      .findOneAndUpdate(
        { email },
        { $set: { password_hash, role, disabled: false }, $setOnInsert: { email, name } },
        { upsert: true, returnDocument: 'after', lean: true },
      )
      .orFail(() => new AppError('INTERNAL_SERVER_ERROR', 'Admin could not be saved'));
    this.activeAdmins.delete(saved._id.toHexString());
    return { admin: toView(saved), created: !existing };
  }
}
