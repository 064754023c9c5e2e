import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { OperationTypeNode, type GraphQLFormattedError, type ValidationRule } from 'graphql';
import {
  GRAPHQL_TRANSPORT_WS_PROTOCOL,
  MessageType,
  parseMessage,
  type Message,
  type SubscribeMessage,
} from 'graphql-ws';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import { AppError } from '../../common/errors.js';
import type { Principal, RecordDenial, ResolvePrincipal } from '../../common/principal.js';
import { runWithRequestInfo } from '../../common/request-info.js';
import type { Clock } from '../../core/clock.js';
import type { ServiceRegistry } from '../../core/registry.js';
import type { AppPubSub } from '../pubsub.js';
import { callerAddress } from './caller-address.js';
import { CONNECTION_INIT_WAIT_MS, WS_CLOSE, WS_MAX_PAYLOAD_BYTES } from './close-codes.js';
import { WsConnection, type Subscriber } from './connection.js';
import { CredentialWatch } from './credential-watch.js';
import { SubscriptionFanout, framePrefix, type FormatError } from './fanout.js';
import { OperationDocuments } from './operation-documents.js';
import { publicSubscriptions } from './public-subscriptions.js';
import { emptyWebSocketStats, type WebSocketStats } from './stats.js';
import type { DocumentNode, GraphQLSchema } from 'graphql';

export interface WebSocketLimits {
  maxConnectionsPerAddress: number;
  maxSubscriptionsPerConnection: number;
  maxBufferedBytes: number;
}

export interface WebSocketServerOptions {
  schema: GraphQLSchema;
  httpServer: Server;
  path: string;
  services: ServiceRegistry;
  pubSub: AppPubSub;
  resolvePrincipal: ResolvePrincipal;
  recordDenial: RecordDenial;
  log: Logger;
  clock: Clock;
  introspection: boolean;
  /** The same list HTTP validates with (limits), so both transports refuse the same documents. */
  validationRules: readonly ValidationRule[];
  /** The same limited parser (tokens, document size) as HTTP; throws a GraphQLError naming the limit. */
  parse: (source: string) => DocumentNode;
  /** The same formatter HTTP masks errors with. */
  formatError: FormatError;
  limits: WebSocketLimits;
}

export interface WebSocketTransport {
  stats: WebSocketStats;
  /** Closes every socket and stops every stream. */
  dispose(): Promise<void>;
}

/**
 * graphql-ws (the graphql-transport-ws protocol) held to the HTTP rules: same validation, same
 * introspection switch, same error masking, refusals recorded with the caller's address. Only
 * subscriptions run; each subscribe re-resolves the principal; sockets close when their
 * credential ends or expires; per-address and per-socket caps; 1 MiB messages at most.
 */
