import { randomUUID } from 'node:crypto';
import type { FormattedExecutionResult } from 'graphql';
import { createClient, type Client, type Sink, type SubscribePayload } from 'graphql-ws';
import WebSocket from 'ws';
import type { App } from '../src/app.js';

/**
 * Resolves once the subscription with this graphql-ws operation id hears every event published
 * from then on. An event published before that moment may be lost, so tests publish only after.
 */
export type ListeningSignal = (operationId: string) => Promise<void>;

/**
 * The signal of an API running in this process, straight from its pub/sub. Records from the
 * moment it is made, so awaiting a subscription that already started listening resolves too.
 */
export function listeningIn(app: App): ListeningSignal & { stop: () => void } {
  const heard = new Set<string>();
  const waiting = new Map<string, () => void>();
  const stop = app.pubSub.onListening(({ operationId }) => {
    if (!operationId) return;
    heard.add(operationId);
    waiting.get(operationId)?.();
  });
  const signal = (operationId: string) =>
    heard.has(operationId)
      ? Promise.resolve()
      : new Promise<void>((resolve) => waiting.set(operationId, resolve));
  return Object.assign(signal, { stop });
}

export interface TestWsClient {
  client: Client;
  /** Subscribes with an operation id of its own, returned so its signal can be awaited. */
  subscribe<Data>(
    payload: SubscribePayload,
    sink: Sink<FormattedExecutionResult<Data>>,
  ): { operationId: string; unsubscribe: () => void };
}

/** A graphql-ws client of the API at `url` (http or ws), lazily connected, never retrying. */
export function wsClient(
  url: string,
  connectionParams: Record<string, unknown> = {},
): TestWsClient {
  let chosen: string | undefined;
  const client = createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: true,
    // graphql-ws asks for the id synchronously inside subscribe(), so the one chosen there is used.
    generateID: () => chosen ?? randomUUID(),
  });
  return {
    client,
    subscribe(payload, sink) {
      const operationId = randomUUID();
      chosen = operationId;
      try {
        const unsubscribe = client.subscribe(payload, sink);
        return { operationId, unsubscribe };
      } finally {
        chosen = undefined;
      }
    },
  };
}
