import 'reflect-metadata';
import { createPubSub } from '@graphql-yoga/subscription';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from '../modules/admins/auth.resolver.js';
import { ClinicAuthResolver } from '../modules/clinic-auth/clinic-auth.resolver.js';
import { clinicResolvers } from '../modules/clinic/clinic.resolvers.js';
import { TenantConfigResolver } from '../modules/tenants/tenant-config.resolver.js';
import { TenantResolutionResolver } from '../modules/tenants/tenant-resolution.resolver.js';
import { TenantResolver } from '../modules/tenants/tenant.resolver.js';
import { usageResolvers } from '../modules/usage/usage.resolvers.js';

export const resolvers = [
  AuthResolver,
  TenantResolver,
  TenantResolutionResolver,
  ClinicAuthResolver,
  ...clinicResolvers,
  TenantConfigResolver,
  ...usageResolvers,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/**
 * Built once per process: type-graphql's metadata is global, and building twice duplicates each
 * resolver's parameter list (arguments then arrive shifted). The schema holds no per-app state:
 * subscriptions subscribe through the context's AppPubSub, so the pubSub type-graphql insists on
 * at build time is an unused in-memory one.
 */
export function buildAppSchema(): Promise<GraphQLSchema> {
  // Input is validated by the services (one set of rules for GraphQL and REST).
  built ??= buildSchema({
    resolvers,
    validate: false,
    emitSchemaFile: false,
    pubSub: createPubSub(),
  });
  return built;
}