export async function startWebSockets(
  options: WebSocketServerOptions,
): Promise<WebSocketTransport> {
  const { log, limits, pubSub, clock } = options;
  const stats = emptyWebSocketStats();
  const wsLog = log.child({ transport: 'ws' });
  const documents = new OperationDocuments(
    options.schema,
    options.validationRules,
    options.introspection,
    options.parse,
  );
  const anonymousAllowed = publicSubscriptions(options.schema).length > 0;
  const fanout = new SubscriptionFanout({
    schema: options.schema,
    services: options.services,
    pubSub,
    log: wsLog,
    formatError: options.formatError,
    clock,
    maxBufferedBytes: limits.maxBufferedBytes,
    stats,
  });
  const credentials = new CredentialWatch(stats, wsLog);
  await credentials.start(pubSub);

  const perAddress = new Map<string, number>();
  const connections = new Set<WsConnection>();
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: WS_MAX_PAYLOAD_BYTES,
    handleProtocols: (protocols) =>
      protocols.has(GRAPHQL_TRANSPORT_WS_PROTOCOL) ? GRAPHQL_TRANSPORT_WS_PROTOCOL : false,
  });

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname !== options.path) return refuseUpgrade(socket, 404, 'Not Found');
    const address = callerAddress(request);
    const open = perAddress.get(address) ?? 0;
    if (open >= limits.maxConnectionsPerAddress) {
      stats.connectionsRefused += 1;
      wsLog.warn({ address, open }, 'websocket refused: too many from one address');
      return refuseUpgrade(socket, 429, 'Too Many Requests');
    }
    perAddress.set(address, open + 1);
    // Counted until the TCP connection closes, however it ends (even a handshake ws refuses).
    socket.once('close', () => {
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left > 0) perAddress.set(address, left);
      else perAddress.delete(address);
    });
    wss.handleUpgrade(request, socket, head, (ws) => accept(ws, request, address));
  };
  options.httpServer.on('upgrade', onUpgrade);

  function accept(socket: WebSocket, request: IncomingMessage, address: string): void {
    const connection = new WsConnection(
      socket,
      address,
      request.headers['user-agent'] ?? null,
      request.headers.host ?? null,
      clock,
    );
    connections.add(connection);
    stats.connections += 1;
    const initTimer = setTimeout(() => {
      if (!connection.initReceived)
        connection.close(WS_CLOSE.connectionInitTimeout, 'Connection initialisation timeout');
    }, CONNECTION_INIT_WAIT_MS);
    initTimer.unref();
    socket.once('close', () => {
      clearTimeout(initTimer);
      connections.delete(connection);
      stats.connections -= 1;
      credentials.untrack(connection);
      connection.dispose();
      for (const subscriber of connection.operations.values()) {
        subscriber.cancelled = true;
        subscriber.leave?.();
      }
      connection.operations.clear();
    });
    socket.on('error', (error) => wsLog.debug({ err: error }, 'websocket error'));
    if (socket.protocol !== GRAPHQL_TRANSPORT_WS_PROTOCOL) {
      connection.close(WS_CLOSE.subprotocolNotAcceptable, 'Subprotocol not acceptable');
      return;
    }
    socket.on('message', (data, isBinary) => {
      let message: Message;
      try {
        message = parseMessage(isBinary ? data.toString() : data.toString());
      } catch (error) {
        connection.close(WS_CLOSE.badRequest, describe(error).slice(0, 120));
        return;
      }
      handle(connection, message).catch((error: unknown) => {
        wsLog.error({ err: error }, 'websocket message failed');
        connection.close(WS_CLOSE.internalError, 'Internal server error');
      });
    });
  }

  async function handle(connection: WsConnection, message: Message): Promise<void> {
    switch (message.type) {
      case MessageType.ConnectionInit: {
        if (connection.initReceived) {
          connection.close(WS_CLOSE.tooManyInitRequests, 'Too many initialisation requests');
          return;
        }
        connection.initReceived = true;
        connection.connectionParams = message.payload ?? {};
        const principal = await resolve(connection, randomUUID());
        if (principal.kind === 'anonymous' && principal.rejection) {
          await denied(
            connection,
            principal,
            'UNAUTHENTICATED',
            'ws:connection_init',
            principal.rejection,
          );
          connection.close(WS_CLOSE.forbidden, 'Forbidden');
          return;
        }
        adopt(connection, principal);
        if (!connection.open) return;
        if (principal.kind === 'anonymous' && !anonymousAllowed) {
          // Acknowledged only to answer its first subscribe with UNAUTHENTICATED; never idle.
          setTimeout(
            () => connection.close(WS_CLOSE.unauthorized, 'Sign in to subscribe'),
            CONNECTION_INIT_WAIT_MS,
          ).unref();
        }
        connection.acknowledged = true;
        connection.socket.send(JSON.stringify({ type: MessageType.ConnectionAck }));
        return;
      }
      case MessageType.Ping:
        connection.socket.send(
          JSON.stringify({
            type: MessageType.Pong,
            ...(message.payload ? { payload: message.payload } : {}),
          }),
        );
        return;
      case MessageType.Pong:
        return;
      case MessageType.Subscribe:
        if (!connection.acknowledged) {
          connection.close(WS_CLOSE.unauthorized, 'Unauthorized');
          return;
        }
        return subscribe(connection, message);
      case MessageType.Complete: {
        const subscriber = connection.operations.get(message.id);
        if (!subscriber) return;
        subscriber.cancelled = true;
        connection.operations.delete(message.id);
        subscriber.leave?.();
        return;
      }
      default:
        connection.close(WS_CLOSE.badRequest, `Unexpected message of type ${message.type}`);
    }
  }

  async function subscribe(connection: WsConnection, message: SubscribeMessage): Promise<void> {
    const { id, payload } = message;
    if (connection.operations.has(id)) {
      connection.close(WS_CLOSE.subscriberAlreadyExists, `Subscriber for ${id} already exists`);
      return;
    }
    const subscriber: Subscriber = {
      connection,
      operationId: id,
      framePrefix: framePrefix(id),
      leave: null,
      cancelled: false,
    };
    if (connection.operations.size >= limits.maxSubscriptionsPerConnection) {
      sendError(connection, id, [
        new AppError(
          'LIMIT_EXCEEDED',
          `A websocket may run at most ${limits.maxSubscriptionsPerConnection} subscriptions`,
          [],
          { limit: 'subscriptions_per_connection', max: limits.maxSubscriptionsPerConnection },
        ),
      ]);
      return;
    }
    connection.operations.set(id, subscriber);
    const requestId = randomUUID();
    const operationLabel = `ws:${payload.operationName ?? 'subscription'}`;

    // The principal again, on every subscribe: a credential ended since the socket opened is refused.
    const principal = await resolve(connection, requestId);
    if (subscriber.cancelled || !connection.open) return;
    if (principal.kind === 'anonymous' && (principal.rejection || !anonymousAllowed)) {
      const error = new AppError('UNAUTHENTICATED', principal.rejection ?? 'Sign in to subscribe');
      await denied(connection, principal, error.code, operationLabel, error.message);
      connection.operations.delete(id);
      {
        sendError(connection, id, [error]);
        const expired =
          connection.expiresAtMs !== null && clock.now().getTime() >= connection.expiresAtMs;
        connection.close(
          principal.rejection && !expired ? WS_CLOSE.forbidden : WS_CLOSE.unauthorized,
          principal.rejection ? 'Credential refused' : 'Sign in to subscribe',
        );
        return;
      }
    }
    adopt(connection, principal);
    if (!connection.open) return;

    const prepared = documents.prepare(payload.query, payload.operationName);
    if (!prepared.ok) {
      connection.operations.delete(id);
      sendError(connection, id, prepared.errors);
      return;
    }
    if (prepared.operation.operation !== OperationTypeNode.SUBSCRIPTION) {
      connection.operations.delete(id);
      sendError(connection, id, [
        new AppError(
          'BAD_USER_INPUT',
          `Only subscriptions run over websockets: send ${prepared.operation.operation}s over HTTP (POST ${options.path})`,
        ),
      ]);
      return;
    }

    const refused = await runWithRequestInfo(requestInfo(connection, requestId, principal), () =>
      fanout.subscribe(subscriber, {
        query: payload.query,
        document: prepared.document,
        operationName: payload.operationName ?? undefined,
        variables: payload.variables ?? undefined,
        principal,
        host: connection.host,
        requestId,
      }),
    );
    if (!refused) return;
    // Refused by the field itself (say, a clinic naming another clinic): graphql-ws sends such a
    // result as `next` with its errors, then `complete`.
    connection.operations.delete(id);
    for (const error of refused.errors ?? [])
      await denied(connection, principal, error.extensions?.code, operationLabel, error.message);
    if (!connection.open || subscriber.cancelled) return;
    connection.socket.send(
      JSON.stringify({ id, type: MessageType.Next, payload: fanout.formatResult(refused) }),
    );
    connection.socket.send(JSON.stringify({ id, type: MessageType.Complete }));
  }

  /** Resolves the socket's credentials, as the HTTP layer resolves a request's headers. */
  function resolve(connection: WsConnection, requestId: string): Promise<Principal> {
    const params = connection.connectionParams;
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    return runWithRequestInfo(requestInfo(connection, requestId), () =>
      options.resolvePrincipal({
        authorization: text(params.authorization),
        apiKey: text(params['x-api-key'] ?? params.apiKey),
        host: connection.host ?? undefined,
      }),
    );
  }

  function adopt(connection: WsConnection, principal: Principal): void {
    connection.setPrincipal(principal);
    credentials.track(connection);
  }

  function requestInfo(connection: WsConnection, requestId: string, principal?: Principal) {
    return {
      requestId,
      ipAddress: connection.address,
      userAgent: connection.userAgent,
      ...(principal ? { principal } : {}),
    };
  }

  /** Records a refusal in the security log, with the socket's address, as HTTP does. */
  function denied(
    connection: WsConnection,
    principal: Principal,
    code: unknown,
    operation: string,
    message: string,
  ): Promise<void> {
    return runWithRequestInfo(requestInfo(connection, randomUUID(), principal), () =>
      options.recordDenial(principal, code, operation, message),
    ).catch((error: unknown) => wsLog.warn({ err: error }, 'a refusal could not be recorded'));
  }

  function sendError(connection: WsConnection, id: string, errors: readonly Error[]): void {
    if (!connection.open) return;
    const formatted: GraphQLFormattedError[] = errors.map((error) =>
      options.formatError(
        'toJSON' in error && typeof error.toJSON === 'function'
          ? (error.toJSON() as GraphQLFormattedError)
          : { message: error.message },
        error,
      ),
    );
    connection.socket.send(JSON.stringify({ id, type: MessageType.Error, payload: formatted }));
  }

  return {
    stats,
    async dispose() {
      options.httpServer.off('upgrade', onUpgrade);
      credentials.stop();
      fanout.stop();
      const closing = [...connections].map(
        (connection) =>
          new Promise<void>((resolve) => {
            connection.socket.once('close', () => resolve());
            connection.close(WS_CLOSE.goingAway, 'Server shutting down');
          }),
      );
      // A peer gets a moment to answer the close; one that does not is cut off.
      const grace = new Promise<void>((resolve) => setTimeout(resolve, 1000).unref());
      await Promise.race([Promise.all(closing), grace]);
      for (const connection of connections) connection.socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
