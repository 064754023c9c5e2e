import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { isClinicPrincipal } from '../../../common/principal.js';
import type { GraphQLContext } from '../../../graphql/context.js';
import type { PerformanceRecorder } from './performance-recorder.js';
import { operationName, outcomeOfCodes } from './request-sample.js';

/** "query:tenants": the operation type and its root fields, which the schema bounds. */
function describe(operation: OperationDefinitionNode | undefined): string {
  if (!operation) return 'graphql:invalid';
  const roots = operation.selectionSet.selections
    .map((selection) => (selection.kind === Kind.FIELD ? selection.name.value : '…'))
    .sort();
  return operationName(`${operation.operation}:${[...new Set(roots)].join('+')}`);
}

/** Times every GraphQL request over HTTP and records it for its clinic and for the platform. */
export function performancePlugin(
  recorder: PerformanceRecorder,
): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ contextValue, operation, response }) {
          const ms = performance.now() - started;
          const errors =
            response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((error) => {
            const code = error.extensions?.code;
            return typeof code === 'string' ? code : undefined;
          });
          const status = response.http.status ?? 200;
          const principal = contextValue.principal;
          recorder.record({
            tenantId: isClinicPrincipal(principal) ? principal.tenantId : null,
            operation: describe(operation),
            ms,
            outcome: status >= 500 ? 'server_error' : outcomeOfCodes(codes),
            at: Date.now(),
          });
        },
      };
    },
  };
}
