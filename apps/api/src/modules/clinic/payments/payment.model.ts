import { index, modelOptions, prop, type ReturnModelType } from '@typegoose/typegoose';
import { Types, type Connection } from 'mongoose';
import { modelOn } from '../../../db/model.js';
import { TenantScopedDocument } from '../../../db/tenant-scoped.js';
import { CURRENCIES, type Currency } from '../../tenants/tenant.constants.js';
import { PAYMENT_METHODS, type PaymentMethod } from '../clinic.constants.js';

/**
 * Money a clinic received: its revenue. Amounts are kept in minor units (cents), whole numbers,
 * so sums are exact on any server; the API speaks decimals with two places.
 */
@modelOptions({
  schemaOptions: {
    collection: 'payments',
    timestamps: { createdAt: 'created_date', updatedAt: 'updated_date' },
    versionKey: false,
  },
})
@index({ tenant_id: 1, paid_at: -1 })
@index({ tenant_id: 1, client_id: 1, paid_at: -1 })
@index({ tenant_id: 1, appointment_id: 1 })
@index({ tenant_id: 1, amount_cents: 1 })
@index({ tenant_id: 1, created_date: -1 })
export class PaymentDocument extends TenantScopedDocument {
  /** Who paid; null once the payer's personal data was erased (the payment stays for the books). */
  @prop({ type: () => Types.ObjectId, default: null })
  client_id!: Types.ObjectId | null;

  /** When the payer's identity was removed from the payment (GDPR erasure). */
  @prop({ type: () => Date, default: null })
  payer_erased_at!: Date | null;

  @prop({ type: () => Types.ObjectId, default: null })
  appointment_id!: Types.ObjectId | null;

  @prop({ type: () => Number, required: true })
  amount_cents!: number;

  @prop({ type: () => String, required: true, enum: CURRENCIES })
  currency!: Currency;

  @prop({ type: () => String, required: true, enum: PAYMENT_METHODS })
  method!: PaymentMethod;

  @prop({ type: () => Date, required: true })
  paid_at!: Date;

  @prop({ type: () => String, default: null })
  note!: string | null;

  created_date!: Date;
  updated_date!: Date;
}

export type PaymentModel = ReturnModelType<typeof PaymentDocument>;

export const createPaymentModel = (connection: Connection): PaymentModel =>
  modelOn(connection, PaymentDocument);
