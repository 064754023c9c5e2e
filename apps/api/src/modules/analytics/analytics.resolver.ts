import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import {
  OperationFigures,
  SystemAnalyticsResult,
  SystemUsageUpdateEvent,
  TenantAnalyticsResult,
  UsageUpdateEvent,
} from './analytics.types.js';
import type { SystemUsageUpdate, UsageUpdate } from './live-usage.service.js';
import type { TenantAnalytics } from './tenant-analytics.service.js';

const PERIOD = '7d, 30d, 90d, or custom with from and to';

@Resolver(() => TenantAnalyticsResult)
export class AnalyticsResolver {
  @Query(() => TenantAnalyticsResult, {
    description:
      "A clinic's usage, trends and performance over a period (days in its timezone). Admins name any clinic; clinic owners and API keys read their own.",
  })
  tenantAnalytics(
    @Arg('tenant_id', () => ID, { nullable: true, description: 'Required for platform admins' })
    tenantId: string | undefined,
    @Arg('period', () => String, { defaultValue: '30d', description: PERIOD }) period: string,
    @Arg('from', () => String, { nullable: true, description: 'YYYY-MM-DD (custom periods)' })
    from: string | undefined,
    @Arg('to', () => String, { nullable: true, description: 'YYYY-MM-DD (custom periods)' })
    to: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TenantAnalytics> {
    return ctx.services.tenantAnalytics.analytics(ctx.principal, tenantId, { period, from, to });
  }

  @FieldResolver(() => [OperationFigures], {
    description: "The clinic's busiest operations over the period, with their performance",
  })
  operations(@Root() analytics: TenantAnalytics, @Ctx() ctx: GraphQLContext) {
    return ctx.services.tenantAnalytics.operations(analytics);
  }

  @FieldResolver(() => String, { description: 'Where storage_used comes from' })
  storage_source(@Ctx() ctx: GraphQLContext): string {
    return ctx.services.storageUsage.source;
  }

  @Query(() => SystemAnalyticsResult, {
    description:
      'The platform over a period of UTC days: tenants, revenue, usage, top tenants, performance (admins)',
  })
  systemAnalytics(
    @Arg('period', () => String, { defaultValue: '30d', description: PERIOD }) period: string,
    @Arg('from', () => String, { nullable: true }) from: string | undefined,
    @Arg('to', () => String, { nullable: true }) to: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.systemAnalytics.analytics(ctx.principal, { period, from, to });
  }

  @Subscription(() => UsageUpdateEvent, {
    description:
      "A clinic's usage today: the current figures at once, then at most one update a second while it changes. Admins name any clinic; clinic principals hear their own.",
    subscribe: ({ args, context }) => {
      const ctx = context as GraphQLContext;
      return ctx.services.liveUsage.watchTenant(
        ctx.principal,
        (args as { tenant_id?: string }).tenant_id,
      );
    },
  })
  usageUpdated(
    @Root() update: UsageUpdate,
    @Arg('tenant_id', () => ID, { nullable: true, description: 'Required for platform admins' })
    _tenantId?: string,
  ): UsageUpdate {
    return update;
  }

  @Subscription(() => SystemUsageUpdateEvent, {
    description:
      'The platform today: the current figures at once, then at most one update a second while anything changes (admins)',
    subscribe: ({ context }) => {
      const ctx = context as GraphQLContext;
      return ctx.services.liveUsage.watchSystem(ctx.principal);
    },
  })
  systemUsageUpdated(@Root() update: SystemUsageUpdate): SystemUsageUpdate {
    return update;
  }
}
