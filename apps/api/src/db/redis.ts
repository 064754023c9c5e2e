import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from 'pino';

/**
 * A Redis connection that reports its outages to the log, once per outage: without an error
 * listener ioredis prints every failed reconnection attempt as an unhandled error.
 */
export function connectRedis(
  url: string,
  name: string,
  log?: Logger,
  options: RedisOptions = {},
): Redis {
  const redis = new Redis(url, {
    connectionName: `vetcares-${name}`,
    maxRetriesPerRequest: 3,
    enableAutoPipelining: true,
    // Reconnects quickly and forever (the default waits up to 2 s between attempts, and a queued
    // command waits through maxRetriesPerRequest of them).
    retryStrategy: (times: number) => Math.min(times * 100, 1_000),
    ...options,
  });
  let reported = false;
  redis.on('error', (error: Error) => {
    if (reported) return;
    reported = true;
    log?.warn({ err: error, connection: name }, 'Redis connection lost; reconnecting');
  });
  redis.on('ready', () => {
    if (reported) log?.info({ connection: name }, 'Redis connection back');
    reported = false;
  });
  return redis;
}
