import { index, modelOptions, prop, type ReturnModelType } from '@typegoose/typegoose';
import type { Connection, Types } from 'mongoose';
import { modelOn } from '../../db/model.js';
import {
  INCIDENT_RULES,
  INCIDENT_SEVERITIES,
  INCIDENT_STATES,
  RESPONSE_ACTIONS,
  RESPONSE_OUTCOMES,
  type IncidentRule,
  type IncidentSeverity,
  type IncidentState,
  type ResponseAction,
  type ResponseOutcome,
} from './incident.constants.js';

/** An automatic response taken when the incident was raised, and how it went. */
export class IncidentResponse {
  @prop({ type: () => String, required: true, enum: RESPONSE_ACTIONS })
  action!: ResponseAction;

  /** What it acted on: `admin:<id>`, `user:<id>`, `api_key:<id>`. */
  @prop({ type: () => String, required: true })
  target!: string;

  @prop({ type: () => String, required: true, enum: RESPONSE_OUTCOMES })
  outcome!: ResponseOutcome;

  @prop({ type: () => Date, default: null })
  until!: Date | null;

  @prop({ type: () => Date, required: true })
  at!: Date;
}

/**
 * A security incident: a suspicious pattern a rule saw in the audit trail, with its evidence
 * (security log entry ids) and what was done about it. A platform collection: admins triage
 * incidents of every clinic.
 *
 * `open_key` is the rule and subject while the incident is unresolved, so a pattern that goes on
 * adds to one incident instead of opening many; resolving it frees the key (a plain unique index:
 * FerretDB v1 has no partial ones).
 */
@modelOptions({
  schemaOptions: {
    collection: 'security_incidents',
    timestamps: { createdAt: 'raised_at', updatedAt: 'updated_at' },
    versionKey: false,
  },
})
@index({ open_key: 1 }, { unique: true })
@index({ state: 1, raised_at: -1 })
@index({ tenant_id: 1, raised_at: -1 })
@index({ raised_at: -1 })
export class IncidentDocument {
  _id!: Types.ObjectId;

  @prop({ type: () => String, required: true, enum: INCIDENT_RULES })
  rule!: IncidentRule;

  @prop({ type: () => String, required: true, enum: INCIDENT_SEVERITIES })
  severity!: IncidentSeverity;

  @prop({ type: () => String, required: true, enum: INCIDENT_STATES, default: 'open' })
  state!: IncidentState;

  @prop({ type: () => String, required: true })
  title!: string;

  @prop({ type: () => String, required: true })
  summary!: string;

  @prop({ type: () => String, default: null })
  tenant_id!: string | null;

  /** Who or what the pattern is about: `admin:<id>`, `ip:<address>`, `api_key:<id>`, ... */
  @prop({ type: () => String, required: true })
  subject!: string;

  @prop({ type: () => String, required: true })
  open_key!: string;

  /** Security log entry ids. */
  @prop({ type: () => [String], default: [] })
  evidence!: string[];

  /** How many times the rule fired for it. */
  @prop({ type: () => Number, default: 1 })
  occurrences!: number;

  @prop({ type: () => [IncidentResponse], _id: false, default: [] })
  responses!: IncidentResponse[];

  @prop({ type: () => Date, required: true })
  last_seen_at!: Date;

  @prop({ type: () => Date, default: null })
  acknowledged_at!: Date | null;

  @prop({ type: () => String, default: null })
  acknowledged_by!: string | null;

  @prop({ type: () => Date, default: null })
  resolved_at!: Date | null;

  @prop({ type: () => String, default: null })
  resolved_by!: string | null;

  @prop({ type: () => String, default: null })
  note!: string | null;

  raised_at!: Date;
  updated_at!: Date;
}

export type IncidentModel = ReturnModelType<typeof IncidentDocument>;

export const createIncidentModel = (connection: Connection): IncidentModel =>
  modelOn(connection, IncidentDocument);
