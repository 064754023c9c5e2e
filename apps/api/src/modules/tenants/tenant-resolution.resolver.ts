import { Arg, Ctx, ID, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { ResolvedTenant, TenantConfigChangeEvent } from './tenant-config.types.js';
import type { TenantConfigChange } from './tenant.events.js';

@Resolver()
export class TenantResolutionResolver {
  @Query(() => ResolvedTenant, {
    description:
      'Which clinic a hostname belongs to ({slug}.{BASE_DOMAIN} or a verified custom domain), with its status, theme and features. Public.',
  })
  resolveTenant(
    @Arg('hostname', () => String) hostname: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ResolvedTenant> {
    return ctx.services.resolution.resolve(hostname);
  }

  @Query(() => ResolvedTenant, {
    description: "The caller's own clinic (clinic users and API keys)",
  })
  currentClinic(@Ctx() ctx: GraphQLContext): Promise<ResolvedTenant> {
    return ctx.services.resolution.current(ctx.principal);
  }

  @Subscription(() => TenantConfigChangeEvent, {
    description:
      "A clinic's configuration whenever it changes. Clinic principals hear their own clinic; admins name one.",
    subscribe: async ({ args, context }) => {
      const ctx = context as GraphQLContext;
      return ctx.services.resolution.configChanges(
        ctx.principal,
        (args as { tenant_id?: string }).tenant_id,
      );
    },
  })
  tenantConfigChanged(
    @Root() change: TenantConfigChange,
    @Arg('tenant_id', () => ID, { nullable: true }) _tenantId?: string,
  ): TenantConfigChangeEvent {
    return change;
  }
}
