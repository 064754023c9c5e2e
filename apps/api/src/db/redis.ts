import { Redis } from 'ioredis';

export function connectRedis(url: string, name: string): Redis {
  return new Redis(url, {
    connectionName: `vetcares-${name}`,
    maxRetriesPerRequest: 3,
    enableAutoPipelining: true,
  });
}
