import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../graphql/context.js';
import { DeletedRecord } from '../shared/page.types.js';
import { ClientListArgs, CreateClientInput, UpdateClientInput } from './client.inputs.js';
import { Client, ClientPage } from './client.types.js';

@Resolver(() => Client)
export class ClientResolver {
  @Query(() => ClientPage, { description: "The clinic's clients (pet owners), a page at a time" })
  clients(
    @Args(() => ClientListArgs) args: ClientListArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClientPage> {
    return ctx.services.clients.list(ctx.principal, { ...args });
  }

  @Query(() => Client)
  client(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Client> {
    return ctx.services.clients.get(ctx.principal, id);
  }

  @Mutation(() => Client)
  createClient(
    @Arg('input', () => CreateClientInput) input: CreateClientInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Client> {
    return ctx.services.clients.create(ctx.principal, { ...input });
  }

  @Mutation(() => Client)
  updateClient(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateClientInput) input: UpdateClientInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Client> {
    return ctx.services.clients.update(ctx.principal, id, { ...input });
  }

  @Mutation(() => DeletedRecord, {
    description: 'Refused while the client has patients or payments',
  })
  deleteClient(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DeletedRecord> {
    return ctx.services.clients.delete(ctx.principal, id);
  }
}
