import { Field, Int, ObjectType } from 'type-graphql';
import { stringEnum } from '../../common/enums.js';

/** What a clinic app may ask before doing it, and which tenant limit each action runs into. */
export const TENANT_LIMIT_ACTIONS = ['add_staff', 'add_client'] as const;
export type TenantLimitAction = (typeof TENANT_LIMIT_ACTIONS)[number];

export const TenantLimitActionEnum = stringEnum(
  TENANT_LIMIT_ACTIONS,
  'TenantLimitAction',
  'add_staff counts active staff members against max_staff; add_client counts clients against max_clients',
);

@ObjectType({ description: "Whether the clinic's limits allow one more of something" })
export class TenantLimitCheck {
  @Field(() => TenantLimitActionEnum)
  action!: TenantLimitAction;

  @Field(() => Boolean, { description: 'True when one more fits under the limit' })
  allowed!: boolean;

  @Field(() => Int, { nullable: true, description: 'Null means unlimited' })
  limit!: number | null;

  @Field(() => Int, { description: 'How many the clinic has now' })
  current!: number;

  @Field(() => Int, { nullable: true, description: 'How many more fit; null means unlimited' })
  remaining!: number | null;
}
