import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { badInput, conflict, forbidden, notFound } from '../../common/errors.js';
import { FieldErrorCollector } from '../../common/field-errors.js';
import { isDuplicateKey } from '../../common/mongo-errors.js';
import { parseObjectId } from '../../common/object-id.js';
import { authorizeAdmin } from '../../common/policy.js';
import { ADMIN_ROLES, type AdminRole, type Principal } from '../../common/principal.js';
import type { SecurityLogService } from '../security/security-log.service.js';
import type { Mailer } from '../sessions/mailer.js';
import type { PasswordResets } from '../sessions/password-resets.js';
import type { SessionService } from '../sessions/session.service.js';
import type { AdminDocument, AdminModel } from './admin.model.js';
import type { AdminService } from './admin.service.js';
import { EMAIL, ROLE_RANK, toAdminView, type AdminView } from './admin.view.js';
import { hashPassword } from './password.js';
import {
  readPlatformSettings,
  writePlatformSettings,
  type PlatformSettings,
  type PlatformSettingsModel,
} from './platform-settings.js';

export interface AdminChanges {
  name?: unknown;
  role?: unknown;
}

const lastSuperAdmin = () =>
  conflict(
    'id',
    'This is the last active super admin: make another admin super admin first, so the platform is never without one',
  );

/** A password nobody knows, for an invited admin until they follow their link. */
const unusablePasswordHash = () => hashPassword(randomBytes(32).toString('base64url'));

/**
 * The platform's admins as a super admin manages them: invite, rename, change role, disable,
 * delete, send a password reset; the platform-wide security settings. The platform is never left
 * without an active super admin.
 */
export class AdminDirectoryService {
  constructor(
    private readonly admins: AdminModel,
    private readonly settings: PlatformSettingsModel,
    private readonly accounts: AdminService,
    private readonly sessions: SessionService,
    private readonly resets: PasswordResets,
    private readonly mailer: Mailer,
    private readonly security: SecurityLogService,
    private readonly consoleUrl: string,
    private readonly log: Logger,
  ) {
    resets.setPasswordsWith('admin', {
      check: async (account, password) => {
        if (account.kind !== 'admin') throw notFound('Admin');
        const admin = await this.admins.findById(account.adminId, { email: 1 }).lean();
        if (!admin) throw notFound('Admin');
        return this.accounts.acceptablePassword(admin.email, password, 'new_password');
      },
      set: async (account, password) => {
        if (account.kind !== 'admin') return;
        await this.admins.updateOne(
          { _id: account.adminId },
          { $set: { password_hash: await hashPassword(password), invited: false } },
        );
        await this.sessions.endAll(account, 'password_reset');
        await this.security.record({
          tenant_id: null,
          event: 'password_reset',
          actor: { id: `admin:${account.adminId}`, label: null },
          details: { account: `admin:${account.adminId}` },
        });
      },
    });
  }

  async list(principal: Principal): Promise<AdminView[]> {
    authorizeAdmin(principal, 'admins:read');
    // A platform collection of a few people: read whole, sorted in code.
    const docs = await this.admins.find({}).lean();
    return docs.map(toAdminView).sort((a, b) => a.email.localeCompare(b.email));
  }

  /** Creates the admin with no usable password and mails them a link to set one. */
  async invite(principal: Principal, input: Record<string, unknown>): Promise<AdminView> {
    authorizeAdmin(principal, 'admins:manage');
    const errors = new FieldErrorCollector();
    const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : '';
    const name = typeof input.name === 'string' ? input.name.trim() : '';
    if (!EMAIL.test(email)) errors.add('email', 'must be an e-mail address');
    if (name === '' || name.length > 200) errors.add('name', 'is required, at most 200 characters');
    if (!(ADMIN_ROLES as readonly unknown[]).includes(input.role)) {
      errors.add('role', `must be one of ${ADMIN_ROLES.join(', ')}`);
    }
    errors.throwIfAny();
    let doc: AdminDocument;
    try {
      doc = (
        await this.admins.create({
          email,
          name,
          role: input.role as AdminRole,
          password_hash: await unusablePasswordHash(),
          invited: true,
        })
      ).toObject();
    } catch (error) {
      if (isDuplicateKey(error))
        throw conflict('email', 'An admin with this e-mail already exists');
      throw error;
    }
    const adminId = doc._id.toHexString();
    await this.mailLink(adminId, email, 'invitation');
    await this.security.record({
      tenant_id: null,
      event: 'admin_invited',
      details: { admin_id: adminId, role: doc.role },
    });
    return toAdminView(doc);
  }

