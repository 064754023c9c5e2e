import { index, modelOptions, prop, Severity, type ReturnModelType } from '@typegoose/typegoose';
import { Schema, type Connection } from 'mongoose';
import { modelOn } from '../../db/model.js';
import { TenantScopedDocument } from '../../db/tenant-scoped.js';

export type CounterMap = Record<string, number>;

/**
 * One tenant's counters for one day of its timezone: the durable copy of the Redis day hashes
 * (usage events, performance, per-operation performance, clinic activity). Written only by the
 * flush, which adds what changed since the last flush; `last_flush` makes that addition happen
 * once per flush however often a crashed flush is run again. `key` ("{tenant}:{day}") is unique,
 * so a second document for the same tenant and day cannot exist.
 */
@modelOptions({
  schemaOptions: { collection: 'usage_rollups', versionKey: false, minimize: false },
  options: { allowMixed: Severity.ALLOW },
})
@index({ tenant_id: 1, key: 1 }, { unique: true })
@index({ tenant_id: 1, day: 1 })
export class UsageRollupDocument extends TenantScopedDocument {
  @prop({ type: () => String, required: true })
  key!: string;

  /** "YYYY-MM-DD" in the tenant's timezone. */
  @prop({ type: () => String, required: true })
  day!: string;

  @prop({ type: () => Schema.Types.Mixed, default: {} })
  usage!: CounterMap;

  @prop({ type: () => Schema.Types.Mixed, default: {} })
  perf!: CounterMap;

  /** Operation → metric → value. */
  @prop({ type: () => Schema.Types.Mixed, default: {} })
  ops!: Record<string, CounterMap>;

  @prop({ type: () => Schema.Types.Mixed, default: {} })
  clinic!: CounterMap;

  /** The last flush added here (flush ids only grow). */
  @prop({ type: () => Number, required: true })
  last_flush!: number;
}

/** The platform's counters for one UTC day; same rules as the tenants' rollups. */
@modelOptions({
  schemaOptions: { collection: 'platform_rollups', versionKey: false, minimize: false },
  options: { allowMixed: Severity.ALLOW },
})
@index({ day: 1 }, { unique: true })
export class PlatformRollupDocument {
  @prop({ type: () => String, required: true })
  day!: string;

  @prop({ type: () => Schema.Types.Mixed, default: {} })
  usage!: CounterMap;

  @prop({ type: () => Schema.Types.Mixed, default: {} })
  perf!: CounterMap;

  @prop({ type: () => Schema.Types.Mixed, default: {} })
  ops!: Record<string, CounterMap>;

  @prop({ type: () => Schema.Types.Mixed, default: {} })
  clinic!: CounterMap;

  @prop({ type: () => Number, required: true })
  last_flush!: number;
}

export type UsageRollupModel = ReturnModelType<typeof UsageRollupDocument>;
export type PlatformRollupModel = ReturnModelType<typeof PlatformRollupDocument>;

export const createUsageRollupModel = (connection: Connection): UsageRollupModel =>
  modelOn(connection, UsageRollupDocument);
export const createPlatformRollupModel = (connection: Connection): PlatformRollupModel =>
  modelOn(connection, PlatformRollupDocument);
