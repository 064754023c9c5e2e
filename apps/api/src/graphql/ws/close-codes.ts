/**
 * Why the API closes a websocket. graphql-ws's own codes where its protocol defines one; the
 * README lists them for client authors.
 */
export const WS_CLOSE = {
  /** A message that is not JSON or not a graphql-transport-ws message. */
  badRequest: 4400,
  /** The token expired (its exp passed), or an anonymous caller tried to subscribe. */
  unauthorized: 4401,
  /** The credential sent was refused, or it ended on some API instance (signed out, disabled, revoked). */
  forbidden: 4403,
  subprotocolNotAcceptable: 4406,
  connectionInitTimeout: 4408,
  subscriberAlreadyExists: 4409,
  tooManyInitRequests: 4429,
  internalError: 4500,
  /** The client read too slowly: more than WS_MAX_BUFFERED_BYTES waited unsent. Reconnect later. */
  tooSlow: 1013,
  /** The API is shutting down. */
  goingAway: 1001,
} as const;

/** The most one websocket message may hold; `ws` closes with 1009 before parsing a larger one. */
export const WS_MAX_PAYLOAD_BYTES = 1024 * 1024;

/** How long a new socket may take to send connection_init (graphql-ws's default). */
export const CONNECTION_INIT_WAIT_MS = 3000;
