import { index, modelOptions, plugin, prop, type ReturnModelType } from '@typegoose/typegoose';
import type { Connection, Types } from 'mongoose';
import { encryptedFieldsPlugin } from '../../db/encrypted-fields.plugin.js';
import { modelOn } from '../../db/model.js';
import {
  BILLING_PLANS,
  CURRENCIES,
  LANGUAGES,
  TENANT_STATUSES,
  type BillingPlanId,
  type Currency,
  type Language,
  type TenantStatus,
} from './tenant.constants.js';

/**
 * The spec's Tenants collection. A platform collection: it is not tenant-scoped itself.
 *
 * `domain_key` exists because FerretDB v1 has neither partial nor sparse indexes: it holds the
 * custom domain when there is one and a per-tenant placeholder otherwise, so one plain unique
 * index gives "unique when set" on both FerretDB and MongoDB.
 *
 * The clinic's contact fields are encrypted at rest with the platform's keys; the contact e-mail
 * stays searchable (keyed tokens) and can be looked up exactly (a keyed hash).
 */
@plugin(encryptedFieldsPlugin, {
  scope: 'platform',
  fields: {
    contact_email: { search: 'email', exact: true },
    contact_phone: {},
    address: {},
  },
})
@modelOptions({
  schemaOptions: {
    collection: 'tenants',
    timestamps: { createdAt: 'created_date', updatedAt: 'updated_date' },
    versionKey: false,
  },
})
@index({ slug: 1 }, { unique: true })
@index({ domain_key: 1 }, { unique: true })
@index({ created_date: -1 })
@index({ updated_date: -1 })
@index({ name: 1 })
@index({ status: 1, created_date: -1 })
@index({ status: 1, deleted_at: 1 })
@index({ billing_plan: 1, created_date: -1 })
@index({ 'pii.tokens.contact_email': 1 })
@index({ 'pii.exact.contact_email': 1 })
export class TenantDocument {
  _id!: Types.ObjectId;

  @prop({ type: () => String, required: true })
  name!: string;

  @prop({ type: () => String, required: true })
  slug!: string;

  @prop({ type: () => String, default: null })
  domain!: string | null;

  @prop({ type: () => String, required: true })
  domain_key!: string;

  @prop({ type: () => String, required: true, enum: TENANT_STATUSES })
  status!: TenantStatus;

  @prop({ type: () => String, required: true, enum: BILLING_PLANS })
  billing_plan!: BillingPlanId;

  @prop({ type: () => String, required: true })
  contact_email!: string;

  @prop({ type: () => String, default: null })
  contact_phone!: string | null;

  @prop({ type: () => String, default: null })
  address!: string | null;

  @prop({ type: () => String, required: true })
  timezone!: string;

  @prop({ type: () => String, required: true, enum: CURRENCIES })
  currency!: Currency;

  @prop({ type: () => String, required: true, enum: LANGUAGES })
  language!: Language;

  @prop({ type: () => String, default: null })
  theme_json!: string | null;

  @prop({ type: () => String, default: null })
  features_json!: string | null;

  @prop({ type: () => Number, default: null })
  max_staff!: number | null;

  @prop({ type: () => Number, default: null })
  max_clients!: number | null;

  @prop({ type: () => Number, default: null })
  max_storage_gb!: number | null;

  @prop({ type: () => Boolean, default: false })
  custom_branding!: boolean;

  @prop({ type: () => Boolean, default: false })
  sso_enabled!: boolean;

  @prop({ type: () => Boolean, default: false })
  api_access!: boolean;

  @prop({ type: () => String, default: null })
  suspension_reason!: string | null;

  @prop({ type: () => Date, default: null })
  suspended_at!: Date | null;

  /** Set by soft deletion; the purge job erases the tenant's data once retention has passed. */
  @prop({ type: () => Date, default: null })
  deleted_at!: Date | null;

  /** A custom domain routes to the clinic only once its DNS TXT record proves ownership. */
  @prop({ type: () => Boolean, default: false })
  domain_verified!: boolean;

  @prop({ type: () => String, default: null })
  domain_verification_token!: string | null;

  created_date!: Date;
  updated_date!: Date;
}

export type TenantModel = ReturnModelType<typeof TenantDocument>;

export const noDomainKey = (id: Types.ObjectId): string => `~${id.toHexString()}`;

export const createTenantModel = (connection: Connection): TenantModel =>
  modelOn(connection, TenantDocument);
