import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Admin, AuthPayload } from './admin.types.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Sign in as a platform admin' })
  login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AuthPayload> {
    return ctx.services.admins.login(email, password);
  }

  @Query(() => Admin, { description: 'The signed-in admin' })
  me(@Ctx() ctx: GraphQLContext): Promise<Admin> {
    return ctx.services.admins.me(ctx.principal);
  }
}
