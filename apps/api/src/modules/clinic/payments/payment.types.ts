import { Field, Float, ID, ObjectType } from 'type-graphql';
import { stringEnum } from '../../../common/enums.js';
import type { Currency } from '../../tenants/tenant.constants.js';
import { CurrencyEnum } from '../../tenants/tenant.types.js';
import { PAYMENT_METHODS, PAYMENT_SORT_FIELDS, type PaymentMethod } from '../clinic.constants.js';
import { PageOf } from '../shared/page.types.js';

export const PaymentMethodEnum = stringEnum(PAYMENT_METHODS, 'PaymentMethod');
export const PaymentSortFieldEnum = stringEnum(PAYMENT_SORT_FIELDS, 'PaymentSortField');

@ObjectType({ description: 'Money the clinic received: its revenue' })
export class Payment {
  @Field(() => ID)
  id!: string;

  /** Not in the schema: nested lookups use it to stay inside the record's own tenant. */
  tenant_id!: string;

  @Field(() => ID, {
    nullable: true,
    description: "Who paid; null once the payer's personal data was erased",
  })
  client_id!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "When the payer's identity was erased; the payment is kept for the books",
  })
  payer_erased_at!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The visit paid for, if any' })
  appointment_id!: string | null;

  @Field(() => Float, { description: 'In major units with two decimals: 120.5 is 120.50' })
  amount!: number;

  @Field(() => CurrencyEnum)
  currency!: Currency;

  @Field(() => PaymentMethodEnum)
  method!: PaymentMethod;

  @Field(() => Date)
  paid_at!: Date;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Date)
  created_date!: Date;

  @Field(() => Date)
  updated_date!: Date;
}

@ObjectType()
export class PaymentPage extends PageOf(Payment) {}
