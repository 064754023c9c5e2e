import { index, modelOptions, prop, type ReturnModelType } from '@typegoose/typegoose';
import type { Connection } from 'mongoose';
import { modelOn } from '../../../db/model.js';
import { TenantScopedDocument } from '../../../db/tenant-scoped.js';

/** A pet owner: the clinic's customer. Counts toward max_clients. */
@modelOptions({
  schemaOptions: {
    collection: 'clients',
    timestamps: { createdAt: 'created_date', updatedAt: 'updated_date' },
    versionKey: false,
  },
})
@index({ tenant_id: 1, last_name: 1, first_name: 1 })
@index({ tenant_id: 1, first_name: 1 })
@index({ tenant_id: 1, email: 1 })
@index({ tenant_id: 1, created_date: -1 })
export class ClientDocument extends TenantScopedDocument {
  @prop({ type: () => String, required: true })
  first_name!: string;

  @prop({ type: () => String, required: true })
  last_name!: string;

  /** Not unique: family members often share one address. */
  @prop({ type: () => String, default: null })
  email!: string | null;

  @prop({ type: () => String, default: null })
  phone!: string | null;

  @prop({ type: () => String, default: null })
  address!: string | null;

  @prop({ type: () => String, default: null })
  notes!: string | null;

  created_date!: Date;
  updated_date!: Date;
}

export type ClientModel = ReturnModelType<typeof ClientDocument>;

export const createClientModel = (connection: Connection): ClientModel =>
  modelOn(connection, ClientDocument);
