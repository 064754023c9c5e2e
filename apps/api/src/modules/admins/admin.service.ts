import type { Logger } from 'pino';
import { AppError, conflict, forbidden, unauthenticated } from '../../common/errors.js';
import { FieldErrorCollector } from '../../common/field-errors.js';
import { authorizeAdmin } from '../../common/policy.js';
import { ANONYMOUS, type Principal } from '../../common/principal.js';
import type { Clock } from '../../core/clock.js';
import { decryptValue, encryptValue } from '../../crypto/field-cipher.js';
import type { Keyring } from '../../crypto/keyring.js';
import type { RateLimits } from '../rate-limits/rate-limits.service.js';
import type { SecurityLogService } from '../security/security-log.service.js';
import type { SessionAccount } from '../sessions/session-account.js';
import type { SessionService, SessionTokens } from '../sessions/session.service.js';
import { ADMIN_AUDIENCE } from '../sessions/tokens.js';
import type { AdminDocument, AdminModel } from './admin.model.js';
import { ensureAdmin, type EnsureAdminInput } from './admin-setup.js';
import { toAdminView, type AdminView } from './admin.view.js';
import { lockedOut } from './lockout.js';
import { hashPassword, passwordWeakness, verifyAgainstDummy, verifyPassword } from './password.js';
import { readPlatformSettings, type PlatformSettingsModel } from './platform-settings.js';
import {
  acceptedStep,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  normalizeRecoveryCode,
  otpauthUri,
  qrCodeDataUrl,
  recoveryCodeHash,
} from './two-factor.js';

export type { AdminView } from './admin.view.js';

export interface LoginResult extends SessionTokens {
  admin: AdminView;
  /** Two-factor is required of every admin and this one must enrol before doing anything else. */
  two_factor_enrolment_required: boolean;
}

export interface TwoFactorEnrolment {
  secret: string;
  otpauth_uri: string;
  qr_code_data_url: string;
}

const TOTP_ISSUER = 'VetCares';
const totpContext = (adminId: string) => `admin_totp:${adminId}`;

/** Admins' sign-in (password and two-factor), their own account, and their principals. */
export class AdminService {
  constructor(
    private readonly admins: AdminModel,
    private readonly settings: PlatformSettingsModel,
    private readonly sessions: SessionService,
    private readonly keyring: Keyring,
    private readonly security: SecurityLogService,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly rateLimits: RateLimits,
  ) {
    sessions.checkAccountsWith('admin', (account) => this.currentAccount(account));
  }

  private now(): Date {
    return this.clock.now();
  }

  /** An admin's session as it should be now: null once disabled or deleted. */
  private async currentAccount(account: SessionAccount): Promise<SessionAccount | null> {
    if (account.kind !== 'admin') return null;
    const admin = await this.admins.findById(account.adminId, { email: 1, role: 1, disabled: 1 });
    if (!admin || admin.disabled) return null;
    return { kind: 'admin', adminId: account.adminId, email: admin.email, role: admin.role };
  }

  async login(
    emailInput: unknown,
    passwordInput: unknown,
    twoFactorCode?: unknown,
  ): Promise<LoginResult> {
    const errors = new FieldErrorCollector();
    if (typeof emailInput !== 'string' || emailInput.trim() === '')
      errors.add('email', 'is required');
    if (typeof passwordInput !== 'string' || passwordInput === '')
      errors.add('password', 'is required');
    errors.throwIfAny();
    const email = (emailInput as string).trim().toLowerCase();
    const password = passwordInput as string;

    // Before any hash is computed: a refused guess costs no CPU.
    const attempt = await this.rateLimits.beginSignIn('admin_sign_in', {
      account: email,
      emailHash: this.security.emailHash(null, email),
    });
    const admin = await this.admins.findOne({ email }).lean();
    // An incident's lock holds the addresses that guessed; the real user elsewhere still gets in
    // (the rate limiter's per-account bound is what stops guessing spread over many addresses).
    const locked =
      admin?.locked_until && admin.locked_until > this.now() && attempt.priorFailuresFromAddress > 0
        ? admin.locked_until
        : null;
    const passwordOk =
      admin && !admin.disabled ? await verifyPassword(admin.password_hash, password) : false;
    if (!admin || admin.disabled) await verifyAgainstDummy(password);
    if (!admin || admin.disabled || !passwordOk || locked) {
      await attempt.failed();
      await this.signInFailed(
        admin,
        email,
        locked ? 'locked' : admin?.disabled ? 'disabled' : null,
      );
      if (locked && passwordOk) throw lockedOut(locked);
      throw unauthenticated('Wrong e-mail or password');
    }
    if (admin.two_factor_enabled) {
      await this.secondFactor(admin, email, twoFactorCode);
      await this.rateLimits.reset('two_factor', { account: admin._id.toHexString() });
    }
    await attempt.succeeded();

    await this.admins.updateOne({ _id: admin._id }, { $set: { last_login_at: this.now() } });
    const settings = await readPlatformSettings(this.settings);
    const mustEnrol = settings.require_admin_two_factor && !admin.two_factor_enabled;
    const tokens = await this.sessions.start(
      { kind: 'admin', adminId: admin._id.toHexString(), email: admin.email, role: admin.role },
      mustEnrol ? 'two_factor_enrolment' : undefined,
    );
    await this.security.record({
      tenant_id: null,
      event: 'admin_signed_in',
      actor: { id: `admin:${admin._id.toHexString()}`, label: admin.email },
      details: {
        admin_id: admin._id.toHexString(),
        role: admin.role,
        two_factor: admin.two_factor_enabled,
      },
    });
    this.log.info({ adminId: admin._id.toHexString() }, 'admin signed in');
    return { ...tokens, admin: toAdminView(admin), two_factor_enrolment_required: mustEnrol };
  }

