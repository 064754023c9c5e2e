import { index, modelOptions, prop, Severity, type ReturnModelType } from '@typegoose/typegoose';
import type { Connection, Types } from 'mongoose';
import { modelOn } from '../../db/model.js';

/**
 * The ledger of erasures (GDPR article 17), kept so a restore from a backup taken before an
 * erasure can apply it again. It holds no personal data: a person is named only by a keyed hash
 * of their record id, which matches the restored record and nothing else. A platform collection:
 * it must outlive the tenants (and backups) it speaks of.
 */
@modelOptions({
  schemaOptions: {
    collection: 'privacy_erasures',
    timestamps: { createdAt: 'requested_at', updatedAt: 'updated_at' },
    versionKey: false,
    minimize: false,
  },
  options: { allowMixed: Severity.ALLOW },
})
@index({ tenant_id: 1, scope: 1, subject_ref: 1 }, { unique: true })
export class ErasureDocument {
  _id!: Types.ObjectId;

  @prop({ type: () => String, required: true })
  tenant_id!: string;

  @prop({ type: () => String, required: true, enum: ['person', 'tenant'] })
  scope!: 'person' | 'tenant';

  /** For a person: a keyed hash of the client's id; for a tenant: "tenant". */
  @prop({ type: () => String, required: true })
  subject_ref!: string;

  @prop({ type: () => String, required: true, enum: ['in_progress', 'completed'] })
  state!: 'in_progress' | 'completed';

  /** Who asked: admin:<id>, user:<id>. */
  @prop({ type: () => String, required: true })
  requested_by!: string;

  @prop({ type: () => Object, default: {} })
  erased!: Record<string, number>;

  @prop({ type: () => Date, default: null })
  completed_at!: Date | null;

  requested_at!: Date;
  updated_at!: Date;
}

export type ErasureModel = ReturnModelType<typeof ErasureDocument>;

export const createErasureModel = (connection: Connection): ErasureModel =>
  modelOn(connection, ErasureDocument);
