import { randomBytes } from 'node:crypto';
import { isEmail } from '@vetcares/tenant-rules';
import { AppError, badInput, conflict, notFound, unauthenticated } from '../../common/errors.js';
import { FieldErrorCollector } from '../../common/field-errors.js';
import { isDuplicateKey } from '../../common/mongo-errors.js';
import { parseObjectId } from '../../common/object-id.js';
import { authorize } from '../../common/policy.js';
import { CLINIC_ROLES, type ClinicRole, type Principal } from '../../common/principal.js';
import { runAsTenant } from '../../db/tenant-context.js';
import { hashPassword, passwordWeakness, verifyPassword } from '../admins/password.js';
import { actorOf } from '../security/actor.js';
import type { SecurityLogService } from '../security/security-log.service.js';
import type { Mailer } from '../sessions/mailer.js';
import type { PasswordResets } from '../sessions/password-resets.js';
import type { AccountRef } from '../sessions/session-account.js';
import type { SessionService } from '../sessions/session.service.js';
import type { TenantSummary } from '../tenants/tenant.fields.js';
import type { ClinicAuthService } from './clinic-auth.service.js';
import type { ClinicUser } from './clinic-auth.types.js';
import type { ClinicUserDocument, ClinicUserModel } from './clinic-user.model.js';
import { toClinicUser } from './clinic-user.view.js';

const lastOwner = () =>
  conflict('id', 'This is the clinic’s last active owner: make another user owner first');

function acceptablePassword(email: string, password: unknown, field: string): string {
  const weakness = typeof password === 'string' ? passwordWeakness(password, email) : 'is required';
  if (weakness) {
    throw new AppError('BAD_USER_INPUT', `${field}: ${weakness}`, [{ field, message: weakness }]);
  }
  return password as string;
}

/**
 * A clinic's users as its owner and platform admins manage them: list, create, invite, change
 * role, disable, delete and send a password reset. A clinic keeps at least one active owner.
 * Disabling, deleting, lowering a role or resetting a password ends the user's sessions at once.
 */
export class ClinicUsersService {
  constructor(
    private readonly users: ClinicUserModel,
    private readonly clinicAuth: ClinicAuthService,
    private readonly sessions: SessionService,
    private readonly resets: PasswordResets,
    private readonly mailer: Mailer,
    private readonly security: SecurityLogService,
    private readonly consoleUrl: string,
  ) {
    resets.setPasswordsWith('clinic_user', {
      check: async (account, password) => {
        const user = await this.byRef(account);
        return acceptablePassword(user.email, password, 'new_password');
      },
      set: async (account, password) => {
        if (account.kind !== 'clinic_user') return;
        await runAsTenant(account.tenantId, () =>
          this.users.updateOne({ _id: account.userId }, { $set: { invited: false } }),
        );
        await this.setPassword(account, password, 'password_reset');
      },
    });
  }

  private async byRef(account: AccountRef): Promise<ClinicUserDocument> {
    if (account.kind !== 'clinic_user') throw notFound('User');
    const user = await runAsTenant(account.tenantId, () =>
      this.users.findById(account.userId).lean(),
    );
    if (!user) throw notFound('User');
    return user;
  }

  private async setPassword(
    account: Extract<AccountRef, { kind: 'clinic_user' }>,
    password: string,
    reason: string,
    keepSessionId?: string,
  ): Promise<void> {
    const password_hash = await hashPassword(password);
    await runAsTenant(account.tenantId, () =>
      this.users.updateOne({ _id: account.userId }, { $set: { password_hash } }),
    );
    await this.sessions.endAll(account, reason, keepSessionId);
    await this.security.record({
      tenant_id: account.tenantId,
      event: reason === 'password_changed' ? 'password_changed' : 'password_reset',
      details: { account: `user:${account.userId}` },
    });
  }

  async list(principal: Principal, tenantIdArg: string | null | undefined): Promise<ClinicUser[]> {
    const tenant = await this.clinicAuth.manageableTenant(
      principal,
      tenantIdArg,
      'clinic_users:read',
    );
    const docs = await runAsTenant(tenant.id, () =>
      this.users.find({}).sort({ email: 1 }).limit(500).lean(),
    );
    return docs.map(toClinicUser);
  }

  /** Creates a user with a password given by whoever creates them. */
  async create(
    principal: Principal,
    tenantIdArg: string | null | undefined,
    input: Record<string, unknown>,
  ): Promise<ClinicUser> {
    const tenant = await this.clinicAuth.manageableTenant(
      principal,
      tenantIdArg,
      'clinic_users:manage',
    );
    const { email, name, role } = this.readNewUser(input);
    const password = acceptablePassword(email, input.password, 'password');
    return this.insert(tenant, { email, name, role }, await hashPassword(password), false);
  }

