import { Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import type { BillingPlanId } from './tenant.constants.js';
import { Tenant, BillingPlanEnum } from './tenant.types.js';
import { effectiveFeatures, effectiveTheme } from './tenant-config.js';
import { TenantFeatures, TenantTheme } from './tenant-config.types.js';

@ObjectType({ description: 'A feature flag of features_json, and the plans that can turn it on' })
export class FeatureFlagInfo {
  @Field(() => String)
  name!: string;

  @Field(() => [BillingPlanEnum], { description: 'On any other plan the flag stays off' })
  plans!: BillingPlanId[];

  @Field(() => Boolean, { description: 'Whether it is on when features_json does not mention it' })
  default!: boolean;
}

/**
 * What a tenant's configuration comes to, for the console: the same effective features and
 * theme clinic apps get from resolveTenant. Pure functions of fields the Tenant already has.
 */
@Resolver(() => Tenant)
export class TenantConfigResolver {
  @FieldResolver(() => TenantFeatures, {
    description: "The plan's features with the tenant's overrides",
  })
  effective_features(@Root() tenant: Tenant): TenantFeatures {
    return effectiveFeatures(tenant);
  }

  @FieldResolver(() => TenantTheme, {
    description: 'The theme clinic apps use (the default without custom branding)',
  })
  effective_theme(@Root() tenant: Tenant): TenantTheme {
    return effectiveTheme(tenant);
  }

  @Query(() => [FeatureFlagInfo], {
    description: 'The feature flags features_json may set (admins)',
  })
  featureFlags(@Ctx() ctx: GraphQLContext): FeatureFlagInfo[] {
    return ctx.services.tenants.featureFlags(ctx.principal);
  }
}
