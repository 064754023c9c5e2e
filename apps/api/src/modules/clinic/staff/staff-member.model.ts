import { index, modelOptions, plugin, prop, type ReturnModelType } from '@typegoose/typegoose';
import type { Connection } from 'mongoose';
import { encryptedFieldsPlugin } from '../../../db/encrypted-fields.plugin.js';
import { modelOn } from '../../../db/model.js';
import { TenantScopedDocument } from '../../../db/tenant-scoped.js';
import { STAFF_ROLES, type StaffRole } from '../clinic.constants.js';

/**
 * A person working at a clinic: who can be booked for appointments. Counts toward max_staff.
 * Name, e-mail and phone are encrypted at rest; the e-mail stays unique through its keyed hash.
 */
@plugin(encryptedFieldsPlugin, {
  scope: 'tenant',
  fields: {
    name: { search: 'text', sort: true },
    email: { search: 'email', exact: true, sort: true },
    phone: {},
  },
})
@modelOptions({
  schemaOptions: {
    collection: 'staff_members',
    timestamps: { createdAt: 'created_date', updatedAt: 'updated_date' },
    versionKey: false,
  },
})
@index({ tenant_id: 1, 'pii.exact.email': 1 }, { unique: true })
@index({ tenant_id: 1, 'pii.sort.name': 1 })
@index({ tenant_id: 1, 'pii.sort.email': 1 })
@index({ tenant_id: 1, role: 1, 'pii.sort.name': 1 })
@index({ tenant_id: 1, 'pii.tokens.name': 1 })
@index({ tenant_id: 1, 'pii.tokens.email': 1 })
@index({ tenant_id: 1, created_date: -1 })
export class StaffMemberDocument extends TenantScopedDocument {
  @prop({ type: () => String, required: true })
  name!: string;

  /** Lower case, unique within the clinic. */
  @prop({ type: () => String, required: true })
  email!: string;

  @prop({ type: () => String, required: true, enum: STAFF_ROLES })
  role!: StaffRole;

  @prop({ type: () => String, default: null })
  phone!: string | null;

  @prop({ type: () => Boolean, default: true })
  active!: boolean;

  created_date!: Date;
  updated_date!: Date;
}

export type StaffMemberModel = ReturnModelType<typeof StaffMemberDocument>;

export const createStaffMemberModel = (connection: Connection): StaffMemberModel =>
  modelOn(connection, StaffMemberDocument);
