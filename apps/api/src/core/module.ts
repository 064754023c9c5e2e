import type { ApolloServerPlugin } from '@apollo/server';
import type { Router } from 'express';
import type { Redis } from 'ioredis';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import type { ClassType } from 'type-graphql';
import type { Config } from '../config.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { WebSocketStats } from '../graphql/ws/stats.js';
import type { AppPubSub, Topics } from '../graphql/pubsub.js';
import type { ScheduledJob } from '../jobs/scheduler.js';
import type { Keyring } from '../crypto/keyring.js';
import type { Clock } from './clock.js';
import type { ModelRegistry, ServiceRegistry } from './registry.js';

/** What every module's services are made from. */
export interface ModuleDependencies {
  config: Config;
  /** Every module's models: they are all made before any service. */
  models: ModelRegistry;
  /** The services of the modules listed before this one; asking for a later one throws. */
  services: ServiceRegistry;
  redis: Redis;
  pubSub: AppPubSub;
  clock: Clock;
  /** The keys that protect data at rest and the audit chain (crypto/keyring.ts). */
  keyring: Keyring;
  /** A logger named after the module. */
  log: Logger;
}

/** The running server, handed to modules once it is made (before it listens). */
export interface RunningServer {
  websocketStats(): WebSocketStats;
}

/** Routes a module serves, e.g. `{ path: '/admin/tenants', router }`. */
export interface RestRoute {
  path: string;
  router: Router;
}

/**
 * One domain of the API, declared in its `<domain>.module.ts`: its models, how its services are
 * made, its resolvers, its pub/sub topics, its jobs and its REST routes. The composition root
 * (`modules/index.ts`) lists the modules; nothing else needs to change when one is added.
 * The module's service and model names and its topics' payloads are typed by augmenting
 * `ServiceRegistry`, `ModelRegistry` (core/registry.ts) and `Topics` (graphql/pubsub.ts).
 */
export interface AppModule {
  name: string;
  models?(connection: Connection): Partial<ModelRegistry>;
  services?(deps: ModuleDependencies): Partial<ServiceRegistry>;
  resolvers?: readonly ClassType[];
  /** The pub/sub topics this module publishes; publishing an undeclared topic throws. */
  topics?: readonly (keyof Topics)[];
  jobs?(services: ServiceRegistry): ScheduledJob[];
  /** JSON routes under /api, after authentication: the spec's REST endpoints. */
  rest?(services: ServiceRegistry): RestRoute[];
  /**
   * Routes at the root, before any body parsing or authentication, each doing its own (a webhook
   * that must verify a signature on the raw body, a metrics endpoint).
   */
  http?(services: ServiceRegistry): RestRoute[];
  /** Apollo Server plugins, for what every GraphQL request over HTTP should go through. */
  graphqlPlugins?(services: ServiceRegistry): ApolloServerPlugin<GraphQLContext>[];
  /** Once the HTTP and websocket servers are made, before they listen. */
  serverReady?(services: ServiceRegistry, server: RunningServer): void;
  /** After every service is made and before the server listens. */
  start?(services: ServiceRegistry): void | Promise<void>;
  /** On shutdown, before connections close. */
  stop?(services: ServiceRegistry): void | Promise<void>;
}

/** Checks a manifest's shape where it is written; returns it unchanged. */
export const defineModule = (module: AppModule): AppModule => module;
