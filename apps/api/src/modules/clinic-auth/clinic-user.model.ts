import { index, modelOptions, prop, type ReturnModelType } from '@typegoose/typegoose';
import type { Connection } from 'mongoose';
import { modelOn } from '../../db/model.js';
import { TenantScopedDocument } from '../../db/tenant-scoped.js';
import { CLINIC_ROLES, type ClinicRole } from '../../common/principal.js';

/** A person who signs in to one clinic. Tenant-scoped: the same e-mail may exist at two clinics. */
@modelOptions({
  schemaOptions: {
    collection: 'clinic_users',
    timestamps: { createdAt: 'created_date', updatedAt: 'updated_date' },
    versionKey: false,
  },
})
@index({ tenant_id: 1, email: 1 }, { unique: true })
export class ClinicUserDocument extends TenantScopedDocument {
  @prop({ type: () => String, required: true })
  email!: string;

  @prop({ type: () => String, required: true })
  name!: string;

  @prop({ type: () => String, required: true })
  password_hash!: string;

  @prop({ type: () => String, required: true, enum: CLINIC_ROLES })
  role!: ClinicRole;

  @prop({ type: () => Boolean, default: false })
  disabled!: boolean;

  @prop({ type: () => Date, default: null })
  last_login_at!: Date | null;

  /** Invited and not yet through the invitation link: no password of their own yet. */
  @prop({ type: () => Boolean, default: false })
  invited!: boolean;

  /** Sign-in is refused until then (an automatic response to a burst of failures). */
  @prop({ type: () => Date, default: null })
  locked_until!: Date | null;

  /** Tokens issued before then are refused (sessions revoked). */
  @prop({ type: () => Date, default: null })
  sessions_revoked_at!: Date | null;

  created_date!: Date;
  updated_date!: Date;
}

export type ClinicUserModel = ReturnModelType<typeof ClinicUserDocument>;

export const createClinicUserModel = (connection: Connection): ClinicUserModel =>
  modelOn(connection, ClinicUserDocument);
