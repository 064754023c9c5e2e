import { Arg, Args, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import type { TenantChange } from './tenant.events.js';
import { CreateTenantInput, TenantListArgs, UpdateTenantInput } from './tenant.inputs.js';
import {
  BillingPlanInfo,
  DeleteTenantPayload,
  SlugAvailability,
  Tenant,
  TenantChangeEvent,
  TenantPage,
} from './tenant.types.js';

@Resolver(() => Tenant)
export class TenantResolver {
  @Query(() => TenantPage, { description: 'Tenants, a page at a time, filtered and sorted' })
  tenants(
    @Ctx() ctx: GraphQLContext,
    @Args(() => TenantListArgs) args: TenantListArgs,
  ): Promise<TenantPage> {
    return ctx.services.tenants.list(ctx.principal, args);
  }

  @Query(() => Tenant)
  tenant(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Tenant> {
    return ctx.services.tenants.get(ctx.principal, id);
  }

  @Query(() => Tenant)
  tenantBySlug(
    @Arg('slug', () => String) slug: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Tenant> {
    return ctx.services.tenants.getBySlug(ctx.principal, slug);
  }

  @Query(() => SlugAvailability, {
    description: 'Whether a slug is well-formed, not reserved and free',
  })
  slugAvailability(
    @Arg('slug', () => String) slug: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SlugAvailability> {
    return ctx.services.tenants.slugAvailability(ctx.principal, slug);
  }

  @Query(() => [BillingPlanInfo])
  billingPlans(@Ctx() ctx: GraphQLContext): BillingPlanInfo[] {
    return ctx.services.tenants.plans(ctx.principal);
  }

  @Mutation(() => Tenant)
  createTenant(
    @Arg('input', () => CreateTenantInput) input: CreateTenantInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Tenant> {
    return ctx.services.tenants.create(ctx.principal, { ...input });
  }

  @Mutation(() => Tenant)
  updateTenant(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateTenantInput) input: UpdateTenantInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Tenant> {
    return ctx.services.tenants.update(ctx.principal, id, { ...input });
  }

  @Mutation(() => DeleteTenantPayload)
  deleteTenant(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DeleteTenantPayload> {
    return ctx.services.tenants.delete(ctx.principal, id);
  }

  @Mutation(() => Tenant, {
    description: 'Suspend a tenant; its clinic is refused, with the reason',
  })
  suspendTenant(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Tenant> {
    return ctx.services.tenants.suspend(ctx.principal, id, reason);
  }

  @Mutation(() => Tenant, { description: 'Activate a pending, suspended or inactive tenant' })
  activateTenant(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Tenant> {
    return ctx.services.tenants.activate(ctx.principal, id);
  }

  @Mutation(() => Tenant, {
    description: "Check the custom domain's DNS TXT record; once verified, the domain routes here",
  })
  verifyTenantDomain(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Tenant> {
    return ctx.services.domains.verify(ctx.principal, id);
  }

  @Subscription(() => TenantChangeEvent, {
    description: 'Tenants created, updated or deleted, on any API instance',
    subscribe: ({ context }) => {
      const ctx = context as GraphQLContext;
      return ctx.services.tenants.watch(ctx.principal);
    },
  })
  tenantChanged(@Root() change: TenantChange): TenantChangeEvent {
    return change;
  }
}