  /** Creates a user with no usable password and mails them a link to set one. */
  async invite(
    principal: Principal,
    tenantIdArg: string | null | undefined,
    input: Record<string, unknown>,
  ): Promise<ClinicUser> {
    const tenant = await this.clinicAuth.manageableTenant(
      principal,
      tenantIdArg,
      'clinic_users:manage',
    );
    const fields = this.readNewUser(input);
    const user = await this.insert(
      tenant,
      fields,
      await hashPassword(randomBytes(32).toString('base64url')),
      true,
    );
    await this.mailLink(tenant, user.id, user.email, 'invitation');
    await this.security.record({
      tenant_id: tenant.id,
      event: 'clinic_user_invited',
      actor: actorOf(principal),
      details: { user_id: user.id, role: user.role },
    });
    return user;
  }

  private readNewUser(input: Record<string, unknown>) {
    const errors = new FieldErrorCollector();
    const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : '';
    const name = typeof input.name === 'string' ? input.name.trim() : '';
    if (!isEmail(email)) errors.add('email', 'must be an e-mail address');
    if (name === '' || name.length > 200) errors.add('name', 'is required, at most 200 characters');
    if (!(CLINIC_ROLES as readonly unknown[]).includes(input.role))
      errors.add('role', `must be one of ${CLINIC_ROLES.join(', ')}`);
    errors.throwIfAny();
    return { email, name, role: input.role as ClinicRole };
  }

  private async insert(
    tenant: TenantSummary,
    fields: { email: string; name: string; role: ClinicRole },
    password_hash: string,
    invited: boolean,
  ): Promise<ClinicUser> {
    try {
      const doc = await runAsTenant(tenant.id, () =>
        this.users.create({ ...fields, password_hash, invited }),
      );
      return toClinicUser(doc.toObject());
    } catch (error) {
      if (isDuplicateKey(error)) {
        throw conflict('email', 'A user with this e-mail already exists at this clinic');
      }
      throw error;
    }
  }

  /** Changes a user's role; making an owner staff ends their sessions (their rights shrank). */
  async changeRole(
    principal: Principal,
    tenantIdArg: string | null | undefined,
    idArg: unknown,
    role: unknown,
  ): Promise<ClinicUser> {
    const tenant = await this.clinicAuth.manageableTenant(
      principal,
      tenantIdArg,
      'clinic_users:manage',
    );
    if (!(CLINIC_ROLES as readonly unknown[]).includes(role)) {
      throw badInput([{ field: 'role', message: `must be one of ${CLINIC_ROLES.join(', ')}` }]);
    }
    const user = await this.find(tenant, idArg);
    const next = role as ClinicRole;
    if (user.role === next) return toClinicUser(user);
    if (user.role === 'owner' && !user.disabled) await this.assertAnotherOwner(tenant, user);
    const updated = await this.update(tenant, user, { role: next });
    const account = { kind: 'clinic_user' as const, tenantId: tenant.id, userId: updated.id };
    if (next === 'staff') await this.sessions.endAll(account, 'role_lowered');
    else await this.sessions.updateRole({ ...account, email: updated.email, role: next });
    await this.security.record({
      tenant_id: tenant.id,
      event: 'clinic_user_role_changed',
      actor: actorOf(principal),
      details: { user_id: updated.id, from: user.role, to: next },
    });
    return updated;
  }

  async setDisabled(
    principal: Principal,
    tenantIdArg: string | null | undefined,
    idArg: unknown,
    disabled: unknown,
  ): Promise<ClinicUser> {
    const tenant = await this.clinicAuth.manageableTenant(
      principal,
      tenantIdArg,
      'clinic_users:manage',
    );
    if (typeof disabled !== 'boolean') {
      throw badInput([{ field: 'disabled', message: 'must be true or false' }]);
    }
    const user = await this.find(tenant, idArg);
    if (disabled && user.role === 'owner' && !user.disabled)
      await this.assertAnotherOwner(tenant, user);
    const updated = await this.update(tenant, user, { disabled });
    if (disabled) {
      await this.sessions.endAll(
        { kind: 'clinic_user', tenantId: tenant.id, userId: updated.id },
        'account_disabled',
      );
    }
    if (disabled !== user.disabled) {
      await this.security.record({
        tenant_id: tenant.id,
        event: disabled ? 'clinic_user_disabled' : 'clinic_user_enabled',
        actor: actorOf(principal),
        details: { user_id: updated.id },
      });
    }
    return updated;
  }

