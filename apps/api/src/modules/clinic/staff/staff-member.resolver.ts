import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../graphql/context.js';
import { DeletedRecord } from '../shared/page.types.js';
import {
  CreateStaffMemberInput,
  StaffMemberListArgs,
  UpdateStaffMemberInput,
} from './staff-member.inputs.js';
import { StaffMember, StaffMemberPage } from './staff-member.types.js';

@Resolver(() => StaffMember)
export class StaffMemberResolver {
  @Query(() => StaffMemberPage, { description: "The clinic's staff, a page at a time" })
  staffMembers(
    @Args(() => StaffMemberListArgs) args: StaffMemberListArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StaffMemberPage> {
    return ctx.services.staffMembers.list(ctx.principal, { ...args });
  }

  @Query(() => StaffMember)
  staffMember(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<StaffMember> {
    return ctx.services.staffMembers.get(ctx.principal, id);
  }

  @Mutation(() => StaffMember, { description: 'Clinic owners and API keys only' })
  createStaffMember(
    @Arg('input', () => CreateStaffMemberInput) input: CreateStaffMemberInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StaffMember> {
    return ctx.services.staffMembers.create(ctx.principal, { ...input });
  }

  @Mutation(() => StaffMember, { description: 'Clinic owners and API keys only' })
  updateStaffMember(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateStaffMemberInput) input: UpdateStaffMemberInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StaffMember> {
    return ctx.services.staffMembers.update(ctx.principal, id, { ...input });
  }

  @Mutation(() => DeletedRecord, {
    description:
      'Clinic owners and API keys only; refused while appointments name the staff member',
  })
  deleteStaffMember(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DeletedRecord> {
    return ctx.services.staffMembers.delete(ctx.principal, id);
  }
}
