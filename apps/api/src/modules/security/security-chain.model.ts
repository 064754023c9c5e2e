import { modelOptions, prop, Severity, type ReturnModelType } from '@typegoose/typegoose';
import type { Connection } from 'mongoose';
import { modelOn } from '../../db/model.js';

/** Where a pruned chain now starts: the last pruned entry's position and hash, with an HMAC. */
export class ChainAnchor {
  @prop({ type: () => Number, required: true })
  seq!: number;

  @prop({ type: () => String, required: true })
  hash!: string;

  @prop({ type: () => Date, required: true })
  pruned_at!: Date;

  @prop({ type: () => String, required: true })
  key_id!: string;

  @prop({ type: () => String, required: true })
  mac!: string;
}

/** The outcome of the last verification of a chain, for the console's chain status. */
@modelOptions({ options: { allowMixed: Severity.ALLOW } })
export class ChainVerificationRecord {
  @prop({ type: () => Boolean, required: true })
  ok!: boolean;

  @prop({ type: () => Date, required: true })
  verified_at!: Date;

  @prop({ type: () => Number, required: true })
  entries!: number;

  @prop({ type: () => Object, default: null })
  problem!: Record<string, unknown> | null;
}

/**
 * One small document per chain (a tenant's, or `platform`): its last known entry, advanced by a
 * conditional update after each append; the anchor left by retention pruning; and the last
 * verification. The head is a hint that saves reading the log: writers that find it behind (a
 * crash between the insert and the update) walk forward from it.
 */
@modelOptions({
  schemaOptions: { collection: 'security_chain_heads', versionKey: false, minimize: false },
  options: { allowMixed: Severity.ALLOW },
})
export class SecurityChainDocument {
  /** The tenant id, or "platform". */
  @prop({ type: () => String, required: true })
  _id!: string;

  @prop({ type: () => Number, required: true, default: 0 })
  seq!: number;

  @prop({ type: () => String, required: true })
  hash!: string;

  @prop({ type: () => Date, default: null })
  updated_at!: Date | null;

  @prop({ type: () => ChainAnchor, _id: false, default: null })
  anchor!: ChainAnchor | null;

  @prop({ type: () => ChainVerificationRecord, _id: false, default: null })
  last_verification!: ChainVerificationRecord | null;
}

export type SecurityChainModel = ReturnModelType<typeof SecurityChainDocument>;

export const createSecurityChainModel = (connection: Connection): SecurityChainModel =>
  modelOn(connection, SecurityChainDocument);
