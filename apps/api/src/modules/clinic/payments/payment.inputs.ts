import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import type { Currency } from '../../tenants/tenant.constants.js';
import { CurrencyEnum } from '../../tenants/tenant.types.js';
import type { PaymentMethod, PaymentSortField } from '../clinic.constants.js';
import { ClinicListArgs } from '../shared/list.inputs.js';
import { PaymentMethodEnum, PaymentSortFieldEnum } from './payment.types.js';

const optional = { nullable: true } as const;

@InputType()
export class RecordPaymentInput {
  @Field(() => ID, { description: 'Who paid: a client of this clinic' })
  client_id!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The visit paid for: an appointment of one of the client's pets",
  })
  appointment_id?: string | null;

  @Field(() => Float, { description: 'Above 0, at most two decimals' })
  amount!: number;

  @Field(() => CurrencyEnum, { nullable: true, description: "Default: the clinic's currency" })
  currency?: Currency;

  @Field(() => PaymentMethodEnum)
  method!: PaymentMethod;

  @Field(() => Date, { nullable: true, description: 'Default: now; never in the future' })
  paid_at?: Date;

  @Field(() => String, optional)
  note?: string | null;
}

@InputType({
  description: 'Corrections: only the fields given change. Null clears an optional field.',
})
export class UpdatePaymentInput {
  @Field(() => ID, optional)
  appointment_id?: string | null;

  @Field(() => Float, optional)
  amount?: number;

  @Field(() => CurrencyEnum, optional)
  currency?: Currency;

  @Field(() => PaymentMethodEnum, optional)
  method?: PaymentMethod;

  @Field(() => Date, optional)
  paid_at?: Date;

  @Field(() => String, optional)
  note?: string | null;
}

@ArgsType()
export class PaymentListArgs extends ClinicListArgs {
  @Field(() => ID, optional)
  client_id?: string | null;

  @Field(() => ID, optional)
  appointment_id?: string | null;

  @Field(() => PaymentMethodEnum, optional)
  method?: PaymentMethod | null;

  @Field(() => Date, { nullable: true, description: 'Paid at or after' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Paid before' })
  to?: Date | null;

  @Field(() => PaymentSortFieldEnum, { defaultValue: 'paid_at' })
  sortBy!: PaymentSortField;
}
