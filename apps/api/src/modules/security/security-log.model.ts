import { index, modelOptions, prop, Severity, type ReturnModelType } from '@typegoose/typegoose';
import type { Connection, Types } from 'mongoose';
import { modelOn } from '../../db/model.js';

/**
 * The spec's Security Logs collection, as a tamper-evident audit trail. A platform collection,
 * not tenant-scoped: it records events with no tenant (an admin's failed sign-in) and admins read
 * it across tenants; it outlives the tenants it speaks of.
 *
 * Entries form one hash chain per tenant and one for the platform (tenant_id null): each holds
 * `prev_hash`, the `hash` of the entry before it in its chain, and its own `hash`, an HMAC over
 * its content and `prev_hash` (see audit-chain.ts). `seq` orders a chain; the unique index on
 * (tenant_id, seq) is what lets several API processes append without a transaction.
 */
@modelOptions({
  schemaOptions: { collection: 'security_logs', versionKey: false, minimize: false },
  options: { allowMixed: Severity.ALLOW },
})
@index({ tenant_id: 1, seq: 1 }, { unique: true })
@index({ tenant_id: 1, timestamp: -1 })
@index({ tenant_id: 1, hash: 1 })
@index({ event: 1, timestamp: -1 })
@index({ actor: 1, timestamp: -1 })
@index({ timestamp: -1 })
export class SecurityLogDocument {
  _id!: Types.ObjectId;

  /** The chain: a tenant's, or the platform's when null. */
  @prop({ type: () => String, default: null })
  tenant_id!: string | null;

  @prop({ type: () => Number, required: true })
  seq!: number;

  @prop({ type: () => String, required: true })
  event!: string;

  /** Who did it: `admin:<id>`, `user:<id>`, `api_key:<id>`, `anonymous` or `system`. */
  @prop({ type: () => String, required: true })
  actor!: string;

  /** A readable name for the actor where the platform may keep one (an admin's e-mail). */
  @prop({ type: () => String, default: null })
  actor_label!: string | null;

  @prop({ type: () => Object, default: {} })
  details!: Record<string, unknown>;

  @prop({ type: () => String, default: null })
  ip_address!: string | null;

  @prop({ type: () => String, default: null })
  user_agent!: string | null;

  @prop({ type: () => Date, required: true })
  timestamp!: Date;

  /** How many occurrences the entry stands for: repeated refusals in a window become one. */
  @prop({ type: () => Number, default: 1 })
  count!: number;

  /** For an aggregated entry: the window its repeats fell in. */
  @prop({ type: () => Date, default: null })
  window_start!: Date | null;

  @prop({ type: () => Date, default: null })
  window_end!: Date | null;

  @prop({ type: () => String, required: true })
  prev_hash!: string;

  @prop({ type: () => String, required: true })
  hash!: string;

  /** The HMAC key the hash was made with. */
  @prop({ type: () => String, required: true })
  key_id!: string;
}

export type SecurityLogModel = ReturnModelType<typeof SecurityLogDocument>;

export const createSecurityLogModel = (connection: Connection): SecurityLogModel =>
  modelOn(connection, SecurityLogDocument);
