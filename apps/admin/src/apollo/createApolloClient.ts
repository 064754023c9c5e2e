import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { accessToken, clearSession } from '../auth/session';
import { hasErrorCode } from '../errors/graphqlErrors';
import { liveConnection } from '../live/liveConnection';

// Relative on purpose: the same build is served by Vite's proxy in dev and by the API itself.
const GRAPHQL_PATH = '/graphql';

/** Sign-in failures are reported on the form, not by bouncing back to the sign-in page. */
const OPERATIONS_ALLOWED_UNAUTHENTICATED = new Set(['ResetPassword']);

function websocketUrl(path: string): string {
  const url = new URL(path, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

function bearer(token: string | null): string | undefined {
  return token ? `Bearer ${token}` : undefined;
}

export interface ApolloClientOptions {
  /** Called after the API rejected the stored token; the session is already cleared. */
  onUnauthenticated: () => void;
}

export function createApolloClient({ onUnauthenticated }: ApolloClientOptions) {
  const authLink = new SetContextLink(async ({ headers }) => {
    const authorization = bearer(await accessToken());
    return { headers: authorization ? { ...headers, authorization } : headers };
  });

  const sessionExpiryLink = new ErrorLink(({ error, operation }) => {
    if (OPERATIONS_ALLOWED_UNAUTHENTICATED.has(operation.operationName ?? '')) return;
    if (!hasErrorCode(error, 'UNAUTHENTICATED')) return;
    clearSession();
    onUnauthenticated();
  });

  const httpLink = new HttpLink({ uri: GRAPHQL_PATH });

  const wsLink = new GraphQLWsLink(
    createClient({
      url: websocketUrl(GRAPHQL_PATH),
      // Read at every (re)connect so a new sign-in is picked up without reloading.
      connectionParams: async () => {
        const authorization = bearer(await accessToken());
        return authorization ? { authorization } : {};
      },
      // Dashboards stay live across API restarts and network blips.
      retryAttempts: Infinity,
      shouldRetry: () => true,
      on: {
        connecting: () => liveConnection.connecting(),
        connected: () => liveConnection.connected(),
        closed: () => liveConnection.closed(),
      },
    }),
  );

  const transport = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    wsLink,
    ApolloLink.from([authLink, httpLink]),
  );

  return new ApolloClient({
    link: ApolloLink.from([sessionExpiryLink, transport]),
    cache: new InMemoryCache(),
  });
}
