import type { Redis } from 'ioredis';

/**
 * Resolves once some connection has subscribed to the channel: a subscription's Redis SUBSCRIBE
 * lands a moment after graphql-ws confirms it, and an event published before then is lost.
 */
export async function waitForSubscriber(
  redis: Redis,
  channel: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [, count] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
    if (Number(count) > 0) return;
    if (Date.now() > deadline)
      throw new Error(`nobody subscribed to ${channel} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Resolves once nobody is subscribed to the channel: a subscription closed a moment ago still
 * holds its Redis SUBSCRIBE for a while, and would make waitForSubscriber answer too early for
 * the next one.
 */
export async function waitForNoSubscriber(
  redis: Redis,
  channel: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [, count] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
    if (Number(count) === 0) return;
    if (Date.now() > deadline)
      throw new Error(`${channel} still had subscribers after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