  /** Renames the admin or changes their role; lowering a role ends their sessions at once. */
  async update(principal: Principal, idArg: unknown, changes: AdminChanges): Promise<AdminView> {
    authorizeAdmin(principal, 'admins:manage');
    const admin = await this.find(idArg);
    const set: Partial<Pick<AdminDocument, 'name' | 'role'>> = {};
    const errors = new FieldErrorCollector();
    if (changes.name !== undefined && changes.name !== null) {
      const name = typeof changes.name === 'string' ? changes.name.trim() : '';
      if (name === '' || name.length > 200)
        errors.add('name', 'is required, at most 200 characters');
      else set.name = name;
    }
    if (changes.role !== undefined && changes.role !== null) {
      if (!(ADMIN_ROLES as readonly unknown[]).includes(changes.role)) {
        errors.add('role', `must be one of ${ADMIN_ROLES.join(', ')}`);
      } else set.role = changes.role as AdminRole;
    }
    errors.throwIfAny();
    const demotesSuper =
      admin.role === 'super_admin' && set.role !== undefined && set.role !== 'super_admin';
    if (demotesSuper && !admin.disabled) await this.assertAnotherSuperAdmin(admin);
    const updated = await this.admins
      .findOneAndUpdate({ _id: admin._id }, { $set: set }, { returnDocument: 'after' })
      .lean();
    if (!updated) throw notFound('Admin');
    if (demotesSuper && !(await this.anyActiveSuperAdmin())) {
      // Another super admin was demoted or disabled at the same moment: undo ours.
      await this.admins.updateOne({ _id: admin._id }, { $set: { role: 'super_admin' } });
      throw lastSuperAdmin();
    }
    const adminId = admin._id.toHexString();
    if (set.role !== undefined && set.role !== admin.role) {
      if (ROLE_RANK[set.role] < ROLE_RANK[admin.role]) {
        await this.sessions.endAll({ kind: 'admin', adminId }, 'role_lowered');
      } else {
        await this.sessions.updateRole({
          kind: 'admin',
          adminId,
          email: updated.email,
          role: set.role,
        });
      }
      await this.security.record({
        tenant_id: null,
        event: 'admin_role_changed',
        details: { admin_id: adminId, from: admin.role, to: set.role },
      });
    } else if (set.name !== undefined) {
      await this.security.record({
        tenant_id: null,
        event: 'admin_updated',
        details: { admin_id: adminId, fields: ['name'] },
      });
    }
    return toAdminView(updated);
  }

  /** Disables (ending every session of theirs, everywhere, at once) or re-enables an admin. */
  async setDisabled(principal: Principal, idArg: unknown, disabled: unknown): Promise<AdminView> {
    authorizeAdmin(principal, 'admins:manage');
    if (typeof disabled !== 'boolean') {
      throw badInput([{ field: 'disabled', message: 'must be true or false' }]);
    }
    const admin = await this.find(idArg);
    const adminId = admin._id.toHexString();
    if (disabled && admin.role === 'super_admin' && !admin.disabled) {
      await this.assertAnotherSuperAdmin(admin);
    }
    const updated = await this.admins
      .findOneAndUpdate({ _id: admin._id }, { $set: { disabled } }, { returnDocument: 'after' })
      .lean();
    if (!updated) throw notFound('Admin');
    if (disabled && admin.role === 'super_admin' && !(await this.anyActiveSuperAdmin())) {
      await this.admins.updateOne({ _id: admin._id }, { $set: { disabled: false } });
      throw lastSuperAdmin();
    }
    if (disabled) await this.sessions.endAll({ kind: 'admin', adminId }, 'account_disabled');
    if (disabled !== admin.disabled) {
      await this.security.record({
        tenant_id: null,
        event: disabled ? 'admin_disabled' : 'admin_enabled',
        details: { admin_id: adminId },
      });
    }
    return toAdminView(updated);
  }

