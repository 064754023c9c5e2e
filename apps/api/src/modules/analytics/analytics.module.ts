import { defineModule } from '../../core/module.js';
import { AnalyticsResolver } from './analytics.resolver.js';
import { systemAnalyticsRestRouter, tenantAnalyticsRestRouter } from './analytics.rest.js';
import { CounterReader } from './counter-reader.js';
import {
  LiveUsageService,
  SYSTEM_USAGE_UPDATED,
  USAGE_UPDATED,
  type SystemUsageUpdate,
  type UsageUpdate,
} from './live-usage.service.js';
import type { PlatformRevenue } from './platform-revenue.js';
import type { StorageUsage } from './storage-usage.js';
import { SystemAnalyticsService } from './system-analytics.service.js';
import { TenantAnalyticsService } from './tenant-analytics.service.js';
import { TenantStatsService } from './tenant-stats.service.js';

declare module '../../core/registry.js' {
  interface ServiceRegistry {
    tenantStats: TenantStatsService;
    platformRevenue: PlatformRevenue;
    storageUsage: StorageUsage;
    tenantAnalytics: TenantAnalyticsService;
    systemAnalytics: SystemAnalyticsService;
    liveUsage: LiveUsageService;
  }
}

declare module '../../graphql/pubsub.js' {
  interface Topics {
    [USAGE_UPDATED]: UsageUpdate;
    [SYSTEM_USAGE_UPDATED]: SystemUsageUpdate;
  }
}

/**
 * Analytics over the usage counters: a tenant's (the spec's shape), the platform's, and the live
 * feeds dashboards subscribe to. Revenue and storage come through seams the billing module fills.
 */
export const analyticsModule = defineModule({
  name: 'analytics',
  services: ({ config, models, services, redis, pubSub, clock, log }) => {
    const now = () => clock.now();
    const keys = services.usageKeys;
    const reader = new CounterReader(redis, keys, models);
    const tenantStats = new TenantStatsService(
      redis,
      pubSub,
      models.tenants,
      keys,
      log.child({ part: 'tenant-stats' }),
    );
    // The billing module (listed before this one) keeps revenue and measures storage.
    const platformRevenue: PlatformRevenue = services.billingRevenue;
    const storageUsage: StorageUsage = services.billingStorage;
    return {
      tenantStats,
      platformRevenue,
      storageUsage,
      tenantAnalytics: new TenantAnalyticsService(
        reader,
        services.usage,
        services.directory,
        services.clinicActivity,
        storageUsage,
        now,
      ),
      systemAnalytics: new SystemAnalyticsService(
        redis,
        keys,
        reader,
        tenantStats,
        platformRevenue,
        services.directory,
        now,
      ),
      liveUsage: new LiveUsageService(
        redis,
        pubSub,
        keys,
        reader,
        services.usage,
        services.directory,
        tenantStats,
        platformRevenue,
        config.liveUsageIntervalMs,
        now,
        log.child({ part: 'live' }),
      ),
    };
  },
  resolvers: [AnalyticsResolver],
  topics: [USAGE_UPDATED, SYSTEM_USAGE_UPDATED],
  rest: (services) => [
    { path: '/admin/tenants', router: tenantAnalyticsRestRouter(services.tenantAnalytics) },
    { path: '/admin/analytics', router: systemAnalyticsRestRouter(services.systemAnalytics) },
  ],
  start: async (services) => {
    await services.tenantStats.start();
    services.liveUsage.start();
  },
  stop: async (services) => {
    await services.liveUsage.stop();
    services.tenantStats.stop();
  },
});
