import { index, modelOptions, prop, type ReturnModelType } from '@typegoose/typegoose';
import type { Connection, Types } from 'mongoose';
import { modelOn } from '../../db/model.js';
import { ADMIN_ROLES, type AdminRole } from '../../common/principal.js';

/** Platform administrators. A platform collection: not tenant-scoped. */
@modelOptions({
  schemaOptions: {
    collection: 'admins',
    timestamps: { createdAt: 'created_date', updatedAt: 'updated_date' },
    versionKey: false,
  },
})
@index({ email: 1 }, { unique: true })
export class AdminDocument {
  _id!: Types.ObjectId;

  /** Stored lower-cased so sign-in is case-insensitive and the unique index means what it says. */
  @prop({ type: () => String, required: true })
  email!: string;

  @prop({ type: () => String, required: true })
  name!: string;

  @prop({ type: () => String, required: true })
  password_hash!: string;

  @prop({ type: () => String, required: true, enum: ADMIN_ROLES })
  role!: AdminRole;

  @prop({ type: () => Boolean, default: false })
  disabled!: boolean;

  @prop({ type: () => Date, default: null })
  last_login_at!: Date | null;

  /** Sign-in is refused until then (an automatic response to a burst of failures). */
  @prop({ type: () => Date, default: null })
  locked_until!: Date | null;

  /** Tokens issued before then are refused (sessions revoked). */
  @prop({ type: () => Date, default: null })
  sessions_revoked_at!: Date | null;

  /** Invited and not yet through the invitation link: no password of their own yet. */
  @prop({ type: () => Boolean, default: false })
  invited!: boolean;

  @prop({ type: () => Boolean, default: false })
  two_factor_enabled!: boolean;

  /** The TOTP secret, encrypted (AES-256-GCM, bound to the admin); null before enrolment. */
  @prop({ type: () => String, default: null })
  totp_secret!: string | null;

  /** A secret being enrolled: it becomes totp_secret once a code from it is confirmed. */
  @prop({ type: () => String, default: null })
  totp_pending_secret!: string | null;

  /** The last TOTP time step accepted, so one code cannot be used twice. */
  @prop({ type: () => Number, default: 0 })
  totp_last_step!: number;

  /** SHA-256 of each unused recovery code; a used one is removed. */
  @prop({ type: () => [String], default: [] })
  recovery_code_hashes!: string[];

  created_date!: Date;
  updated_date!: Date;
}

export type AdminModel = ReturnModelType<typeof AdminDocument>;

export const createAdminModel = (connection: Connection): AdminModel =>
  modelOn(connection, AdminDocument);
