import { randomUUID } from 'node:crypto';
import { expect, inject, it } from 'vitest';
import { connectRedis } from '../src/db/redis.js';
import { AppPubSub, UndeclaredTopicError } from '../src/graphql/pubsub.js';
import {
  TENANT_CHANGED,
  TENANT_CONFIG_CHANGED,
  type TenantChange,
} from '../src/modules/tenants/tenant.events.js';

it('keeps a subscription made while its Redis connection is still shaking hands', async () => {
  const publisher = connectRedis(inject('redisUrl'), 'pubsub-test-publish');
  const subscriber = connectRedis(inject('redisUrl'), 'pubsub-test-subscribe');
  // The connection failing ends the test at once, with ioredis's reason.
  const failed = new Promise<never>((_, reject) => subscriber.once('error', reject));
  try {
    const pubSub = new AppPubSub(
      publisher,
      subscriber,
      `pubsub-test-${randomUUID()}:`,
      new Set([TENANT_CHANGED]),
    );
    // ioredis says 'connect' before its handshake (CLIENT, INFO) is answered: a SUBSCRIBE sent
    // then would put the connection in subscriber mode under the handshake's feet.
    const { firstEvent } = await new Promise<{
      firstEvent: Promise<IteratorResult<TenantChange>>;
    }>((resolve) =>
      subscriber.once('connect', () =>
        resolve({ firstEvent: pubSub.subscribe(TENANT_CHANGED)[Symbol.asyncIterator]().next() }),
      ),
    );
    await Promise.race([pubSub.subscribed(TENANT_CHANGED), failed]);

    const change: TenantChange = { kind: 'deleted', tenant_id: randomUUID(), tenant: null };
    pubSub.publish(TENANT_CHANGED, change);
    expect((await Promise.race([firstEvent, failed])).value).toEqual(change);
    expect(subscriber.status).toBe('ready');
  } finally {
    await Promise.allSettled([publisher.quit(), subscriber.quit()]);
  }
});

it('refuses a topic no module declared, before anything reaches Redis', () => {
  const redis = connectRedis(inject('redisUrl'), 'pubsub-test-undeclared');
  try {
    const pubSub = new AppPubSub(
      redis,
      redis,
      'pubsub-test-undeclared:',
      new Set([TENANT_CHANGED]),
    );
    expect(() => pubSub.subscribe(TENANT_CONFIG_CHANGED)).toThrow(UndeclaredTopicError);
    expect(() => pubSub.publish(TENANT_CONFIG_CHANGED, {} as never)).toThrow(UndeclaredTopicError);
  } finally {
    redis.disconnect();
  }
});
