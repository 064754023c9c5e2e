import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../../graphql/context.js';

/**
 * A GraphQL response refused by a rate limit also says when to retry the HTTP way
 * (`Retry-After`), for clients and proxies that read headers rather than error extensions.
 */
export function rateLimitedHeaderPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const limited = response.body.singleResult.errors?.find(
            (error) => error.extensions?.code === 'RATE_LIMITED',
          );
          const seconds = limited?.extensions?.retry_after_seconds;
          if (typeof seconds === 'number')
            response.http.headers.set('retry-after', String(seconds));
        },
      };
    },
  };
}
