import { Arg, Args, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import type { IncidentView } from './incident.service.js';
import { SecurityIncident, SecurityIncidentArgs, SecurityIncidentPage } from './incident.types.js';

@Resolver()
export class IncidentResolver {
  @Query(() => SecurityIncidentPage, { description: 'Security incidents, most recent first' })
  securityIncidents(
    @Args(() => SecurityIncidentArgs) args: SecurityIncidentArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SecurityIncidentPage> {
    return ctx.services.incidents.list(ctx.principal, { ...args });
  }

  @Query(() => SecurityIncident)
  securityIncident(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SecurityIncident> {
    return ctx.services.incidents.get(ctx.principal, id);
  }

  @Mutation(() => SecurityIncident, { description: 'Someone is looking into it' })
  acknowledgeSecurityIncident(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SecurityIncident> {
    return ctx.services.incidents.acknowledge(ctx.principal, id, note ?? null);
  }

  @Mutation(() => SecurityIncident, {
    description: 'Dealt with; the same pattern later opens a new one',
  })
  resolveSecurityIncident(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SecurityIncident> {
    return ctx.services.incidents.resolve(ctx.principal, id, note ?? null);
  }

  @Subscription(() => SecurityIncident, {
    description: 'Incidents as they are raised, on any API instance',
    subscribe: ({ context }: { context: GraphQLContext }) =>
      context.services.incidents.watch(context.principal),
  })
  incidentRaised(@Root() incident: IncidentView): SecurityIncident {
    return incident;
  }
}
