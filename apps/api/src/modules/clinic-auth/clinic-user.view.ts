import type { ClinicUser } from './clinic-auth.types.js';
import type { ClinicUserDocument } from './clinic-user.model.js';

export const toClinicUser = (doc: ClinicUserDocument): ClinicUser => ({
  id: doc._id.toHexString(),
  tenant_id: doc.tenant_id,
  email: doc.email,
  name: doc.name,
  role: doc.role,
  disabled: doc.disabled ?? false,
  invited: doc.invited ?? false,
  last_login_at: doc.last_login_at ?? null,
  created_date: doc.created_date,
});
