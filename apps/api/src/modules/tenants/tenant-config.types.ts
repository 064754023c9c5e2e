import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { CurrencyEnum, LanguageEnum, TenantStatusEnum } from './tenant.types.js';
import type { Currency, Language, TenantStatus } from './tenant.constants.js';

@ObjectType({ description: 'The theme clinic apps should use' })
export class TenantTheme {
  @Field(() => String)
  primary_color!: string;

  @Field(() => String)
  secondary_color!: string;

  @Field(() => String, { nullable: true })
  logo_url!: string | null;

  @Field(() => String)
  font!: string;

  @Field(() => Boolean)
  dark_mode!: boolean;
}

@ObjectType({ description: "What the clinic's plan and overrides turn on" })
export class TenantFeatures {
  @Field(() => Boolean)
  custom_branding!: boolean;

  @Field(() => Boolean)
  sso!: boolean;

  @Field(() => Boolean)
  api_access!: boolean;

  @Field(() => GraphQLJSONObject, {
    description: 'Feature flags by name: online_booking, inventory, ...',
  })
  flags!: Record<string, boolean>;
}

/** What a clinic's apps need to look and behave right; shared by resolution and live changes. */
@ObjectType()
abstract class TenantAppSettings {
  @Field(() => TenantStatusEnum, { description: 'Apps should show a notice unless active' })
  status!: TenantStatus;

  @Field(() => TenantTheme)
  theme!: TenantTheme;

  @Field(() => TenantFeatures)
  features!: TenantFeatures;

  @Field(() => LanguageEnum)
  language!: Language;

  @Field(() => String)
  timezone!: string;

  @Field(() => CurrencyEnum)
  currency!: Currency;
}

@ObjectType({ description: 'A tenant as clinic apps see it: public fields only' })
export class ResolvedTenant extends TenantAppSettings {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({ description: "A change to a clinic's configuration, for apps to apply live" })
export class TenantConfigChangeEvent extends TenantAppSettings {
  @Field(() => ID)
  tenant_id!: string;
}