  private async signInFailed(
    admin: AdminDocument | null,
    email: string,
    reason: string | null,
  ): Promise<void> {
    await this.security.record({
      tenant_id: null,
      event: 'admin_sign_in_failed',
      actor: admin
        ? { id: `admin:${admin._id.toHexString()}`, label: admin.email }
        : { id: 'anonymous', label: null },
      details: {
        ...(admin ? { admin_id: admin._id.toHexString() } : {}),
        email_hash: this.security.emailHash(null, email),
        ...(reason ? { reason } : {}),
      },
    });
  }

  /** The second factor: a TOTP code (each usable once) or a recovery code (spent on use). */
  private async secondFactor(admin: AdminDocument, email: string, code: unknown): Promise<void> {
    if (typeof code !== 'string' || code.trim() === '') {
      throw new AppError(
        'TWO_FACTOR_REQUIRED',
        'Enter the code from your authenticator app, or one of your recovery codes',
      );
    }
    const adminId = admin._id.toHexString();
    await this.rateLimits.consume('two_factor', { account: adminId });
    if (looksLikeRecoveryCode(code) && !/^\d{6}$/.test(code.trim())) {
      const hash = recoveryCodeHash(normalizeRecoveryCode(code));
      const spent = await this.admins.updateOne(
        { _id: admin._id, recovery_code_hashes: hash },
        { $pull: { recovery_code_hashes: hash } },
      );
      if (spent.modifiedCount === 1) {
        await this.security.record({
          tenant_id: null,
          event: 'recovery_code_used',
          actor: { id: `admin:${adminId}`, label: admin.email },
          details: { admin_id: adminId, remaining: admin.recovery_code_hashes.length - 1 },
        });
        return;
      }
    } else if (admin.totp_secret) {
      const secret = decryptValue(this.keyring, admin.totp_secret, totpContext(adminId));
      const step = acceptedStep(secret, code.trim(), this.now().getTime(), admin.totp_last_step);
      if (step !== null) {
        // Conditional: of two sign-ins racing with one code, only one advances the step.
        const taken = await this.admins.updateOne(
          { _id: admin._id, totp_last_step: admin.totp_last_step },
          { $set: { totp_last_step: step } },
        );
        if (taken.modifiedCount === 1) return;
      }
    }
    await this.signInFailed(admin, email, 'two_factor');
    throw unauthenticated('Wrong two-factor code');
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
    return this.sessions.authenticate(match[1], ADMIN_AUDIENCE);
  }

  /** Refuses the admin's sign-ins until `until` (an automatic response to an incident). */
  async lock(adminId: string, until: Date): Promise<boolean> {
    const result = await this.admins.updateOne({ _id: adminId }, { $set: { locked_until: until } });
    return result.matchedCount === 1;
  }

  /** Ends every session of the admin, on every instance, open websockets included. */
  async revokeSessions(adminId: string, reason = 'revoked'): Promise<boolean> {
    const result = await this.admins.updateOne(
      { _id: adminId },
      { $set: { sessions_revoked_at: this.now() } },
    );
    if (result.matchedCount !== 1) return false;
    await this.sessions.endAll({ kind: 'admin', adminId }, reason);
    return true;
  }

  async me(principal: Principal): Promise<AdminView> {
    const { adminId } = authorizeAdmin(principal, 'account:read');
    const admin = await this.admins.findById(adminId).lean();
    if (!admin) throw unauthenticated('This admin account no longer exists');
    return toAdminView(admin);
  }

  /** Changes the caller's own password; their other sessions end, this one stays. */
  async changePassword(
    principal: Principal,
    currentPassword: unknown,
    newPassword: unknown,
  ): Promise<boolean> {
    const { adminId, sessionId } = authorizeAdmin(principal, 'self:manage');
    const admin = await this.admins.findById(adminId).lean();
    if (!admin) throw unauthenticated('This admin account no longer exists');
    if (
      typeof currentPassword !== 'string' ||
      !(await verifyPassword(admin.password_hash, currentPassword))
    ) {
      throw new AppError('BAD_USER_INPUT', 'current_password: is wrong', [
        { field: 'current_password', message: 'is wrong' },
      ]);
    }
    const accepted = this.acceptablePassword(admin.email, newPassword, 'new_password');
    await this.admins.updateOne(
      { _id: admin._id },
      { $set: { password_hash: await hashPassword(accepted), invited: false } },
    );
    await this.sessions.endAll({ kind: 'admin', adminId }, 'password_changed', sessionId);
    await this.security.record({
      tenant_id: null,
      event: 'password_changed',
      details: { account: `admin:${adminId}` },
    });
    return true;
  }

