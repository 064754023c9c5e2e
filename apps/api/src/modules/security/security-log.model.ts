import { index, modelOptions, prop, Severity, type ReturnModelType } from '@typegoose/typegoose';
import type { Connection, Types } from 'mongoose';
import { modelOn } from '../../db/model.js';

/**
 * The spec's Security Logs collection. A platform collection, not tenant-scoped: it records
 * events with no tenant (an admin's failed sign-in) and admins read it across tenants.
 */
@modelOptions({
  schemaOptions: { collection: 'security_logs', versionKey: false },
  options: { allowMixed: Severity.ALLOW },
})
@index({ tenant_id: 1, timestamp: -1 })
@index({ event: 1, timestamp: -1 })
@index({ timestamp: -1 })
export class SecurityLogDocument {
  _id!: Types.ObjectId;

  @prop({ type: () => String, default: null })
  tenant_id!: string | null;

  @prop({ type: () => String, required: true })
  event!: string;

  @prop({ type: () => Object, default: {} })
  details!: Record<string, unknown>;

  @prop({ type: () => String, default: null })
  ip_address!: string | null;

  @prop({ type: () => String, default: null })
  user_agent!: string | null;

  @prop({ type: () => Date, required: true })
  timestamp!: Date;
}

export type SecurityLogModel = ReturnModelType<typeof SecurityLogDocument>;

export const createSecurityLogModel = (connection: Connection): SecurityLogModel =>
  modelOn(connection, SecurityLogDocument);
