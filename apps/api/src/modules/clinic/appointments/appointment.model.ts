import { index, modelOptions, prop, type ReturnModelType } from '@typegoose/typegoose';
import { Types, type Connection } from 'mongoose';
import { modelOn } from '../../../db/model.js';
import { TenantScopedDocument } from '../../../db/tenant-scoped.js';
import { APPOINTMENT_STATUSES, type AppointmentStatus } from '../clinic.constants.js';

/** A visit: one patient seen by one staff member at a time. */
@modelOptions({
  schemaOptions: {
    collection: 'appointments',
    timestamps: { createdAt: 'created_date', updatedAt: 'updated_date' },
    versionKey: false,
  },
})
@index({ tenant_id: 1, starts_at: 1 })
@index({ tenant_id: 1, patient_id: 1, starts_at: 1 })
@index({ tenant_id: 1, staff_member_id: 1, starts_at: 1 })
@index({ tenant_id: 1, status: 1, starts_at: 1 })
@index({ tenant_id: 1, created_date: -1 })
export class AppointmentDocument extends TenantScopedDocument {
  @prop({ type: () => Types.ObjectId, required: true })
  patient_id!: Types.ObjectId;

  @prop({ type: () => Types.ObjectId, required: true })
  staff_member_id!: Types.ObjectId;

  @prop({ type: () => Date, required: true })
  starts_at!: Date;

  @prop({ type: () => Number, required: true })
  duration_minutes!: number;

  /** starts_at + duration, stored so overlap checks are plain range queries (no date operators on FerretDB). */
  @prop({ type: () => Date, required: true })
  ends_at!: Date;

  @prop({ type: () => String, required: true })
  reason!: string;

  @prop({ type: () => String, required: true, enum: APPOINTMENT_STATUSES, default: 'scheduled' })
  status!: AppointmentStatus;

  @prop({ type: () => String, default: null })
  notes!: string | null;

  created_date!: Date;
  updated_date!: Date;
}

export type AppointmentModel = ReturnModelType<typeof AppointmentDocument>;

export const createAppointmentModel = (connection: Connection): AppointmentModel =>
  modelOn(connection, AppointmentDocument);
