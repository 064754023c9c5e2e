import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { RecordDenial, ResolvePrincipal } from '../common/principal.js';
import type { Clock } from '../core/clock.js';
import type { ServiceRegistry } from '../core/registry.js';
import type { GraphQLContext } from './context.js';
import { formatGraphQLError } from './format-error.js';
import { graphqlLimits, type OperationLimits } from './limits.js';
import { SubscriptionFanout } from './ws/fanout.js';
import type { AppPubSub } from './pubsub.js';
import { startWebSockets, type WebSocketLimits } from './ws/websocket-server.js';

export interface GraphQLServerOptions {
  schema: GraphQLSchema;
  httpServer: Server;
  services: ServiceRegistry;
  pubSub: AppPubSub;
  resolvePrincipal: ResolvePrincipal;
  recordDenial: RecordDenial;
  log: Logger;
  clock: Clock;
  introspection: boolean;
  /** The modules' own plugins (metrics, per-tenant performance, ...). */
  plugins: ApolloServerPlugin<GraphQLContext>[];
  exposeInternals: boolean;
  /** Caps of the websocket transport (config: WS_*). */
  websocketLimits: WebSocketLimits;
  /** Depth, aliases, directives, tokens, size and cost: the same on HTTP and websockets. */
  limits?: OperationLimits;
}

/**
 * Apollo for queries and mutations over HTTP, graphql-ws for subscriptions on the same path:
 * one list of validation rules, one error formatter, one introspection switch for both.
 */
export async function startGraphQL(options: GraphQLServerOptions) {
  const { schema, httpServer, services, pubSub, log, resolvePrincipal, recordDenial } = options;
  const limits = graphqlLimits(options.limits);
  const formatError = formatGraphQLError(log, options.exposeInternals);

  pubSub.onListening((listening) => {
    if (listening.operationId && !SubscriptionFanout.isGroupSignal(listening))
      log.debug(
        { operationId: listening.operationId, topic: listening.topic },
        'subscription listening',
      );
  });

  const websockets = await startWebSockets({
    schema,
    httpServer,
    path: '/graphql',
    services,
    pubSub,
    resolvePrincipal,
    recordDenial,
    log,
    clock: options.clock,
    introspection: options.introspection,
    validationRules: limits.validationRules,
    parse: limits.parse,
    formatError,
    limits: options.websocketLimits,
  });

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: options.exposeInternals,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    hideSchemaDetailsFromClientErrors: true,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      limits.plugin,
      ...options.plugins,
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ contextValue, errors, operationName }) {
              for (const error of errors) {
                await recordDenial(
                  contextValue.principal,
                  error.extensions?.code,
                  `graphql:${operationName ?? error.path?.join('.') ?? 'anonymous'}`,
                  error.message,
                );
              }
            },
          };
        },
        async serverWillStart() {
          return {
            async drainServer() {
              await websockets.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  /** `websockets.stats`: live counts of sockets, subscriptions and groups, for metrics. */
  return { apollo, websockets };
}
