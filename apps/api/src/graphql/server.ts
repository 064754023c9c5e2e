import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { Services } from '../services.js';
import type { GraphQLContext } from './context.js';
import { formatGraphQLError } from './format-error.js';
import { operationLimitsRule } from './limits.js';
import type { AppPubSub } from './pubsub.js';

export interface GraphQLServerOptions {
  schema: GraphQLSchema;
  httpServer: Server;
  services: Services;
  pubSub: AppPubSub;
  log: Logger;
  introspection: boolean;
  exposeInternals: boolean;
}

const LIMITS = { maxDepth: 10, maxAliases: 30 };

/** Apollo for queries and mutations over HTTP, graphql-ws for subscriptions on the same path. */
export async function startGraphQL(options: GraphQLServerOptions) {
  const { schema, httpServer, services, pubSub, log } = options;
  const validationRules = [operationLimitsRule(LIMITS)];

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer<Record<string, unknown>, { context?: GraphQLContext }>(
    {
      schema,
      validate: (wsSchema, document) =>
        validate(wsSchema, document, [...specifiedRules, ...validationRules]),
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        const principal = await services.admins.authenticate(
          typeof authorization === 'string' ? authorization : undefined,
        );
        const requestId = randomUUID();
        ctx.extra.context = {
          requestId,
          principal,
          services,
          pubSub,
          log: log.child({ requestId, transport: 'ws' }),
        };
        // A credential that was sent and refused closes the socket at once (4403) instead of failing later.
        return !(principal.kind === 'anonymous' && principal.rejection);
      },
      context: (ctx) => ctx.extra.context as GraphQLContext,
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
      {
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
  return { apollo, wsServer };
}
