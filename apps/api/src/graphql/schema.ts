import 'reflect-metadata';
import { createPubSub } from '@graphql-yoga/subscription';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type ClassType } from 'type-graphql';

let built: Promise<GraphQLSchema> | undefined;

/**
 * Built once per process: type-graphql's metadata is global, and building twice duplicates each
 * resolver's parameter list (arguments then arrive shifted). The schema holds no per-app state:
 * subscriptions subscribe through the context's services, so the pubSub type-graphql insists on
 * at build time is an unused in-memory one.
 */
export function buildAppSchema(resolvers: readonly ClassType[]): Promise<GraphQLSchema> {
  const [first, ...rest] = resolvers;
  if (!first) throw new Error('The schema needs at least one resolver');
  // Input is validated by the services (one set of rules for GraphQL and REST).
  built ??= buildSchema({
    resolvers: [first, ...rest],
    validate: false,
    emitSchemaFile: false,
    pubSub: createPubSub(),
  });
  return built;
}
