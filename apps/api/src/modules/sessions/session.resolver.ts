import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import { authorize } from '../../common/policy.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { SessionTokens } from './session.types.js';

@Resolver()
export class SessionResolver {
  @Mutation(() => SessionTokens, {
    description: 'Trade a refresh token (admin or clinic) for a new access and refresh token',
  })
  refreshSession(
    @Arg('refresh_token', () => String) refreshToken: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SessionTokens> {
    return ctx.services.sessions.refresh(refreshToken);
  }

  @Mutation(() => Boolean, { description: "End the caller's own session" })
  signOut(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    authorize(ctx.principal, 'self:manage');
    return ctx.services.sessions.signOut(ctx.principal);
  }

  @Mutation(() => Int, {
    description: "End every session of the caller's account, on every device; answers how many",
  })
  signOutEverywhere(@Ctx() ctx: GraphQLContext): Promise<number> {
    authorize(ctx.principal, 'self:manage');
    return ctx.services.sessions.signOutEverywhere(ctx.principal);
  }

  @Mutation(() => Boolean, {
    description:
      'Set a new password with the token from a reset or invitation e-mail (usable once)',
  })
  async resetPassword(
    @Arg('token', () => String) token: string,
    @Arg('new_password', () => String) newPassword: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    await ctx.services.passwordResets.complete(token, newPassword);
    return true;
  }
}
