import { index, modelOptions, prop, type ReturnModelType } from '@typegoose/typegoose';
import { Types, type Connection } from 'mongoose';
import { modelOn } from '../../../db/model.js';
import { TenantScopedDocument } from '../../../db/tenant-scoped.js';
import { PATIENT_SEXES, SPECIES, type PatientSex, type Species } from '../clinic.constants.js';

/**
 * A pet, owned by one client.
 *
 * `microchip_key` exists because FerretDB v1 has neither partial nor sparse indexes: it holds the
 * microchip number when there is one and a per-patient placeholder otherwise, so one plain unique
 * index gives "unique within the clinic when set" on both FerretDB and MongoDB.
 */
@modelOptions({
  schemaOptions: {
    collection: 'patients',
    timestamps: { createdAt: 'created_date', updatedAt: 'updated_date' },
    versionKey: false,
  },
})
@index({ tenant_id: 1, microchip_key: 1 }, { unique: true })
@index({ tenant_id: 1, client_id: 1, name: 1 })
@index({ tenant_id: 1, name: 1 })
@index({ tenant_id: 1, species: 1, name: 1 })
@index({ tenant_id: 1, created_date: -1 })
export class PatientDocument extends TenantScopedDocument {
  @prop({ type: () => String, required: true })
  name!: string;

  @prop({ type: () => String, required: true, enum: SPECIES })
  species!: Species;

  @prop({ type: () => String, default: null })
  breed!: string | null;

  @prop({ type: () => String, required: true, enum: PATIENT_SEXES, default: 'unknown' })
  sex!: PatientSex;

  /** A calendar date, "2019-04-23": a birthday has no time of day or zone. */
  @prop({ type: () => String, default: null })
  date_of_birth!: string | null;

  @prop({ type: () => Number, default: null })
  weight_kg!: number | null;

  @prop({ type: () => String, default: null })
  microchip_id!: string | null;

  @prop({ type: () => String, required: true })
  microchip_key!: string;

  /** The owner: a client of the same clinic. */
  @prop({ type: () => Types.ObjectId, required: true })
  client_id!: Types.ObjectId;

  @prop({ type: () => String, default: null })
  notes!: string | null;

  created_date!: Date;
  updated_date!: Date;
}

export type PatientModel = ReturnModelType<typeof PatientDocument>;

export const noMicrochipKey = (id: Types.ObjectId): string => `~${id.toHexString()}`;

export const createPatientModel = (connection: Connection): PatientModel =>
  modelOn(connection, PatientDocument);
