import type { Model } from 'mongoose';
import { defineModule } from '../../core/module.js';
import { isTenantScopedModel } from '../../db/model.js';
import { ClinicAccess } from './clinic-access.js';
import { TenantConfigResolver } from './tenant-config.resolver.js';
import {
  TENANT_CACHE_INVALIDATED,
  TenantDirectory,
  type TenantCacheInvalidation,
} from './tenant-directory.js';
import { dnsTxtLookup, TenantDomainService } from './tenant-domain.service.js';
import { TenantPurgeService } from './tenant-purge.service.js';
import { TenantResolutionResolver } from './tenant-resolution.resolver.js';
import { TenantResolutionService } from './tenant-resolution.service.js';
import {
  TENANT_CHANGED,
  TENANT_CONFIG_CHANGED,
  TenantChanges,
  type TenantChange,
  type TenantConfigChange,
} from './tenant.events.js';
import { createTenantModel, type TenantModel } from './tenant.model.js';
import { TenantResolver } from './tenant.resolver.js';
import { tenantRestRouter } from './tenant.rest.js';
import { TenantService } from './tenant.service.js';

declare module '../../core/registry.js' {
  interface ModelRegistry {
    tenants: TenantModel;
  }
  interface ServiceRegistry {
    directory: TenantDirectory;
    clinicAccess: ClinicAccess;
    tenants: TenantService;
    domains: TenantDomainService;
    resolution: TenantResolutionService;
    purge: TenantPurgeService;
  }
}

declare module '../../graphql/pubsub.js' {
  interface Topics {
    [TENANT_CHANGED]: TenantChange;
    [TENANT_CACHE_INVALIDATED]: TenantCacheInvalidation;
    [TENANT_CONFIG_CHANGED]: TenantConfigChange;
  }
}

const HOUR_MS = 60 * 60 * 1000;

/** Clinics as tenants: the directory and routing, the lifecycle, domains, configuration, purge. */
export const tenantsModule = defineModule({
  name: 'tenants',
  models: (connection) => ({ tenants: createTenantModel(connection) }),
  services: ({ config, models, services, redis, pubSub, log }) => {
    const directory = new TenantDirectory(
      models.tenants,
      redis,
      pubSub,
      {
        baseDomain: config.baseDomain,
        ttlSeconds: config.tenantCacheTtlSeconds,
        keyPrefix: config.redisKeyPrefix,
      },
      log.child({ part: 'directory' }),
    );
    const clinicAccess = new ClinicAccess(directory);
    const changes = new TenantChanges(directory, pubSub);
    return {
      directory,
      clinicAccess,
      tenants: new TenantService(
        models.tenants,
        changes,
        services.security,
        log,
        config.listMaxLimit,
      ),
      domains: new TenantDomainService(
        models.tenants,
        changes,
        services.security,
        dnsTxtLookup(config.dnsServers),
      ),
      resolution: new TenantResolutionService(directory, clinicAccess, pubSub),
      purge: new TenantPurgeService(
        models.tenants,
        // Every module's tenant-scoped models, so a new module's data is purged without edits here.
        () => (Object.values(models) as Model<never>[]).filter(isTenantScopedModel),
        redis,
        changes,
        services.security,
        {
          retentionDays: config.deletedTenantRetentionDays,
          keyPrefix: config.redisKeyPrefix,
        },
        log.child({ part: 'purge' }),
      ),
    };
  },
  resolvers: [TenantResolver, TenantResolutionResolver, TenantConfigResolver],
  topics: [TENANT_CHANGED, TENANT_CACHE_INVALIDATED, TENANT_CONFIG_CHANGED],
  jobs: (services) => [
    { name: 'purge-deleted-tenants', every: HOUR_MS, run: () => services.purge.purgeExpired() },
  ],
  rest: (services) => [{ path: '/admin/tenants', router: tenantRestRouter(services.tenants) }],
  start: (services) => services.directory.start(),
  stop: (services) => services.directory.stop(),
});
