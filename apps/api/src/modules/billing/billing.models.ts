import { index, modelOptions, prop, type ReturnModelType } from '@typegoose/typegoose';
import type { Connection, Types } from 'mongoose';
import { modelOn } from '../../db/model.js';
import {
  BILLING_PLANS,
  CURRENCIES,
  type BillingPlanId,
  type Currency,
} from '../tenants/tenant.constants.js';
import {
  INVOICE_LINE_KINDS,
  INVOICE_STATUSES,
  SUBSCRIPTION_STATUSES,
  type InvoiceLineKind,
  type InvoiceStatus,
  type SubscriptionStatus,
} from './billing.constants.js';

/**
 * One small document per tenant (`_id` = tenant id) holding what its limits are checked against:
 * active staff, clients and stored bytes. A slot is claimed with a conditional `$inc`, so any
 * number of concurrent creations let exactly the free slots through; the reconcile job recounts.
 */
@modelOptions({ schemaOptions: { collection: 'billing_usage_counters', versionKey: false } })
export class UsageCounterDocument {
  @prop({ type: () => String, required: true })
  _id!: string;

  @prop({ type: () => Number, default: 0 })
  staff!: number;

  @prop({ type: () => Number, default: 0 })
  clients!: number;

  @prop({ type: () => Number, default: 0 })
  storage_bytes!: number;

  /** The highest alert threshold (percent) recorded per limit, so each crossing alerts once. */
  @prop({ type: () => Number, default: 0 })
  staff_alerted!: number;

  @prop({ type: () => Number, default: 0 })
  clients_alerted!: number;

  @prop({ type: () => Number, default: 0 })
  storage_alerted!: number;

  @prop({ type: () => Date, default: null })
  reconciled_at!: Date | null;
}

/** A crossing of 80 % or 100 % of a limit: what monitoring shows as a usage alert. */
@modelOptions({ schemaOptions: { collection: 'billing_usage_alerts', versionKey: false } })
@index({ tenant_id: 1, created_at: -1 })
export class UsageAlertDocument {
  _id!: Types.ObjectId;

  @prop({ type: () => String, required: true })
  tenant_id!: string;

  @prop({ type: () => String, required: true })
  limit!: string;

  @prop({ type: () => Number, required: true })
  threshold!: number;

  @prop({ type: () => Number, required: true })
  current!: number;

  @prop({ type: () => Number, required: true })
  maximum!: number;

  @prop({ type: () => String, required: true })
  plan!: string;

  /** On the injected clock. */
  @prop({ type: () => Date, required: true })
  created_at!: Date;
}

export class PaymentMethodSummary {
  @prop({ type: () => String, required: true })
  brand!: string;

  @prop({ type: () => String, required: true })
  last4!: string;
}

/** A tenant's subscription (`_id` = tenant id); the plan itself is the tenant's billing_plan. */
@modelOptions({
  schemaOptions: {
    collection: 'billing_subscriptions',
    timestamps: { createdAt: 'created_at', updatedAt: 'updated_at' },
    versionKey: false,
  },
})
@index({ status: 1 })
export class SubscriptionDocument {
  @prop({ type: () => String, required: true })
  _id!: string;

  @prop({ type: () => String, required: true, enum: SUBSCRIPTION_STATUSES })
  status!: SubscriptionStatus;

  @prop({ type: () => String, required: true, enum: CURRENCIES })
  currency!: Currency;

  @prop({ type: () => Number, required: true })
  trial_days!: number;

  @prop({ type: () => Date, default: null })
  trial_ends_at!: Date | null;

  @prop({ type: () => Date, required: true })
  current_period_start!: Date;

  @prop({ type: () => Date, required: true })
  current_period_end!: Date;

  @prop({ type: () => Boolean, default: false })
  cancel_at_period_end!: boolean;

  /** A downgrade waiting for the period's end. */
  @prop({ type: () => String, default: null, enum: [...BILLING_PLANS, null] })
  pending_plan!: BillingPlanId | null;

  /** Credit carried to the next invoice, in minor units. */
  @prop({ type: () => Number, default: 0 })
  balance!: number;

  @prop({ type: () => String, default: null })
  provider_customer_id!: string | null;

  @prop({ type: () => PaymentMethodSummary, _id: false, default: null })
  payment_method!: PaymentMethodSummary | null;

  /** When the oldest unpaid invoice first failed; null while nothing is overdue. */
  @prop({ type: () => Date, default: null })
  past_due_since!: Date | null;

  /** How many of the dunning retries have run. */
  @prop({ type: () => Number, default: 0 })
  dunning_attempts!: number;

