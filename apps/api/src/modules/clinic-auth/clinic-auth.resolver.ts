import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import {
  ApiKey,
  ClinicAuthPayload,
  ClinicSignInInput,
  ClinicUser,
  CreateClinicUserInput,
  CreatedApiKey,
} from './clinic-auth.types.js';

const TENANT_ARG = {
  nullable: true,
  description: 'Required for platform admins; clinic owners act on their own clinic',
} as const;

@Resolver()
export class ClinicAuthResolver {
  @Mutation(() => ClinicAuthPayload, {
    description: "Sign in to a clinic (by slug, hostname, or the request's Host)",
  })
  clinicSignIn(
    @Arg('input', () => ClinicSignInInput) input: ClinicSignInInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClinicAuthPayload> {
    return ctx.services.clinicAuth.signIn({ ...input }, ctx.host ?? undefined);
  }

  @Mutation(() => ClinicUser, {
    description: 'Create a clinic user (admins name the clinic; owners add to theirs)',
  })
  createClinicUser(
    @Arg('input', () => CreateClinicUserInput) input: CreateClinicUserInput,
    @Arg('tenant_id', () => ID, TENANT_ARG) tenantId: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClinicUser> {
    return ctx.services.clinicAuth.createUser(ctx.principal, tenantId, { ...input });
  }

  @Query(() => [ClinicUser])
  clinicUsers(
    @Arg('tenant_id', () => ID, TENANT_ARG) tenantId: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClinicUser[]> {
    return ctx.services.clinicAuth.listUsers(ctx.principal, tenantId);
  }

  @Mutation(() => CreatedApiKey, {
    description: 'Create an API key (only where API access is on); the key is shown once',
  })
  createApiKey(
    @Arg('name', () => String) name: string,
    @Arg('tenant_id', () => ID, TENANT_ARG) tenantId: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CreatedApiKey> {
    return ctx.services.clinicAuth.createApiKey(ctx.principal, tenantId, name);
  }

  @Query(() => [ApiKey], { description: "A clinic's API keys (prefixes only)" })
  apiKeys(
    @Arg('tenant_id', () => ID, TENANT_ARG) tenantId: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ApiKey[]> {
    return ctx.services.clinicAuth.listApiKeys(ctx.principal, tenantId);
  }

  @Mutation(() => ApiKey)
  revokeApiKey(
    @Arg('id', () => ID) id: string,
    @Arg('tenant_id', () => ID, TENANT_ARG) tenantId: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ApiKey> {
    return ctx.services.clinicAuth.revokeApiKey(ctx.principal, tenantId, id);
  }
}
