import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Admin, AuthPayload, RecoveryCodes, TwoFactorEnrolment } from './admin.types.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, {
    description:
      'Sign in as a platform admin; with two-factor on, give two_factor_code (an authenticator code or a recovery code)',
  })
  login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Arg('two_factor_code', () => String, { nullable: true }) twoFactorCode: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AuthPayload> {
    return ctx.services.admins.login(email, password, twoFactorCode);
  }

  @Query(() => Admin, { description: 'The signed-in admin' })
  me(@Ctx() ctx: GraphQLContext): Promise<Admin> {
    return ctx.services.admins.me(ctx.principal);
  }

  @Mutation(() => Boolean, {
    description:
      'Mail a password reset link to an admin, if the address is one (answers true either way)',
  })
  requestPasswordReset(
    @Arg('email', () => String) email: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.services.adminDirectory.requestPasswordReset(email);
  }

  @Mutation(() => TwoFactorEnrolment, {
    description: 'Start enrolling in two-factor sign-in: scan the QR code, then confirm a code',
  })
  startTwoFactorEnrolment(@Ctx() ctx: GraphQLContext): Promise<TwoFactorEnrolment> {
    return ctx.services.admins.startTwoFactorEnrolment(ctx.principal);
  }

  @Mutation(() => RecoveryCodes, {
    description: 'Finish enrolling with a code from the app; answers the recovery codes, once',
  })
  async confirmTwoFactorEnrolment(
    @Arg('code', () => String) code: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RecoveryCodes> {
    return {
      recovery_codes: await ctx.services.admins.confirmTwoFactorEnrolment(ctx.principal, code),
    };
  }

  @Mutation(() => Boolean, {
    description: 'Turn two-factor sign-in off (unless the platform requires it)',
  })
  disableTwoFactor(
    @Arg('password', () => String) password: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.services.admins.disableTwoFactor(ctx.principal, password);
  }
}