  @prop({ type: () => Date, default: null })
  next_retry_at!: Date | null;

  @prop({ type: () => String, default: null })
  last_failure!: string | null;

  created_at!: Date;
  updated_at!: Date;
}

export class InvoiceLine {
  @prop({ type: () => String, required: true, enum: INVOICE_LINE_KINDS })
  kind!: InvoiceLineKind;

  @prop({ type: () => String, required: true })
  description!: string;

  /** Minor units; negative for credits. */
  @prop({ type: () => Number, required: true })
  amount!: number;
}

/**
 * An invoice. `key` names what it bills (`period:2026-12-01`, `proration:<ms>`); unique per
 * tenant, so two processes billing the same period make one. The platform-wide sequential
 * `number` is given when the draft is finalized, so numbers have no gaps.
 */
@modelOptions({
  schemaOptions: {
    collection: 'billing_invoices',
    timestamps: { createdAt: 'created_at', updatedAt: 'updated_at' },
    versionKey: false,
  },
})
@index({ tenant_id: 1, key: 1 }, { unique: true })
@index({ tenant_id: 1, created_at: -1 })
@index({ status: 1 })
export class InvoiceDocument {
  _id!: Types.ObjectId;

  @prop({ type: () => String, required: true })
  tenant_id!: string;

  @prop({ type: () => String, required: true })
  key!: string;

  @prop({ type: () => String, default: null })
  number!: string | null;

  @prop({ type: () => String, required: true, enum: INVOICE_STATUSES })
  status!: InvoiceStatus;

  @prop({ type: () => String, required: true, enum: CURRENCIES })
  currency!: Currency;

  @prop({ type: () => String, required: true, enum: BILLING_PLANS })
  plan!: BillingPlanId;

  @prop({ type: () => [InvoiceLine], _id: false, default: [] })
  lines!: InvoiceLine[];

  @prop({ type: () => Number, required: true })
  subtotal!: number;

  /** Basis points (2000 = 20 %). */
  @prop({ type: () => Number, default: 0 })
  tax_rate_bps!: number;

  @prop({ type: () => Number, default: 0 })
  tax!: number;

  @prop({ type: () => Number, required: true })
  total!: number;

  @prop({ type: () => Number, default: 0 })
  amount_paid!: number;

  @prop({ type: () => Date, default: null })
  period_start!: Date | null;

  @prop({ type: () => Date, default: null })
  period_end!: Date | null;

  @prop({ type: () => Date, default: null })
  issued_at!: Date | null;

  @prop({ type: () => Date, default: null })
  due_at!: Date | null;

  @prop({ type: () => Date, default: null })
  paid_at!: Date | null;

  /** How it was paid: `manual:<note>`, `stripe:<payment intent>`. */
  @prop({ type: () => String, default: null })
  payment_reference!: string | null;

  @prop({ type: () => Number, default: 0 })
  attempts!: number;

  created_at!: Date;
  updated_at!: Date;
}

/** Platform counters (`_id` = name), e.g. the last invoice number. */
@modelOptions({ schemaOptions: { collection: 'billing_sequences', versionKey: false } })
export class SequenceDocument {
  @prop({ type: () => String, required: true })
  _id!: string;

  @prop({ type: () => Number, default: 0 })
  value!: number;
}

/** A Stripe event seen (`_id` = event id), recorded before its effect so it applies once. */
@modelOptions({
  schemaOptions: {
    collection: 'billing_webhook_events',
    timestamps: { createdAt: 'received_at', updatedAt: false },
    versionKey: false,
  },
})
export class WebhookEventDocument {
  @prop({ type: () => String, required: true })
  _id!: string;

  @prop({ type: () => String, required: true })
  type!: string;

  @prop({ type: () => String, required: true })
  outcome!: string;

  received_at!: Date;
}

export function createBillingModels(connection: Connection) {
  return {
    billingUsageCounters: modelOn(connection, UsageCounterDocument),
    billingUsageAlerts: modelOn(connection, UsageAlertDocument),
    billingSubscriptions: modelOn(connection, SubscriptionDocument),
    billingInvoices: modelOn(connection, InvoiceDocument),
    billingSequences: modelOn(connection, SequenceDocument),
    billingWebhookEvents: modelOn(connection, WebhookEventDocument),
  };
}

export type BillingModels = ReturnType<typeof createBillingModels>;
export type UsageCounterModel = ReturnModelType<typeof UsageCounterDocument>;
export type SubscriptionModel = ReturnModelType<typeof SubscriptionDocument>;
export type InvoiceModel = ReturnModelType<typeof InvoiceDocument>;
