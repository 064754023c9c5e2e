import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
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

/** Every topic and its payload. */
export interface Topics {
  [TENANT_CHANGED]: TenantChange;
  [TENANT_CACHE_INVALIDATED]: TenantCacheInvalidation;
  [TENANT_CONFIG_CHANGED]: TenantConfigChange;
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
    this.inner.publish(this.prefix + topic, payload);
  }

  subscribe<K extends keyof Topics>(topic: K): AsyncIterable<Topics[K]> {
    return this.inner.subscribe(this.prefix + topic) as AsyncIterable<Topics[K]>;
  }
}

// Dates travel through Redis as ISO strings; turn them back into Dates for the resolvers.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

function reviveDates(_key: string, value: unknown): unknown {
  return typeof value === 'string' && ISO_DATE.test(value) ? new Date(value) : value;
}
