import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { forbidden } from '../../common/errors.js';
import { authorize } from '../../common/policy.js';
import type { GraphQLContext } from '../../graphql/context.js';
import {
  ApiKey,
  ClinicAuthPayload,
  ClinicSignInInput,
  ClinicRoleEnum,
  ClinicUser,
  CreateClinicUserInput,
  CreatedApiKey,
  InviteClinicUserInput,
} from './clinic-auth.types.js';
import type { ClinicRole } from '../../common/principal.js';

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
    return ctx.services.clinicUsers.create(ctx.principal, tenantId, { ...input });
  }

  @Query(() => [ClinicUser])
  clinicUsers(
    @Arg('tenant_id', () => ID, TENANT_ARG) tenantId: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClinicUser[]> {
    return ctx.services.clinicUsers.list(ctx.principal, tenantId);
  }

  @Mutation(() => ClinicUser, {
    description: 'Invite a clinic user: they get a link to set their password',
  })
  inviteClinicUser(
    @Arg('input', () => InviteClinicUserInput) input: InviteClinicUserInput,
    @Arg('tenant_id', () => ID, TENANT_ARG) tenantId: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClinicUser> {
    return ctx.services.clinicUsers.invite(ctx.principal, tenantId, { ...input });
  }

  @Mutation(() => ClinicUser, {
    description: "Change a clinic user's role (owner to staff ends their sessions)",
  })
  changeClinicUserRole(
    @Arg('id', () => ID) id: string,
    @Arg('role', () => ClinicRoleEnum) role: ClinicRole,
    @Arg('tenant_id', () => ID, TENANT_ARG) tenantId: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClinicUser> {
    return ctx.services.clinicUsers.changeRole(ctx.principal, tenantId, id, role);
  }

  @Mutation(() => ClinicUser, {
    description: 'Disable a clinic user (ending their sessions everywhere) or enable them again',
  })
  setClinicUserDisabled(
    @Arg('id', () => ID) id: string,
    @Arg('disabled', () => Boolean) disabled: boolean,
    @Arg('tenant_id', () => ID, TENANT_ARG) tenantId: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClinicUser> {
    return ctx.services.clinicUsers.setDisabled(ctx.principal, tenantId, id, disabled);
  }

  @Mutation(() => Boolean, { description: 'Delete a clinic user' })
  deleteClinicUser(
    @Arg('id', () => ID) id: string,
    @Arg('tenant_id', () => ID, TENANT_ARG) tenantId: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.services.clinicUsers.delete(ctx.principal, tenantId, id);
  }

  @Mutation(() => Boolean, { description: 'Mail a clinic user a link to set a new password' })
  sendClinicUserPasswordReset(
    @Arg('id', () => ID) id: string,
    @Arg('tenant_id', () => ID, TENANT_ARG) tenantId: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.services.clinicUsers.sendPasswordReset(ctx.principal, tenantId, id);
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

/** Anyone signed in with a password (an admin or a clinic user) changing their own. */
@Resolver()
export class OwnPasswordResolver {
  @Mutation(() => Boolean, {
    description: 'Change your own password; your other sessions end, this one stays',
  })
  changePassword(
    @Arg('current_password', () => String) currentPassword: string,
    @Arg('new_password', () => String) newPassword: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    const caller = authorize(ctx.principal, 'self:manage');
    if (caller.kind === 'admin') {
      return ctx.services.admins.changePassword(ctx.principal, currentPassword, newPassword);
    }
    if (caller.kind === 'clinic_user') {
      return ctx.services.clinicUsers.changeOwnPassword(
        ctx.principal,
        currentPassword,
        newPassword,
      );
    }
    throw forbidden('API keys have no password');
  }
}
