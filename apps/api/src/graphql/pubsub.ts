import { AsyncLocalStorage } from 'node:async_hooks';
import type { Redis } from 'ioredis';
import { createPubSub } from '@graphql-yoga/subscription';
import type {
  TENANT_CACHE_INVALIDATED,
  TenantCacheInvalidation,
} from '../modules/tenants/tenant-directory.js';
import type {
  TENANT_CHANGED,
  TENANT_CONFIG_CHANGED,
  TenantChange,
  TenantConfigChange,
} from '../modules/tenants/tenant.events.js';
import { RedisEventTarget } from './redis-event-target.js';

/** Every topic and its payload. */
export interface Topics {
  [TENANT_CHANGED]: TenantChange;
  [TENANT_CACHE_INVALIDATED]: TenantCacheInvalidation;
  [TENANT_CONFIG_CHANGED]: TenantConfigChange;
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
  ) {
    this.target = new RedisEventTarget(publishClient, subscribeClient, {
      stringify: JSON.stringify,
      parse: (text: string) => JSON.parse(text, reviveDates),
    });
    this.inner = createPubSub({ eventTarget: this.target });
  }

  publish<K extends keyof Topics>(topic: K, payload: Topics[K]): void {
    this.inner.publish(this.prefix + topic, payload);
  }

  subscribe<K extends keyof Topics>(topic: K): AsyncIterable<Topics[K]> {
    const channel = this.prefix + topic;
    const listening: Listening = { topic, operationId: subscribingOperation.getStore() ?? null };
    const events = this.inner.subscribe(channel) as AsyncIterable<Topics[K]>;
    // The listener is attached at the first pull; it hears everything once Redis confirms.
    return onFirstPull(events, () =>
      this.target.subscribed(channel).then(
        () => this.listeningCallbacks.forEach((callback) => callback(listening)),
        () => undefined,
      ),
    );
  }

  /** Resolves once a subscription to `topic` made on this instance hears every event. */
  subscribed(topic: keyof Topics): Promise<void> {
    return this.target.subscribed(this.prefix + topic);
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
