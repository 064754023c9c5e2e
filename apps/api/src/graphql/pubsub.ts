import { AsyncLocalStorage } from 'node:async_hooks';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { createPubSub } from '@graphql-yoga/subscription';
import { RedisEventTarget } from './redis-event-target.js';

/**
 * Every topic and its payload. Empty here: each module declares its own topics by augmenting
 * this interface from its manifest, and lists them in the manifest's `topics`.
 *
 *   declare module '../../graphql/pubsub.js' {
 *     interface Topics { [INVOICE_PAID]: InvoicePaid }
 *   }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by augmentation
export interface Topics {}

export class UndeclaredTopicError extends Error {
  constructor(topic: string) {
    super(`Topic "${topic}" is not declared by any module's manifest`);
    this.name = 'UndeclaredTopicError';
  }
}

/** A subscription that now hears every event published to its topic, on any instance. */
export interface Listening {
  topic: keyof Topics;
  /** The graphql-ws operation it serves (the id its client chose); null for the API's own. */
  operationId: string | null;
}

const subscribingOperation = new AsyncLocalStorage<string>();

/** Runs `subscribe` on behalf of a graphql-ws operation, so its Listening signal names it. */
export const subscribeFor = <T>(operationId: string | undefined, subscribe: () => T): T =>
  operationId ? subscribingOperation.run(operationId, subscribe) : subscribe();

/**
 * Redis-backed so a change made on one instance reaches subscribers connected to another.
 * Channels carry the deployment's key prefix, so deployments (and test files) sharing a Redis
 * never hear each other.
 */
export class AppPubSub {
  private readonly inner: ReturnType<typeof createPubSub>;
  private readonly target: RedisEventTarget;
  private readonly listeningCallbacks = new Set<(listening: Listening) => void>();

  constructor(
    publishClient: Redis,
    subscribeClient: Redis,
    private readonly prefix: string,
    private readonly declared: ReadonlySet<keyof Topics>,
    log?: Logger,
  ) {
    this.target = new RedisEventTarget(
      publishClient,
      subscribeClient,
      { stringify: JSON.stringify, parse: (text: string) => JSON.parse(text, reviveDates) },
      (channel, error) => log?.warn({ err: error, channel }, 'an event could not be published'),
    );
    this.inner = createPubSub({ eventTarget: this.target });
  }

  publish<K extends keyof Topics>(topic: K, payload: Topics[K]): void {
    this.inner.publish(this.channel(topic), payload);
  }

  subscribe<K extends keyof Topics>(topic: K): AsyncIterable<Topics[K]> {
    const channel = this.channel(topic);
    return this.listened<Topics[K]>(topic, channel, this.inner.subscribe(channel));
  }

  /**
   * A topic narrowed to one id (a tenant): its own channel, `{topic}:{id}`, so a subscriber hears
   * only its id's events instead of filtering everyone's.
   */
  publishTo<K extends keyof Topics>(topic: K, id: string, payload: Topics[K]): void {
    this.inner.publish(this.channel(topic), id, payload);
  }

  subscribeTo<K extends keyof Topics>(topic: K, id: string): AsyncIterable<Topics[K]> {
    const channel = this.channel(topic);
    // The event target's own name for a narrowed channel, as createPubSub builds it.
    return this.listened<Topics[K]>(topic, `${channel}:${id}`, this.inner.subscribe(channel, id));
  }

  private channel(topic: keyof Topics): string {
    if (!this.declared.has(topic)) throw new UndeclaredTopicError(String(topic));
    return this.prefix + String(topic);
  }

  /** Signals the subscription as listening once Redis confirms its channel (after the first pull). */
  private listened<T>(topic: keyof Topics, eventChannel: string, events: AsyncIterable<unknown>) {
    const listening: Listening = { topic, operationId: subscribingOperation.getStore() ?? null };
    return onFirstPull(events as AsyncIterable<T>, () =>
      this.target.subscribed(eventChannel).then(
        () => this.listeningCallbacks.forEach((callback) => callback(listening)),
        () => undefined,
      ),
    );
  }

  /** Resolves once a subscription to `topic` made on this instance hears every event. */
  subscribed(topic: keyof Topics): Promise<void> {
    return this.target.subscribed(this.channel(topic));
  }

  /**
   * Signals that `listening.operationId` now hears every event of its topic, for an operation
   * that joined a stream already listening (the websocket fan-out shares one stream per group).
   */
  announceListening(listening: Listening): void {
    this.listeningCallbacks.forEach((callback) => callback(listening));
  }

  /**
   * Calls back each time a subscription starts hearing every event published to its topic.
   * Returns the way to stop. For logs, and for tests that must not publish before that moment.
   */
  onListening(callback: (listening: Listening) => void): () => void {
    this.listeningCallbacks.add(callback);
    return () => this.listeningCallbacks.delete(callback);
  }
}

/** The same events; `started` runs right after the first pull, which attaches the listener. */
function onFirstPull<T>(events: AsyncIterable<T>, started: () => unknown): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]() {
      const iterator = events[Symbol.asyncIterator]();
      let first = true;
      const pulled: AsyncIterableIterator<T> = {
        next() {
          const next = iterator.next();
          if (first) {
            first = false;
            void started();
          }
          return next;
        },
        return: (value?: unknown) =>
          iterator.return?.(value) ?? Promise.resolve({ done: true, value: undefined }),
        throw: (error?: unknown) => iterator.throw?.(error) ?? Promise.reject(error),
        [Symbol.asyncIterator]: () => pulled,
      };
      return pulled;
    },
  };
}

// Dates travel through Redis as ISO strings; turn them back into Dates for the resolvers.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

function reviveDates(_key: string, value: unknown): unknown {
  return typeof value === 'string' && ISO_DATE.test(value) ? new Date(value) : value;
}
