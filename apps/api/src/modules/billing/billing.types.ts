import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { stringEnum } from '../../common/enums.js';
import { BillingPlanEnum, CurrencyEnum } from '../tenants/tenant.types.js';
import type { BillingPlanId, Currency } from '../tenants/tenant.constants.js';
import {
  INVOICE_LINE_KINDS,
  INVOICE_STATUSES,
  SUBSCRIPTION_STATUSES,
  type InvoiceLineKind,
  type InvoiceStatus,
  type SubscriptionStatus,
} from './billing.constants.js';

export const SubscriptionStatusEnum = stringEnum(SUBSCRIPTION_STATUSES, 'SubscriptionStatus');
export const InvoiceStatusEnum = stringEnum(INVOICE_STATUSES, 'InvoiceStatus');
export const InvoiceLineKindEnum = stringEnum(INVOICE_LINE_KINDS, 'InvoiceLineKind');

const UNLIMITED = { nullable: true, description: 'Null means unlimited' } as const;

@ObjectType({
  description: "A plan's limits, the spec's { staff, clients, storage } (storage in GB)",
})
export class BillingLimits {
  @Field(() => Int, UNLIMITED)
  staff!: number | null;

  @Field(() => Int, UNLIMITED)
  clients!: number | null;

  @Field(() => Int, UNLIMITED)
  storage!: number | null;
}

@ObjectType()
export class PlanPrice {
  @Field(() => CurrencyEnum)
  currency!: Currency;

  @Field(() => Int, { description: 'Monthly price in minor units (cents, pence)' })
  amount!: number;
}

@ObjectType({ description: 'A plan of the catalog with its price in every currency' })
export class CatalogPlanInfo {
  @Field(() => BillingPlanEnum)
  id!: BillingPlanId;

  @Field(() => String)
  name!: string;

  @Field(() => Float, { description: 'USD list price per month, major units' })
  price_monthly!: number;

  @Field(() => [PlanPrice])
  prices!: PlanPrice[];

  @Field(() => [String], { description: "The plan's features in the spec's words" })
  features!: string[];

  @Field(() => BillingLimits)
  limits!: BillingLimits;
}

@ObjectType()
export class BillingUsage {
  @Field(() => Int)
  staff!: number;

  @Field(() => Int)
  clients!: number;

  @Field(() => Float)
  storage_gb!: number;
}

@ObjectType({ description: "A tenant's billing: the spec's shape plus what an admin needs" })
export class TenantBilling {
  @Field(() => ID)
  tenant_id!: string;

  @Field(() => BillingPlanEnum)
  plan!: BillingPlanId;

  @Field(() => Float, { description: 'Monthly price in major units, in the currency below' })
  price!: number;

  @Field(() => Int)
  price_minor!: number;

  @Field(() => CurrencyEnum)
  currency!: Currency;

  @Field(() => [String])
  features!: string[];

  @Field(() => BillingLimits)
  limits!: BillingLimits;

  @Field(() => BillingUsage, { description: 'What the limits are counted against now' })
  usage!: BillingUsage;

  @Field(() => Date, { nullable: true })
  next_billing_date!: Date | null;

  @Field(() => SubscriptionStatusEnum)
  status!: SubscriptionStatus;

  @Field(() => Int)
  trial_days!: number;

  @Field(() => Date, { nullable: true })
  trial_ends_at!: Date | null;

  @Field(() => Date)
  current_period_start!: Date;

  @Field(() => Date)
  current_period_end!: Date;

  @Field(() => Boolean)
  cancel_at_period_end!: boolean;

  @Field(() => BillingPlanEnum, { nullable: true, description: 'A downgrade at period end' })
  pending_plan!: BillingPlanId | null;

  @Field(() => Float, { description: 'Owed on open invoices less credit, major units' })
  balance!: number;

  @Field(() => String, { description: 'stripe or manual' })
  payment_provider!: string;

  @Field(() => String, { nullable: true })
  payment_method!: string | null;

  @Field(() => Date, { nullable: true })
  past_due_since!: Date | null;

  @Field(() => Int)
  dunning_attempts!: number;

  @Field(() => Date, { nullable: true })
  next_retry_at!: Date | null;
}

@ObjectType()
export class InvoiceLineInfo {
  @Field(() => InvoiceLineKindEnum)
  kind!: InvoiceLineKind;

  @Field(() => String)
  description!: string;

  @Field(() => Int, { description: 'Minor units; negative for credits' })
  amount!: number;
}

@ObjectType({ description: 'An invoice; amounts in minor units of its currency' })
export class Invoice {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  tenant_id!: string;

  @Field(() => String, { nullable: true, description: 'Sequential per platform, e.g. VC-000042' })
  number!: string | null;

  @Field(() => InvoiceStatusEnum)
  status!: InvoiceStatus;

  @Field(() => CurrencyEnum)
  currency!: Currency;

  @Field(() => BillingPlanEnum)
  plan!: BillingPlanId;

  @Field(() => [InvoiceLineInfo])
  lines!: InvoiceLineInfo[];

  @Field(() => Int)
  subtotal!: number;

  @Field(() => Int, { description: 'Basis points: 2000 is 20 %' })
  tax_rate_bps!: number;

  @Field(() => Int)
  tax!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  amount_paid!: number;

  @Field(() => Date, { nullable: true })
  period_start!: Date | null;

  @Field(() => Date, { nullable: true })
  period_end!: Date | null;

  @Field(() => Date, { nullable: true })
  issued_at!: Date | null;

  @Field(() => Date, { nullable: true })
  due_at!: Date | null;

  @Field(() => Date, { nullable: true })
  paid_at!: Date | null;

  @Field(() => String, { nullable: true })
  payment_reference!: string | null;

  @Field(() => Int)
  attempts!: number;
}

@ObjectType()
export class LimitOverage {
  @Field(() => String)
  limit!: string;

  @Field(() => Float)
  current!: number;

  @Field(() => Float)
  maximum!: number;
}

@ObjectType({ description: 'What a plan change would do, before it is confirmed' })
export class PlanChangePreviewInfo {
  @Field(() => ID)
  tenant_id!: string;

  @Field(() => BillingPlanEnum)
  from_plan!: BillingPlanId;

  @Field(() => BillingPlanEnum)
  to_plan!: BillingPlanId;

  @Field(() => String, { description: 'upgrade (now, prorated) or downgrade (at period end)' })
  kind!: string;

  @Field(() => CurrencyEnum)
  currency!: Currency;

  @Field(() => Int, { description: 'Credit for unused time on the current plan, minor units' })
  credit!: number;

  @Field(() => Int, { description: 'Charge for the rest of the period on the new plan' })
  charge!: number;

  @Field(() => Int)
  amount_due!: number;

  @Field(() => Date)
  effective_at!: Date;

  @Field(() => BillingLimits, { description: "The new plan's limits" })
  limits!: BillingLimits;

  @Field(() => [LimitOverage], { description: 'Why a downgrade would be refused' })
  blocked_by!: LimitOverage[];
}
