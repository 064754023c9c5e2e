import { index, modelOptions, prop, type ReturnModelType } from '@typegoose/typegoose';
import type { Connection, Types } from 'mongoose';
import { modelOn } from '../../../db/model.js';
import {
  ALERT_RULES,
  ALERT_SEVERITIES,
  ALERT_STATES,
  type AlertRuleName,
  type AlertSeverity,
  type AlertState,
} from './alert.constants.js';

/**
 * An alert: a rule that holds for a subject (the platform, an incident, a tenant's invoice or
 * limit). A platform collection. `open_key` is `rule|subject` while the alert is unresolved, so
 * one condition is one alert however often it is evaluated or by how many instances; resolving
 * frees the key (a plain unique index: FerretDB v1 has no partial ones). Times come from the
 * injected clock.
 */
@modelOptions({ schemaOptions: { collection: 'alerts', versionKey: false } })
@index({ open_key: 1 }, { unique: true })
@index({ state: 1, fired_at: -1 })
@index({ fired_at: -1 })
export class AlertDocument {
  _id!: Types.ObjectId;

  @prop({ type: () => String, required: true, enum: ALERT_RULES })
  rule!: AlertRuleName;

  @prop({ type: () => String, required: true, enum: ALERT_SEVERITIES })
  severity!: AlertSeverity;

  @prop({ type: () => String, required: true, enum: ALERT_STATES, default: 'firing' })
  state!: AlertState;

  @prop({ type: () => String, required: true })
  subject!: string;

  @prop({ type: () => String, required: true })
  open_key!: string;

  @prop({ type: () => String, default: null })
  tenant_id!: string | null;

  @prop({ type: () => String, required: true })
  title!: string;

  @prop({ type: () => String, required: true })
  message!: string;

  /** The measured value that fired it (a rate, milliseconds), when the rule measures one. */
  @prop({ type: () => Number, default: null })
  value!: number | null;

  @prop({ type: () => Number, default: null })
  threshold!: number | null;

  @prop({ type: () => Date, required: true })
  fired_at!: Date;

  /** Evaluations that found it holding (1 when it was raised). */
  @prop({ type: () => Number, default: 0 })
  evaluations!: number;

  /** The last evaluation that found the condition still holding. */
  @prop({ type: () => Date, required: true })
  last_seen_at!: Date;

  @prop({ type: () => Date, default: null })
  acknowledged_at!: Date | null;

  @prop({ type: () => String, default: null })
  acknowledged_by!: string | null;

  @prop({ type: () => Date, default: null })
  resolved_at!: Date | null;

  /** `system` when the condition ended by itself, else the admin who resolved it. */
  @prop({ type: () => String, default: null })
  resolved_by!: string | null;

  @prop({ type: () => String, default: null })
  note!: string | null;
}

export type AlertModel = ReturnModelType<typeof AlertDocument>;

export const createAlertModel = (connection: Connection): AlertModel =>
  modelOn(connection, AlertDocument);
