import { index, modelOptions, plugin, prop, type ReturnModelType } from '@typegoose/typegoose';
import type { Connection } from 'mongoose';
import {
  encryptedFieldsPlugin,
  type EncryptedFieldsOptions,
} from '../../../db/encrypted-fields.plugin.js';
import { modelOn } from '../../../db/model.js';
import { TenantScopedDocument } from '../../../db/tenant-scoped.js';

/**
 * Every field that says who the owner is: encrypted at rest. Names, e-mail and phone are
 * searchable through keyed tokens, names and e-mail sortable by a first-letter key, and the
 * e-mail can be looked up exactly (a keyed hash).
 */
export const CLIENT_ENCRYPTION: EncryptedFieldsOptions = {
  scope: 'tenant',
  fields: {
    first_name: { search: 'text', sort: true },
    last_name: { search: 'text', sort: true },
    email: { search: 'email', exact: true, sort: true },
    phone: { search: 'phone' },
    address: {},
    notes: {},
  },
};

/** A pet owner: the clinic's customer. Counts toward max_clients. */
@plugin(encryptedFieldsPlugin, CLIENT_ENCRYPTION)
@modelOptions({
  schemaOptions: {
    collection: 'clients',
    timestamps: { createdAt: 'created_date', updatedAt: 'updated_date' },
    versionKey: false,
  },
})
@index({ tenant_id: 1, 'pii.sort.last_name': 1 })
@index({ tenant_id: 1, 'pii.sort.first_name': 1 })
@index({ tenant_id: 1, 'pii.sort.email': 1 })
@index({ tenant_id: 1, 'pii.exact.email': 1 })
@index({ tenant_id: 1, 'pii.tokens.last_name': 1 })
@index({ tenant_id: 1, 'pii.tokens.first_name': 1 })
@index({ tenant_id: 1, 'pii.tokens.email': 1 })
@index({ tenant_id: 1, 'pii.tokens.phone': 1 })
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
