import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { GraphQLContext } from '../../../graphql/context.js';
import type { ApiMetrics } from './api-metrics.js';

/** "tenants" or "createTenant+me": the root fields, which the schema bounds (names sent by clients are not). */
function rootFields(operation: OperationDefinitionNode | undefined): string {
  if (!operation) return 'invalid';
  const roots = operation.selectionSet.selections.map((selection) =>
    selection.kind === Kind.FIELD ? selection.name.value : '…',
  );
  return [...new Set(roots)].sort().join('+').slice(0, 120);
}

/** Times every GraphQL operation over HTTP and counts its errors by code. */
export function graphqlMetricsPlugin(metrics: ApiMetrics): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operation, response }) {
          const errors =
            response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          for (const error of errors) {
            const code = error.extensions?.code;
            metrics.countError(
              'graphql',
              typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR',
            );
          }
          metrics.graphqlDuration.observe(
            {
              type: operation?.operation ?? 'invalid',
              operation: rootFields(operation),
              outcome: errors.length ? 'error' : 'ok',
            },
            (performance.now() - started) / 1000,
          );
        },
      };
    },
  };
}
