import { Field, ID, Int, ObjectType } from 'type-graphql';
import { stringEnum } from '../../common/enums.js';
import {
  BILLING_PLANS,
  CURRENCIES,
  LANGUAGES,
  TENANT_SORT_FIELDS,
  TENANT_STATUSES,
  type BillingPlanId,
  type Currency,
  type Language,
  type TenantStatus,
} from './tenant.constants.js';

export const TenantStatusEnum = stringEnum(TENANT_STATUSES, 'TenantStatus');
export const BillingPlanEnum = stringEnum(BILLING_PLANS, 'BillingPlan');
export const CurrencyEnum = stringEnum(CURRENCIES, 'Currency');
export const LanguageEnum = stringEnum(LANGUAGES, 'Language');
export const TenantSortFieldEnum = stringEnum(TENANT_SORT_FIELDS, 'TenantSortField');
export const TenantChangeKindEnum = stringEnum(
  ['created', 'updated', 'deleted'] as const,
  'TenantChangeKind',
);

const UNLIMITED = { nullable: true, description: 'Null means unlimited' } as const;

@ObjectType({ description: 'A veterinary clinic: one tenant of the platform' })
export class Tenant {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Subdomain label: {slug}.{BASE_DOMAIN}' })
  slug!: string;

  @Field(() => String, { nullable: true, description: 'Custom domain' })
  domain!: string | null;

  @Field(() => TenantStatusEnum)
  status!: TenantStatus;

  @Field(() => BillingPlanEnum)
  billing_plan!: BillingPlanId;

  @Field(() => String)
  contact_email!: string;

  @Field(() => String, { nullable: true })
  contact_phone!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { description: 'IANA time zone' })
  timezone!: string;

  @Field(() => CurrencyEnum)
  currency!: Currency;

  @Field(() => LanguageEnum)
  language!: Language;

  @Field(() => String, { nullable: true, description: 'Theme configuration: a JSON object' })
  theme_json!: string | null;

  @Field(() => String, { nullable: true, description: 'Feature configuration: a JSON object' })
  features_json!: string | null;

  @Field(() => Int, UNLIMITED)
  max_staff!: number | null;

  @Field(() => Int, UNLIMITED)
  max_clients!: number | null;

  @Field(() => Int, UNLIMITED)
  max_storage_gb!: number | null;

  @Field(() => Boolean)
  custom_branding!: boolean;

  @Field(() => Boolean)
  sso_enabled!: boolean;

  @Field(() => Boolean)
  api_access!: boolean;

  @Field(() => Date)
  created_date!: Date;

  @Field(() => Date)
  updated_date!: Date;

  @Field(() => String, { nullable: true })
  suspension_reason!: string | null;

  @Field(() => Date, { nullable: true })
  suspended_at!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the tenant was (soft) deleted' })
  deleted_at!: Date | null;

  @Field(() => Boolean, {
    description: 'Whether the custom domain has proved ownership and routes here',
  })
  domain_verified!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Publish as a TXT record at _vetcares.{domain}, then call verifyTenantDomain',
  })
  domain_verification_token!: string | null;
}

@ObjectType()
export class TenantPage {
  @Field(() => [Tenant])
  items!: Tenant[];

  @Field(() => Int)
  totalCount!: number;

  @Field(() => Int)
  page!: number;

  @Field(() => Int)
  limit!: number;
}

@ObjectType()
export class SlugAvailability {
  @Field(() => String)
  slug!: string;

  @Field(() => Boolean)
  available!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why the slug cannot be used, when it cannot',
  })
  reason!: string | null;
}

@ObjectType()
export class DeleteTenantPayload {
  @Field(() => ID)
  id!: string;

  @Field(() => Boolean)
  deleted!: boolean;
}

@ObjectType()
export class BillingPlanInfo {
  @Field(() => BillingPlanEnum)
  id!: BillingPlanId;

  @Field(() => String)
  name!: string;

  @Field(() => Number)
  price_monthly!: number;

  @Field(() => Int, UNLIMITED)
  max_staff!: number | null;

  @Field(() => Int, UNLIMITED)
  max_clients!: number | null;

  @Field(() => Int, UNLIMITED)
  max_storage_gb!: number | null;

  @Field(() => [String])
  features!: string[];
}

@ObjectType()
export class TenantChangeEvent {
  @Field(() => TenantChangeKindEnum)
  kind!: 'created' | 'updated' | 'deleted';

  @Field(() => ID)
  tenant_id!: string;

  @Field(() => Tenant, {
    nullable: true,
    description: 'The tenant after the change; null when deleted',
  })
  tenant!: Tenant | null;
}