  /** Deletes an admin for good: disabled first (undoable), then removed, their sessions ended. */
  async delete(principal: Principal, idArg: unknown): Promise<boolean> {
    const caller = authorizeAdmin(principal, 'admins:manage');
    const admin = await this.find(idArg);
    const adminId = admin._id.toHexString();
    if (adminId === caller.adminId) {
      throw forbidden('Admins cannot delete their own account; ask another super admin');
    }
    if (admin.role === 'super_admin' && !admin.disabled) {
      await this.setDisabled(principal, adminId, true);
    }
    await this.admins.deleteOne({ _id: admin._id });
    await this.sessions.endAll({ kind: 'admin', adminId }, 'account_deleted');
    await this.security.record({
      tenant_id: null,
      event: 'admin_deleted',
      details: { admin_id: adminId, role: admin.role },
    });
    return true;
  }

  /** Mails the admin a link to set a new password (their current one keeps working until then). */
  async sendPasswordReset(principal: Principal, idArg: unknown): Promise<boolean> {
    authorizeAdmin(principal, 'admins:manage');
    const admin = await this.find(idArg);
    await this.mailLink(
      admin._id.toHexString(),
      admin.email,
      admin.invited ? 'invitation' : 'reset',
    );
    return true;
  }

  /**
   * "Forgot my password": mails a reset link when the address is an active admin's. Answers the
   * same either way, so it says nothing about who is an admin.
   */
  async requestPasswordReset(emailInput: unknown): Promise<boolean> {
    const email = typeof emailInput === 'string' ? emailInput.trim().toLowerCase() : '';
    if (!EMAIL.test(email))
      throw badInput([{ field: 'email', message: 'must be an e-mail address' }]);
    const admin = await this.admins.findOne({ email }, { email: 1, disabled: 1 }).lean();
    if (admin && !admin.disabled) await this.mailLink(admin._id.toHexString(), email, 'reset');
    await this.security.record({
      tenant_id: null,
      event: 'password_reset_requested',
      actor: { id: 'anonymous', label: null },
      details: {
        email_hash: this.security.emailHash(null, email),
        ...(admin ? { admin_id: admin._id.toHexString() } : { unknown: true }),
      },
    });
    return true;
  }

  async platformSettings(principal: Principal): Promise<PlatformSettings> {
    authorizeAdmin(principal, 'admins:read');
    return readPlatformSettings(this.settings);
  }

  async updatePlatformSettings(
    principal: Principal,
    input: { require_admin_two_factor?: unknown },
  ): Promise<PlatformSettings> {
    authorizeAdmin(principal, 'platform_settings:manage');
    if (typeof input.require_admin_two_factor !== 'boolean') {
      throw badInput([{ field: 'require_admin_two_factor', message: 'must be true or false' }]);
    }
    const saved = await writePlatformSettings(this.settings, {
      require_admin_two_factor: input.require_admin_two_factor,
    });
    await this.security.record({
      tenant_id: null,
      event: 'platform_settings_changed',
      details: { require_admin_two_factor: saved.require_admin_two_factor },
    });
    return saved;
  }

  private async find(idArg: unknown): Promise<AdminDocument> {
    const id = parseObjectId(idArg, 'id');
    const admin = await this.admins.findById(id).lean();
    if (!admin) throw notFound('Admin');
    return admin;
  }

  private async anyActiveSuperAdmin(): Promise<boolean> {
    return (await this.admins.countDocuments({ role: 'super_admin', disabled: false })) > 0;
  }

  private async assertAnotherSuperAdmin(admin: AdminDocument): Promise<void> {
    const others = await this.admins.countDocuments({
      role: 'super_admin',
      disabled: false,
      _id: { $ne: admin._id },
    });
    if (others === 0) throw lastSuperAdmin();
  }

  private async mailLink(
    adminId: string,
    email: string,
    kind: 'invitation' | 'reset',
  ): Promise<void> {
    const token = await this.resets.issue({ kind: 'admin', adminId });
    // In the fragment: never sent to a server, so it stays out of access logs and Referer headers.
    const link = `${this.consoleUrl.replace(/\/$/, '')}/reset-password#token=${token}`;
    const hours = Math.round(this.resets.ttl / 360) / 10;
    await this.mailer.send({
      to: email,
      subject:
        kind === 'invitation'
          ? 'You are invited to the VetCares admin console'
          : 'Reset your VetCares admin password',
      text: `${kind === 'invitation' ? 'Set your password' : 'Choose a new password'} within ${hours} hours, once: ${link}`,
    });
    this.log.debug({ adminId, kind }, 'password link mailed');
  }
}
