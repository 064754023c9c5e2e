import type { Types } from 'mongoose';
import { CURRENCIES, type Currency } from '../../tenants/tenant.constants.js';
import {
  CLINIC_MAX_LENGTH,
  MAX_PAYMENT_AMOUNT,
  PAYMENT_METHODS,
  type PaymentMethod,
} from '../clinic.constants.js';
import { FieldReader, setIfGiven } from '../../../common/field-reader.js';

export interface PaymentFields {
  client_id: Types.ObjectId;
  appointment_id: Types.ObjectId | null;
  /** Minor units: 120.50 is 12050. */
  amount_cents: number;
  currency: Currency;
  method: PaymentMethod;
  paid_at: Date;
  note: string | null;
}

/** As callers send them: `amount` in major units rather than amount_cents. */
export type PaymentField = Exclude<keyof PaymentFields, 'amount_cents'> | 'amount';
export type PaymentInput = Partial<Record<PaymentField, unknown>>;

/** Clocks differ a little between a clinic's till and our servers. */
const CLOCK_SKEW_MS = 5 * 60_000;
const OLDEST_PAYMENT_MS = 10 * 366 * 24 * 60 * 60_000;

export function validatePaymentFields(
  input: PaymentInput,
  mode: 'create' | 'update',
  now: Date = new Date(),
): Partial<PaymentFields> {
  const reader = new FieldReader<PaymentField>(input);
  if (mode === 'create') reader.requirePresent(['client_id', 'amount', 'method']);
  const out: Partial<PaymentFields> = {};
  if (mode === 'create') setIfGiven(out, 'client_id', reader.id('client_id') ?? undefined);
  else if (reader.given('client_id')) {
    reader.add('client_id', 'cannot change; record a new payment for another client');
  }
  setIfGiven(out, 'appointment_id', reader.id('appointment_id', true));
  setIfGiven(out, 'currency', reader.oneOf('currency', CURRENCIES) ?? undefined);
  setIfGiven(out, 'method', reader.oneOf('method', PAYMENT_METHODS) ?? undefined);
  setIfGiven(out, 'note', reader.text('note', CLINIC_MAX_LENGTH.note, true));

  const amount = reader.decimal('amount', MAX_PAYMENT_AMOUNT, 2);
  if (typeof amount === 'number') out.amount_cents = Math.round(amount * 100);

  const paidAt = reader.dateTime('paid_at');
  if (paidAt) {
    if (paidAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      reader.add('paid_at', 'cannot be in the future');
    } else if (paidAt.getTime() < now.getTime() - OLDEST_PAYMENT_MS) {
      reader.add('paid_at', 'cannot be more than ten years ago');
    } else out.paid_at = paidAt;
  }

  reader.done();
  return out;
}

export const toMajorUnits = (cents: number): number => cents / 100;
