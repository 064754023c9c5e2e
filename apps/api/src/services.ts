import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { AppPubSub } from './graphql/pubsub.js';
import { createAdminModel } from './modules/admins/admin.model.js';
import { AdminService } from './modules/admins/admin.service.js';
import { TENANT_CHANGED } from './modules/tenants/tenant.events.js';
import { createTenantModel } from './modules/tenants/tenant.model.js';
import { TenantService } from './modules/tenants/tenant.service.js';

export interface Services {
  admins: AdminService;
  tenants: TenantService;
}

export function createModels(connection: Connection) {
  return {
    admins: createAdminModel(connection),
    tenants: createTenantModel(connection),
  };
}

export type Models = ReturnType<typeof createModels>;

/** Services are stateless apart from their models and small caches, so one set serves all requests. */
export function createServices(
  config: Config,
  models: Models,
  pubSub: AppPubSub,
  log: Logger,
): Services {
  return {
    admins: new AdminService(
      models.admins,
      { secret: config.jwtSecret, issuer: config.jwtIssuer, ttlSeconds: config.jwtTtlSeconds },
      log.child({ module: 'admins' }),
    ),
    tenants: new TenantService(
      models.tenants,
      { publish: async (change) => pubSub.publish(TENANT_CHANGED, change) },
      log.child({ module: 'tenants' }),
      config.listMaxLimit,
    ),
  };
}
