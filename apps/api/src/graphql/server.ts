import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { specifiedRules, subscribe, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { Principal, RecordDenial, ResolvePrincipal } from '../common/principal.js';
import type { ServiceRegistry } from '../core/registry.js';
import type { GraphQLContext } from './context.js';
import { formatGraphQLError } from './format-error.js';
import { operationLimitsRule } from './limits.js';
import { subscribeFor, type AppPubSub } from './pubsub.js';
import { RequestLoaders } from './request-loaders.js';

export interface GraphQLServerOptions {
  schema: GraphQLSchema;
  httpServer: Server;
  services: ServiceRegistry;
  pubSub: AppPubSub;
  resolvePrincipal: ResolvePrincipal;
  recordDenial: RecordDenial;
  log: Logger;
  introspection: boolean;
  /** The modules' own plugins (metrics, per-tenant performance, ...). */
  plugins: ApolloServerPlugin<GraphQLContext>[];
  exposeInternals: boolean;
}

const LIMITS = { maxDepth: 10, maxAliases: 30 };

/** What the websocket side serves right now (for metrics and the system health page). */
export interface WebSocketStats {
  connections: number;
  /** Operations running on the sockets: subscriptions (and the rare query sent over a socket). */
  subscriptions: number;
}

/** Apollo for queries and mutations over HTTP, graphql-ws for subscriptions on the same path. */
export async function startGraphQL(options: GraphQLServerOptions) {
  const { schema, httpServer, services, pubSub, log, resolvePrincipal, recordDenial } = options;
  const validationRules = [operationLimitsRule(LIMITS)];

  // Which client-chosen operation id each websocket operation's context belongs to.
  const operationIds = new WeakMap<object, string>();
  pubSub.onListening(({ topic, operationId }) => {
    if (operationId) log.debug({ operationId, topic }, 'subscription listening');
  });

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  // Each open socket's graphql-ws context: its `subscriptions` are the operations running on it.
  const socketContexts = new Set<{ subscriptions: Record<string, unknown> }>();
  const websocketStats = (): WebSocketStats => {
    let subscriptions = 0;
    for (const ctx of socketContexts) subscriptions += Object.keys(ctx.subscriptions).length;
    return { connections: wsServer.clients.size, subscriptions };
  };
  const wsCleanup = useServer<Record<string, unknown>, { principal?: Principal }>(
    {
      onClose: (ctx) => {
        socketContexts.delete(ctx);
      },
      schema,
      validate: (wsSchema, document) =>
        validate(wsSchema, document, [...specifiedRules, ...validationRules]),
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
        const principal = await resolvePrincipal({
          authorization: text(params.authorization),
          apiKey: text(params['x-api-key'] ?? params.apiKey),
          host: ctx.extra.request.headers.host,
        });
        ctx.extra.principal = principal;
        socketContexts.add(ctx);
        // A credential that was sent and refused closes the socket at once (4403) instead of failing later.
        return !(principal.kind === 'anonymous' && principal.rejection);
      },
      // A fresh context per operation, so DataLoader caches never outlive the operation.
      context: (ctx, operationId): GraphQLContext => {
        const requestId = randomUUID();
        const context: GraphQLContext = {
          requestId,
          principal: ctx.extra.principal ?? { kind: 'anonymous' },
          host: ctx.extra.request.headers.host ?? null,
          services,
          pubSub,
          log: log.child({ requestId, transport: 'ws' }),
          loaders: new RequestLoaders(),
        };
        operationIds.set(context, operationId);
        return context;
      },
      // Subscribing on behalf of the operation, so the pub/sub's Listening signal names it: a
      // client (or a test) can then know when events published for it can no longer be missed.
      subscribe: (args) =>
        subscribeFor(operationIds.get(args.contextValue as object), () => subscribe(args)),
    },
    wsServer,
  );

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: options.exposeInternals,
    validationRules,
    formatError: formatGraphQLError(log, options.exposeInternals),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
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
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  return { apollo, wsServer, websocketStats };
}
