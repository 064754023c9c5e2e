import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { Redis } from 'ioredis';
import { createPubSub } from '@graphql-yoga/subscription';

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

/**
 * Redis-backed so a change made on one instance reaches subscribers connected to another.
 * Channels carry the deployment's key prefix, so deployments (and test files) sharing a Redis
 * never hear each other.
 */
export class AppPubSub {
  private readonly inner: ReturnType<typeof createPubSub>;

  constructor(
    publishClient: Redis,
    subscribeClient: Redis,
    private readonly prefix: string,
    private readonly declared: ReadonlySet<keyof Topics>,
  ) {
    const eventTarget = createRedisEventTarget({
      publishClient,
      subscribeClient,
      serializer: {
        stringify: JSON.stringify,
        parse: (text: string) => JSON.parse(text, reviveDates),
      },
    });
    this.inner = createPubSub({ eventTarget });
  }

  publish<K extends keyof Topics>(topic: K, payload: Topics[K]): void {
    this.inner.publish(this.channel(topic), payload);
  }

  subscribe<K extends keyof Topics>(topic: K): AsyncIterable<Topics[K]> {
    return this.inner.subscribe(this.channel(topic)) as AsyncIterable<Topics[K]>;
  }

  /**
   * A topic narrowed to one id (a tenant): its own channel, `{topic}:{id}`, so a subscriber hears
   * only its id's events instead of filtering everyone's.
   */
  publishTo<K extends keyof Topics>(topic: K, id: string, payload: Topics[K]): void {
    this.inner.publish(this.channel(topic), id, payload);
  }

  subscribeTo<K extends keyof Topics>(topic: K, id: string): AsyncIterable<Topics[K]> {
    return this.inner.subscribe(this.channel(topic), id) as AsyncIterable<Topics[K]>;
  }

  private channel(topic: keyof Topics): string {
    if (!this.declared.has(topic)) throw new UndeclaredTopicError(String(topic));
    return this.prefix + String(topic);
  }
}

// Dates travel through Redis as ISO strings; turn them back into Dates for the resolvers.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

function reviveDates(_key: string, value: unknown): unknown {
  return typeof value === 'string' && ISO_DATE.test(value) ? new Date(value) : value;
}
