import { index, modelOptions, prop, type ReturnModelType } from '@typegoose/typegoose';
import type { Connection } from 'mongoose';
import { modelOn } from '../../db/model.js';
import { TenantScopedDocument } from '../../db/tenant-scoped.js';

/** A clinic's API key. Only a SHA-256 of the secret is kept; the key itself is shown once. */
@modelOptions({
  schemaOptions: {
    collection: 'api_keys',
    timestamps: { createdAt: 'created_date', updatedAt: false },
    versionKey: false,
  },
})
@index({ tenant_id: 1, prefix: 1 }, { unique: true })
export class ApiKeyDocument extends TenantScopedDocument {
  @prop({ type: () => String, required: true })
  name!: string;

  /** The key's public part, shown in lists so people can tell keys apart. */
  @prop({ type: () => String, required: true })
  prefix!: string;

  @prop({ type: () => String, required: true })
  secret_hash!: string;

  @prop({ type: () => String, required: true })
  created_by!: string;

  @prop({ type: () => Date, default: null })
  last_used_at!: Date | null;

  @prop({ type: () => Date, default: null })
  revoked_at!: Date | null;

  created_date!: Date;
}

export type ApiKeyModel = ReturnModelType<typeof ApiKeyDocument>;

export const createApiKeyModel = (connection: Connection): ApiKeyModel =>
  modelOn(connection, ApiKeyDocument);
