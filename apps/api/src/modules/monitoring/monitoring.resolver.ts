import { Arg, Args, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import type { AlertChange, AlertView } from './alerts/alert.service.js';
import { Alert, AlertArgs, AlertChangeEvent, AlertPage, SystemHealth } from './monitoring.types.js';

@Resolver()
export class MonitoringResolver {
  @Query(() => SystemHealth, {
    description: 'Dependencies, job queues, websockets, error rate and latency, now',
  })
  systemHealth(@Ctx() ctx: GraphQLContext): Promise<SystemHealth> {
    return ctx.services.systemHealth.health(ctx.principal);
  }

  @Query(() => AlertPage, { description: 'Alerts, most recently fired first' })
  alerts(@Args(() => AlertArgs) args: AlertArgs, @Ctx() ctx: GraphQLContext): Promise<AlertPage> {
    return ctx.services.alerts.list(ctx.principal, { ...args });
  }

  @Mutation(() => Alert, {
    description: 'Someone is on it; it stays open until its condition ends',
  })
  acknowledgeAlert(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Alert> {
    return ctx.services.alerts.acknowledge(ctx.principal, id, note ?? null);
  }

  @Mutation(() => Alert, {
    description:
      'Closes it by hand; if its condition still holds, the next evaluation raises a new one',
  })
  resolveAlert(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Alert> {
    return ctx.services.alerts.resolve(ctx.principal, id, note ?? null);
  }

  @Subscription(() => Alert, {
    description: 'Alerts as they are raised, on any API instance',
    subscribe: ({ context }: { context: GraphQLContext }) =>
      context.services.alerts.watchRaised(context.principal),
  })
  alertRaised(@Root() alert: AlertView): Alert {
    return alert;
  }

  @Subscription(() => AlertChangeEvent, {
    description: 'Every alert raised, acknowledged or resolved, on any API instance',
    subscribe: ({ context }: { context: GraphQLContext }) =>
      context.services.alerts.watchChanges(context.principal),
  })
  alertChanged(@Root() change: AlertChange): AlertChangeEvent {
    return change;
  }
}
