import { AppError } from './errors.js';

/** Driver errors that mean "the database cannot be reached", whatever the operation was. */
const MONGO_UNAVAILABLE = new Set([
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
  'MongoOperationTimeoutError',
]);

/** ioredis' ways of saying Redis is away: given up reconnecting, no offline queue, no reply. */
const REDIS_UNAVAILABLE_MESSAGES = [
  'Connection is closed',
  "Stream isn't writeable",
  'Command timed out',
  'Reached the max retries per request limit',
];

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);

/**
 * Whether an error says a dependency (the database or Redis) is unreachable rather than that the
 * request or the code is wrong: the client gets SERVICE_UNAVAILABLE (retry later), not a 500.
 */
export function isDependencyUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (!(current instanceof Error)) return false;
    if (MONGO_UNAVAILABLE.has(current.name) || current.name === 'MaxRetriesPerRequestError') {
      return true;
    }
    if (
      REDIS_UNAVAILABLE_MESSAGES.some(
        (text) => current instanceof Error && current.message.startsWith(text),
      )
    ) {
      return true;
    }
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
    current = current.cause;
  }
  return false;
}

export const SERVICE_UNAVAILABLE_MESSAGE =
  'A service the API depends on is unavailable; try again in a few seconds';

export const serviceUnavailable = (): AppError =>
  new AppError('SERVICE_UNAVAILABLE', SERVICE_UNAVAILABLE_MESSAGE);
