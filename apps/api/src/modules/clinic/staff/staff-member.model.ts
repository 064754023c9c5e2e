import { index, modelOptions, prop, type ReturnModelType } from '@typegoose/typegoose';
import type { Connection } from 'mongoose';
import { modelOn } from '../../../db/model.js';
import { TenantScopedDocument } from '../../../db/tenant-scoped.js';
import { STAFF_ROLES, type StaffRole } from '../clinic.constants.js';

/** A person working at a clinic: who can be booked for appointments. Counts toward max_staff. */
@modelOptions({
  schemaOptions: {
    collection: 'staff_members',
    timestamps: { createdAt: 'created_date', updatedAt: 'updated_date' },
    versionKey: false,
  },
})
@index({ tenant_id: 1, email: 1 }, { unique: true })
@index({ tenant_id: 1, name: 1 })
@index({ tenant_id: 1, role: 1, name: 1 })
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
