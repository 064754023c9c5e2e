import type { Redis } from 'ioredis';
import { connectRedis } from '../../db/redis.js';
import { defineModule } from '../../core/module.js';
import { ClinicActivityRecorder } from './clinic-activity.recorder.js';
import { PerformanceRecorder } from './performance/performance-recorder.js';
import { restPerformanceRouter } from './performance/performance.middleware.js';
import { performancePlugin } from './performance/performance.plugin.js';
import { BufferedCounterWriter } from './store/buffered-writer.js';
import { CounterStore } from './store/counter-store.js';
import { UsageFlushService } from './store/usage-flush.service.js';
import { TenantLimitResolver } from './tenant-limits.resolver.js';
import { TenantLimitService } from './tenant-limits.service.js';
import {
  COUNTER_TTL_SECONDS,
  IDEMPOTENCY_TTL_SECONDS,
  USAGE_RETENTION_DAYS,
} from './usage.constants.js';
import { UsageKeys } from './usage-keys.js';
import { UsageResolver } from './usage.resolver.js';
import { usageRestRouter } from './usage.rest.js';
import {
  createPlatformRollupModel,
  createUsageRollupModel,
  type PlatformRollupModel,
  type UsageRollupModel,
} from './usage-rollup.model.js';
import { UsageService } from './usage.service.js';

declare module '../../core/registry.js' {
  interface ModelRegistry {
    usageRollups: UsageRollupModel;
    platformRollups: PlatformRollupModel;
  }
  interface ServiceRegistry {
    usageKeys: UsageKeys;
    usageRedis: Redis;
    counterWriter: BufferedCounterWriter;
    usage: UsageService;
    usageFlush: UsageFlushService;
    performance: PerformanceRecorder;
    clinicActivity: ClinicActivityRecorder;
    tenantLimits: TenantLimitService;
  }
}

/**
 * What clinics use and how the API serves them: usage events, per-request performance and the
 * clinic's activity as counters in Redis (each batch counted once, held through a Redis outage),
 * flushed into MongoDB rollups; and the clinic's limits.
 */
export const usageModule = defineModule({
  name: 'usage',
  models: (connection) => ({
    usageRollups: createUsageRollupModel(connection),
    platformRollups: createPlatformRollupModel(connection),
  }),
  services: ({ config, models, services, redis, clock, log }) => {
    const keys = new UsageKeys(config.redisKeyPrefix);
    // Its own connection: fails at once while Redis is away (no offline queue), so writes are
    // held by the buffer instead of waiting on reconnection.
    const usageRedis = connectRedis(config.redisUrl, 'usage', log, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: 2_000,
    });
    const store = new CounterStore(usageRedis, keys, {
      counterTtlSeconds: COUNTER_TTL_SECONDS,
      idempotencyTtlSeconds: IDEMPOTENCY_TTL_SECONDS,
    });
    const counterWriter = new BufferedCounterWriter(
      store,
      {
        maxBufferedWrites: config.usageBufferMaxWrites,
        retryInitialDelayMs: 250,
        retryMaxDelayMs: 5_000,
      },
      log.child({ part: 'counters' }),
    );
    const now = () => clock.now();
    const usage = new UsageService(
      redis,
      counterWriter,
      services.clinicAccess,
      services.directory,
      keys,
      now,
      services.rateLimits,
    );
    const timezoneOf = (tenantId: string) => usage.timezoneOf(tenantId);
    return {
      usageKeys: keys,
      usageRedis,
      counterWriter,
      usage,
      usageFlush: new UsageFlushService(
        redis,
        keys,
        models,
        {
          retentionDays: USAGE_RETENTION_DAYS,
          counterTtlSeconds: COUNTER_TTL_SECONDS,
          intervalMs: config.usageFlushIntervalSeconds * 1000,
        },
        now,
        log.child({ part: 'flush' }),
      ),
      performance: new PerformanceRecorder(
        counterWriter,
        keys,
        timezoneOf,
        log.child({ part: 'performance' }),
      ),
      clinicActivity: new ClinicActivityRecorder(
        redis,
        counterWriter,
        keys,
        models,
        timezoneOf,
        log.child({ part: 'clinic-activity' }),
      ),
      tenantLimits: new TenantLimitService(services.usageLimits, services.clinicAccess),
    };
  },
  resolvers: [UsageResolver, TenantLimitResolver],
  jobs: (services) => [
    {
      name: 'flush-usage-counters',
      every: services.usageFlush.intervalMs,
      run: () => services.usageFlush.flush(),
    },
  ],
  rest: (services) => [{ path: '/usage', router: usageRestRouter(services.usage) }],
  http: (services) => [{ path: '/api', router: restPerformanceRouter(services.performance) }],
  graphqlPlugins: (services) => [performancePlugin(services.performance)],
  start: async (services) => {
    await services.usageFlush.ensureCounters();
    services.performance.start();
  },
  stop: async (services) => {
    await services.performance.stop();
    await services.counterWriter.stop();
    services.usageRedis.disconnect();
  },
});
