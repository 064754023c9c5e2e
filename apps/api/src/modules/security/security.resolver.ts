import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import {
  ChainVerificationResult,
  SecurityChainStatus,
  SecurityLogArgs,
  SecurityLogPage,
} from './security.types.js';

@Resolver()
export class SecurityLogResolver {
  @Query(() => SecurityLogPage, { description: 'The security log, newest first, with filters' })
  securityLogs(
    @Args(() => SecurityLogArgs) args: SecurityLogArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SecurityLogPage> {
    return ctx.services.securityAudit.list(ctx.principal, { ...args }) as Promise<SecurityLogPage>;
  }

  @Query(() => [SecurityChainStatus], {
    description: "Every chain (the platform's, each tenant's) and its last verification",
  })
  securityChains(@Ctx() ctx: GraphQLContext): Promise<SecurityChainStatus[]> {
    return ctx.services.securityAudit.chainStatuses(ctx.principal) as Promise<
      SecurityChainStatus[]
    >;
  }

  @Mutation(() => ChainVerificationResult, {
    description: 'Walks one chain and names the first entry edited, deleted, reordered or inserted',
  })
  verifySecurityChain(
    @Arg('chain', () => String, { description: 'A tenant id, or "platform"' }) chain: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ChainVerificationResult> {
    return ctx.services.securityAudit.verify(
      ctx.principal,
      chain,
    ) as Promise<ChainVerificationResult>;
  }
}