  async delete(
    principal: Principal,
    tenantIdArg: string | null | undefined,
    idArg: unknown,
  ): Promise<boolean> {
    const tenant = await this.clinicAuth.manageableTenant(
      principal,
      tenantIdArg,
      'clinic_users:manage',
    );
    const user = await this.find(tenant, idArg);
    if (user.role === 'owner' && !user.disabled) await this.assertAnotherOwner(tenant, user);
    await runAsTenant(tenant.id, () => this.users.deleteOne({ _id: user._id }));
    const userId = user._id.toHexString();
    await this.sessions.endAll(
      { kind: 'clinic_user', tenantId: tenant.id, userId },
      'account_deleted',
    );
    await this.security.record({
      tenant_id: tenant.id,
      event: 'clinic_user_deleted',
      actor: actorOf(principal),
      details: { user_id: userId, role: user.role },
    });
    return true;
  }

  /** Mails the user a link to set a new password. */
  async sendPasswordReset(
    principal: Principal,
    tenantIdArg: string | null | undefined,
    idArg: unknown,
  ): Promise<boolean> {
    const tenant = await this.clinicAuth.manageableTenant(
      principal,
      tenantIdArg,
      'clinic_users:manage',
    );
    const user = await this.find(tenant, idArg);
    await this.mailLink(
      tenant,
      user._id.toHexString(),
      user.email,
      user.invited ? 'invitation' : 'reset',
    );
    await this.security.record({
      tenant_id: tenant.id,
      event: 'password_reset_requested',
      actor: actorOf(principal),
      details: { user_id: user._id.toHexString() },
    });
    return true;
  }

  /** A clinic user changes their own password; their other sessions end. */
  async changeOwnPassword(
    principal: Principal,
    currentPassword: unknown,
    newPassword: unknown,
  ): Promise<boolean> {
    const actor = authorize(principal, 'self:manage');
    if (actor.kind !== 'clinic_user') throw unauthenticated('Sign in as a clinic user');
    const account = {
      kind: 'clinic_user' as const,
      tenantId: actor.tenantId,
      userId: actor.userId,
    };
    const user = await this.byRef(account);
    if (
      typeof currentPassword !== 'string' ||
      !(await verifyPassword(user.password_hash, currentPassword))
    ) {
      throw new AppError('BAD_USER_INPUT', 'current_password: is wrong', [
        { field: 'current_password', message: 'is wrong' },
      ]);
    }
    const accepted = acceptablePassword(user.email, newPassword, 'new_password');
    await this.setPassword(account, accepted, 'password_changed', actor.sessionId);
    return true;
  }

  private async find(tenant: TenantSummary, idArg: unknown): Promise<ClinicUserDocument> {
    const _id = parseObjectId(idArg, 'id');
    const user = await runAsTenant(tenant.id, () => this.users.findById(_id).lean());
    if (!user) throw notFound('User');
    return user;
  }

  private async update(
    tenant: TenantSummary,
    user: ClinicUserDocument,
    set: Partial<Pick<ClinicUserDocument, 'role' | 'disabled'>>,
  ): Promise<ClinicUser> {
    const updated = await runAsTenant(tenant.id, () =>
      this.users
        .findOneAndUpdate({ _id: user._id }, { $set: set }, { returnDocument: 'after' })
        .lean(),
    );
    if (!updated) throw notFound('User');
    return toClinicUser(updated);
  }

  private async assertAnotherOwner(tenant: TenantSummary, user: ClinicUserDocument): Promise<void> {
    const others = await runAsTenant(tenant.id, () =>
      this.users.countDocuments({ role: 'owner', disabled: false, _id: { $ne: user._id } }),
    );
    if (others === 0) throw lastOwner();
  }

  private async mailLink(
    tenant: TenantSummary,
    userId: string,
    email: string,
    kind: 'invitation' | 'reset',
  ): Promise<void> {
    const token = await this.resets.issue({ kind: 'clinic_user', tenantId: tenant.id, userId });
    const link = `${this.consoleUrl.replace(/\/$/, '')}/reset-password#token=${token}`;
    await this.mailer.send({
      to: email,
      subject:
        kind === 'invitation'
          ? `You are invited to ${tenant.name} on VetCares`
          : `Reset your ${tenant.name} password on VetCares`,
      text: `${kind === 'invitation' ? 'Set your password' : 'Choose a new password'} (the link works once): ${link}`,
    });
  }
}
