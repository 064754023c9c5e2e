import { defineModule } from '../../core/module.js';
import { TenantLimitResolver } from './tenant-limits.resolver.js';
import { TenantLimitService } from './tenant-limits.service.js';
import { UsageResolver } from './usage.resolver.js';
import { UsageService } from './usage.service.js';

declare module '../../core/registry.js' {
  interface ServiceRegistry {
    usage: UsageService;
    tenantLimits: TenantLimitService;
  }
}

/** What clinics use: event counters per day, and their limits. */
export const usageModule = defineModule({
  name: 'usage',
  services: ({ config, models, services, redis, clock }) => ({
    usage: new UsageService(
      redis,
      services.clinicAccess,
      services.directory,
      config.redisKeyPrefix,
      () => clock.now(),
    ),
    tenantLimits: new TenantLimitService(models, services.clinicAccess),
  }),
  resolvers: [UsageResolver, TenantLimitResolver],
});
