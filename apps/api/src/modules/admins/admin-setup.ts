import { AppError } from '../../common/errors.js';
import { FieldErrorCollector } from '../../common/field-errors.js';
import type { AdminRole } from '../../common/principal.js';
import type { AdminModel } from './admin.model.js';
import { EMAIL, toAdminView, type AdminView } from './admin.view.js';
import { hashPassword, passwordWeakness, verifyPassword } from './password.js';

export interface EnsureAdminInput {
  email: string;
  password: string;
  name?: string;
  role?: AdminRole;
}

/**
 * Creates the admin, or resets its password and role when it exists, so running setup twice
 * (or with a new password) converges on the environment's values. Needs only the model, so the
 * create-admin script runs it without the rest of the API.
 */
export async function ensureAdmin(
  admins: AdminModel,
  input: EnsureAdminInput,
): Promise<{ admin: AdminView; created: boolean; reset: boolean }> {
  const email = input.email.trim().toLowerCase();
  const errors = new FieldErrorCollector();
  if (!EMAIL.test(email)) errors.add('email', 'must be an e-mail address');
  const weakness = passwordWeakness(input.password, email);
  if (weakness) errors.add('password', weakness);
  errors.throwIfAny();

  const existing = await admins.findOne({ email }).lean();
  if (existing && (await verifyPassword(existing.password_hash, input.password))) {
    return { admin: toAdminView(existing), created: false, reset: false };
  }
  const password_hash = await hashPassword(input.password);
  const role = input.role ?? 'super_admin';
  const name = input.name ?? email.split('@')[0] ?? email;
  const saved = await admins
    .findOneAndUpdate(
      { email },
      {
        $set: { password_hash, role, disabled: false, invited: false },
        $setOnInsert: { email, name },
      },
      { upsert: true, returnDocument: 'after', lean: true },
    )
    .orFail(() => new AppError('INTERNAL_SERVER_ERROR', 'Admin could not be saved'));
  return { admin: toAdminView(saved), created: !existing, reset: existing !== null };
}
