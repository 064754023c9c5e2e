import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import {
  TenantLimitActionEnum,
  TenantLimitCheck,
  type TenantLimitAction,
} from './tenant-limits.types.js';

@Resolver()
export class TenantLimitResolver {
  @Query(() => TenantLimitCheck, {
    description:
      "Whether the caller's own clinic may add one more staff member or client (clinic principals)",
  })
  checkTenantLimit(
    @Arg('action', () => TenantLimitActionEnum) action: TenantLimitAction,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TenantLimitCheck> {
    return ctx.services.tenantLimits.check(ctx.principal, action);
  }
}
