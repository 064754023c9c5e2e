import type { Redis } from 'ioredis';
import type { Connection, Model } from 'mongoose';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { AppPubSub } from './graphql/pubsub.js';
import { createAdminModel } from './modules/admins/admin.model.js';
import { createClinicModels } from './modules/clinic/clinic.models.js';
import { createClinicServices } from './modules/clinic/clinic.services.js';
import { AdminService } from './modules/admins/admin.service.js';
import { createApiKeyModel } from './modules/clinic-auth/api-key.model.js';
import { ClinicAuthService } from './modules/clinic-auth/clinic-auth.service.js';
import { createClinicUserModel } from './modules/clinic-auth/clinic-user.model.js';
import { createSecurityLogModel } from './modules/security/security-log.model.js';
import { SecurityLogService } from './modules/security/security-log.service.js';
import { ClinicAccess } from './modules/tenants/clinic-access.js';
import { TenantDirectory } from './modules/tenants/tenant-directory.js';
import { isTenantScoped, TenantPurgeService } from './modules/tenants/tenant-purge.service.js';
import { dnsTxtLookup, TenantDomainService } from './modules/tenants/tenant-domain.service.js';
import { TenantResolutionService } from './modules/tenants/tenant-resolution.service.js';
import { TenantChanges } from './modules/tenants/tenant.events.js';
import { createTenantModel } from './modules/tenants/tenant.model.js';
import { TenantService } from './modules/tenants/tenant.service.js';
import { createUsageServices } from './modules/usage/usage.services.js';

export function createModels(connection: Connection) {
  return {
    admins: createAdminModel(connection),
    tenants: createTenantModel(connection),
    securityLogs: createSecurityLogModel(connection),
    clinicUsers: createClinicUserModel(connection),
    apiKeys: createApiKeyModel(connection),
    ...createClinicModels(connection),
  };
}

export type Models = ReturnType<typeof createModels>;

export interface Infrastructure {
  config: Config;
  models: Models;
  pubSub: AppPubSub;
  redis: Redis;
  log: Logger;
}

/** Services are stateless apart from their models and caches, so one set serves all requests. */
export function createServices({ config, models, pubSub, redis, log }: Infrastructure) {
  const security = new SecurityLogService(models.securityLogs, log.child({ module: 'security' }));
  const directory = new TenantDirectory(
    models.tenants,
    redis,
    pubSub,
    {
      baseDomain: config.baseDomain,
      ttlSeconds: config.tenantCacheTtlSeconds,
      keyPrefix: config.redisKeyPrefix,
    },
    log.child({ module: 'tenant-directory' }),
  );
  const clinicAccess = new ClinicAccess(directory);
  const changes = new TenantChanges(directory, pubSub);
  const tokens = {
    secret: config.jwtSecret,
    issuer: config.jwtIssuer,
    ttlSeconds: config.jwtTtlSeconds,
  };
  return {
    security,
    directory,
    clinicAccess,
    admins: new AdminService(models.admins, tokens, log.child({ module: 'admins' })),
    clinicAuth: new ClinicAuthService(
      models.clinicUsers,
      models.apiKeys,
      directory,
      security,
      tokens,
      log.child({ module: 'clinic-auth' }),
    ),
    tenants: new TenantService(
      models.tenants,
      changes,
      security,
      log.child({ module: 'tenants' }),
      config.listMaxLimit,
    ),
    domains: new TenantDomainService(
      models.tenants,
      changes,
      security,
      dnsTxtLookup(config.dnsServers),
    ),
    resolution: new TenantResolutionService(directory, clinicAccess, pubSub),
    purge: new TenantPurgeService(
      models.tenants,
      () => (Object.values(models) as unknown as Model<never>[]).filter(isTenantScoped),
      redis,
      changes,
      security,
      { retentionDays: config.deletedTenantRetentionDays, keyPrefix: config.redisKeyPrefix },
      log.child({ module: 'tenant-purge' }),
    ),
    ...createClinicServices(models, clinicAccess, config.listMaxLimit),
    ...createUsageServices({ models, redis, clinicAccess, directory, config }),
  };
}

export type Services = ReturnType<typeof createServices>;
