import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { DataExportLink, DataSubject, ErasureResult } from './privacy.types.js';

const TENANT_ARG = {
  nullable: true,
  description: 'Required for platform admins; clinic owners act on their own clinic',
} as const;

@Resolver()
export class PrivacyResolver {
  @Query(() => DataSubject, {
    nullable: true,
    description: 'A pet owner by e-mail (exact, any case), with how much data they have',
  })
  dataSubject(
    @Arg('email', () => String) email: string,
    @Arg('tenant_id', () => ID, TENANT_ARG) tenantId: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DataSubject | null> {
    return ctx.services.privacy.findSubject(ctx.principal, tenantId, email);
  }

  @Mutation(() => DataExportLink, {
    description: "A link to export one pet owner's data: their record, pets, visits and payments",
  })
  requestDataExport(
    @Arg('client_id', () => ID) clientId: string,
    @Arg('tenant_id', () => ID, TENANT_ARG) tenantId: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DataExportLink> {
    return ctx.services.privacy.requestExport(ctx.principal, tenantId, clientId);
  }

  @Mutation(() => DataExportLink, { description: "A link to export a whole clinic's data" })
  requestTenantExport(
    @Arg('tenant_id', () => ID) tenantId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DataExportLink> {
    return ctx.services.privacy.requestExport(ctx.principal, tenantId, null);
  }

  @Mutation(() => ErasureResult, {
    description: "Erases a pet owner's record, pets and visits; their payments lose their identity",
  })
  erasePersonData(
    @Arg('client_id', () => ID) clientId: string,
    @Arg('tenant_id', () => ID, TENANT_ARG) tenantId: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ErasureResult> {
    return ctx.services.privacy.erasePerson(ctx.principal, tenantId, clientId);
  }

  @Mutation(() => ErasureResult, {
    description: "Erases a deleted clinic's data now, without waiting for its retention period",
  })
  eraseTenantData(
    @Arg('tenant_id', () => ID) tenantId: string,
    @Arg('confirm_slug', () => String, { description: "The tenant's slug, to confirm" })
    confirmSlug: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ErasureResult> {
    return ctx.services.privacy.eraseTenant(ctx.principal, tenantId, confirmSlug);
  }
}