  /** The password, when the policy accepts it for this e-mail; else BAD_USER_INPUT on `field`. */
  acceptablePassword(email: string, password: unknown, field = 'password'): string {
    const weakness =
      typeof password === 'string' ? passwordWeakness(password, email) : 'is required';
    if (weakness) {
      throw new AppError('BAD_USER_INPUT', `${field}: ${weakness}`, [{ field, message: weakness }]);
    }
    return password as string;
  }

  /** Starts enrolling the caller in two-factor: a new secret, as text and as a QR code. */
  async startTwoFactorEnrolment(principal: Principal): Promise<TwoFactorEnrolment> {
    const { adminId, email } = authorizeAdmin(principal, 'account:manage');
    const admin = await this.admins.findById(adminId, { two_factor_enabled: 1 }).lean();
    if (!admin) throw unauthenticated('This admin account no longer exists');
    if (admin.two_factor_enabled) {
      throw conflict('two_factor', 'Two-factor sign-in is already on; turn it off first');
    }
    const secret = newTotpSecret();
    await this.admins.updateOne(
      { _id: adminId },
      { $set: { totp_pending_secret: encryptValue(this.keyring, secret, totpContext(adminId)) } },
    );
    const uri = otpauthUri(secret, email, TOTP_ISSUER);
    return { secret, otpauth_uri: uri, qr_code_data_url: await qrCodeDataUrl(uri) };
  }

  /** Finishes enrolment with a code from the new secret; answers the recovery codes, shown once. */
  async confirmTwoFactorEnrolment(principal: Principal, code: unknown): Promise<string[]> {
    const { adminId, sessionId } = authorizeAdmin(principal, 'account:manage');
    const admin = await this.admins.findById(adminId).lean();
    if (!admin?.totp_pending_secret) {
      throw conflict('two_factor', 'Start enrolling first (startTwoFactorEnrolment)');
    }
    const secret = decryptValue(this.keyring, admin.totp_pending_secret, totpContext(adminId));
    const step =
      typeof code === 'string' ? acceptedStep(secret, code.trim(), this.now().getTime(), 0) : null;
    if (step === null) {
      throw new AppError('BAD_USER_INPUT', 'code: is not the current code of the new secret', [
        { field: 'code', message: 'is not the current code of the new secret' },
      ]);
    }
    const { codes, hashes } = newRecoveryCodes();
    await this.admins.updateOne(
      { _id: adminId },
      {
        $set: {
          two_factor_enabled: true,
          totp_secret: admin.totp_pending_secret,
          totp_pending_secret: null,
          totp_last_step: step,
          recovery_code_hashes: hashes,
        },
      },
    );
    if (sessionId) await this.sessions.lift(sessionId);
    await this.security.record({
      tenant_id: null,
      event: 'two_factor_enabled',
      details: { account: `admin:${adminId}` },
    });
    return codes;
  }

  /** Turns two-factor off for the caller (with their password), unless the platform requires it. */
  async disableTwoFactor(principal: Principal, password: unknown): Promise<boolean> {
    const { adminId } = authorizeAdmin(principal, 'account:manage');
    const admin = await this.admins.findById(adminId).lean();
    if (!admin) throw unauthenticated('This admin account no longer exists');
    if (typeof password !== 'string' || !(await verifyPassword(admin.password_hash, password))) {
      throw new AppError('BAD_USER_INPUT', 'password: is wrong', [
        { field: 'password', message: 'is wrong' },
      ]);
    }
    if ((await readPlatformSettings(this.settings)).require_admin_two_factor) {
      throw forbidden('Two-factor sign-in is required of every admin on this platform');
    }
    await this.admins.updateOne(
      { _id: adminId },
      {
        $set: {
          two_factor_enabled: false,
          totp_secret: null,
          totp_pending_secret: null,
          totp_last_step: 0,
          recovery_code_hashes: [],
        },
      },
    );
    await this.security.record({
      tenant_id: null,
      event: 'two_factor_disabled',
      details: { account: `admin:${adminId}` },
    });
    return true;
  }

  /** create-admin's step (see admin-setup.ts), ending the sessions of an admin it resets. */
  async ensureAdmin(input: EnsureAdminInput): Promise<{ admin: AdminView; created: boolean }> {
    const result = await ensureAdmin(this.admins, input);
    if (result.reset) {
      await this.sessions.endAll({ kind: 'admin', adminId: result.admin.id }, 'password_reset');
    }
    return { admin: result.admin, created: result.created };
  }
}
