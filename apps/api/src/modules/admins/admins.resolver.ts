import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import {
  Admin,
  InviteAdminInput,
  PlatformSecuritySettings,
  PlatformSecuritySettingsInput,
  UpdateAdminInput,
} from './admin.types.js';

/** The platform's admins and security settings, as super admins manage them. */
@Resolver()
export class AdminsResolver {
  @Query(() => [Admin], { description: 'Every platform admin' })
  admins(@Ctx() ctx: GraphQLContext): Promise<Admin[]> {
    return ctx.services.adminDirectory.list(ctx.principal);
  }

  @Mutation(() => Admin, { description: 'Invite an admin: they get a link to set their password' })
  inviteAdmin(
    @Arg('input', () => InviteAdminInput) input: InviteAdminInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Admin> {
    return ctx.services.adminDirectory.invite(ctx.principal, { ...input });
  }

  @Mutation(() => Admin, {
    description: 'Rename an admin or change their role (a lowered role ends their sessions)',
  })
  updateAdmin(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateAdminInput) input: UpdateAdminInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Admin> {
    return ctx.services.adminDirectory.update(ctx.principal, id, { ...input });
  }

  @Mutation(() => Admin, {
    description: 'Disable an admin (ending their sessions everywhere) or enable them again',
  })
  setAdminDisabled(
    @Arg('id', () => ID) id: string,
    @Arg('disabled', () => Boolean) disabled: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Admin> {
    return ctx.services.adminDirectory.setDisabled(ctx.principal, id, disabled);
  }

  @Mutation(() => Boolean, { description: 'Delete an admin for good' })
  deleteAdmin(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return ctx.services.adminDirectory.delete(ctx.principal, id);
  }

  @Mutation(() => Boolean, { description: 'Mail an admin a link to set a new password' })
  sendAdminPasswordReset(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.services.adminDirectory.sendPasswordReset(ctx.principal, id);
  }

  @Query(() => PlatformSecuritySettings)
  platformSecuritySettings(@Ctx() ctx: GraphQLContext): Promise<PlatformSecuritySettings> {
    return ctx.services.adminDirectory.platformSettings(ctx.principal);
  }

  @Mutation(() => PlatformSecuritySettings, {
    description: 'Require two-factor sign-in of every admin, or stop requiring it',
  })
  updatePlatformSecuritySettings(
    @Arg('input', () => PlatformSecuritySettingsInput) input: PlatformSecuritySettingsInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlatformSecuritySettings> {
    return ctx.services.adminDirectory.updatePlatformSettings(ctx.principal, { ...input });
  }
}
