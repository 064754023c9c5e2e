import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { TenantUsage, TrackUsagePayload, UsageEventInput } from './usage.types.js';

@Resolver()
export class UsageResolver {
  @Mutation(() => TrackUsagePayload, {
    description:
      "Count events for the caller's own clinic (clinic users and API keys); at most 500 per call. " +
      'Send an idempotency key with each batch and the same key when retrying it: a batch counted once is never counted again.',
  })
  trackUsage(
    @Arg('events', () => [UsageEventInput]) events: UsageEventInput[],
    @Arg('idempotency_key', () => String, {
      nullable: true,
      description: "The batch's own key (8 to 128 of A-Z a-z 0-9 . _ : -), kept 24 hours",
    })
    idempotencyKey: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrackUsagePayload> {
    return ctx.services.usage.track(ctx.principal, events, idempotencyKey);
  }

  @Query(() => TenantUsage, {
    description:
      "A clinic's usage counters per day of its timezone: clinic principals read their own, admins name one",
  })
  tenantUsage(
    @Arg('days', () => Int, { defaultValue: 7, description: "1 to 90, ending the clinic's today" })
    days: number,
    @Arg('tenant_id', () => ID, { nullable: true, description: 'Required for platform admins' })
    tenantId: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TenantUsage> {
    return ctx.services.usage.report(ctx.principal, { days, tenant_id: tenantId });
  }
}
