import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { SortOrderEnum } from '../../common/enums.js';
import type { SortOrder } from '../../common/list.js';
import type {
  BillingPlanId,
  Currency,
  Language,
  TenantSortField,
  TenantStatus,
} from './tenant.constants.js';
import {
  BillingPlanEnum,
  CurrencyEnum,
  LanguageEnum,
  TenantSortFieldEnum,
  TenantStatusEnum,
} from './tenant.types.js';

const optional = { nullable: true } as const;
const LIMIT = {
  nullable: true,
  description: "Null means unlimited; omitted means the plan's limit",
} as const;

/**
 * The tenant fields create and update share: all optional, since create fills defaults (and the
 * plan's limits) and update changes only what is given. Null clears an optional field.
 */
@InputType() // never referenced itself, so only the two concrete inputs reach the schema
abstract class TenantSettingsInput {
  @Field(() => String, optional)
  domain?: string | null;

  @Field(() => TenantStatusEnum, {
    nullable: true,
    description: 'Default on create: active. Changing it needs the tenants:suspend permission',
  })
  status?: TenantStatus;

  @Field(() => BillingPlanEnum, {
    nullable: true,
    description: "Default on create: basic. Limits not given with a new plan take the plan's",
  })
  billing_plan?: BillingPlanId;

  @Field(() => String, optional)
  contact_phone?: string | null;

  @Field(() => String, optional)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone. Default on create: UTC' })
  timezone?: string;

  @Field(() => CurrencyEnum, { nullable: true, description: 'Default on create: USD' })
  currency?: Currency;

  @Field(() => LanguageEnum, { nullable: true, description: 'Default on create: en' })
  language?: Language;

  @Field(() => String, optional)
  theme_json?: string | null;

  @Field(() => String, optional)
  features_json?: string | null;

  @Field(() => Int, LIMIT)
  max_staff?: number | null;

  @Field(() => Int, LIMIT)
  max_clients?: number | null;

  @Field(() => Int, LIMIT)
  max_storage_gb?: number | null;

  @Field(() => Boolean, optional)
  custom_branding?: boolean;

  @Field(() => Boolean, optional)
  sso_enabled?: boolean;

  @Field(() => Boolean, optional)
  api_access?: boolean;

  @Field(() => String, { nullable: true, description: 'Required when status is suspended' })
  suspension_reason?: string | null;
}

@InputType({ description: "A new clinic. Omitted limits take the plan's limits." })
export class CreateTenantInput extends TenantSettingsInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'DNS label: lowercase letters, digits, hyphens' })
  slug!: string;

  @Field(() => String)
  contact_email!: string;
}

@InputType({ description: 'Only the fields given change. Null clears an optional field.' })
export class UpdateTenantInput extends TenantSettingsInput {
  @Field(() => String, optional)
  name?: string;

  @Field(() => String, optional)
  slug?: string;

  @Field(() => String, optional)
  contact_email?: string;
}

@ArgsType()
export class TenantListArgs {
  @Field(() => Int, { defaultValue: 1 })
  page!: number;

  @Field(() => Int, { defaultValue: 20, description: 'At most 100' })
  limit!: number;

  @Field(() => TenantStatusEnum, optional)
  status?: TenantStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Matches name, slug, domain or contact e-mail',
  })
  search?: string;

  @Field(() => TenantSortFieldEnum, { defaultValue: 'created_date' })
  sortBy!: TenantSortField;

  @Field(() => SortOrderEnum, { defaultValue: 'desc' })
  sortOrder!: SortOrder;
}
