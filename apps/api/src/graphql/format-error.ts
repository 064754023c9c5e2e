import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import {
  isDependencyUnavailable,
  SERVICE_UNAVAILABLE_MESSAGE,
} from '../common/dependency-errors.js';
import { isAppError } from '../common/errors.js';

/** Codes Apollo and graphql-js produce for the client's own mistakes; safe to pass through. */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Our own errors and client mistakes keep their message and code; anything else is logged and
 * becomes a bare INTERNAL_SERVER_ERROR, so no stack trace or database message ever leaves.
 */
export function formatGraphQLError(log: Logger, exposeInternals: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isAppError(original)) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { ...original.extensions },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (isDependencyUnavailable(original)) {
      // The database or Redis is away: a clear, retryable answer; the driver's text stays here.
      log.warn({ err: original, path: formatted.path }, 'dependency unavailable');
      return {
        message: SERVICE_UNAVAILABLE_MESSAGE,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected GraphQL error');
    return {
      message:
        exposeInternals && original instanceof Error ? original.message : 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
