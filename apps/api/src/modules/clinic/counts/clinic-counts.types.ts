import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Currency } from '../../tenants/tenant.constants.js';
import { CurrencyEnum } from '../../tenants/tenant.types.js';

@ObjectType()
export class CurrencyAmount {
  @Field(() => CurrencyEnum)
  currency!: Currency;

  @Field(() => Float)
  total!: number;
}

@ObjectType({ description: 'How much data a clinic holds: what its limits and analytics count' })
export class ClinicCounts {
  @Field(() => Int)
  staff!: number;

  @Field(() => Int)
  clients!: number;

  @Field(() => Int)
  patients!: number;

  @Field(() => Int)
  appointments!: number;

  @Field(() => Int)
  payments!: number;

  @Field(() => Float, { description: "All payments in the clinic's currency, in major units" })
  revenue_total!: number;

  @Field(() => CurrencyEnum, { description: "The clinic's currency, that revenue_total is in" })
  currency!: Currency;

  @Field(() => [CurrencyAmount], { description: 'Revenue in every currency payments were made in' })
  revenue_by_currency!: CurrencyAmount[];
}
