import { defineModule } from '../../core/module.js';
import { createAdminModel, type AdminModel } from './admin.model.js';
import { AdminService } from './admin.service.js';
import { AuthResolver } from './auth.resolver.js';
import { authRestRouter } from './auth.rest.js';

declare module '../../core/registry.js' {
  interface ModelRegistry {
    admins: AdminModel;
  }
  interface ServiceRegistry {
    admins: AdminService;
  }
}

/** Platform admins: their accounts, sign-in and tokens. */
export const adminsModule = defineModule({
  name: 'admins',
  models: (connection) => ({ admins: createAdminModel(connection) }),
  services: ({ config, models, services, clock, log }) => ({
    admins: new AdminService(
      models.admins,
      { secret: config.jwtSecret, issuer: config.jwtIssuer, ttlSeconds: config.jwtTtlSeconds },
      log,
      { security: services.security, clock, rateLimits: services.rateLimits },
    ),
  }),
  resolvers: [AuthResolver],
  rest: (services) => [{ path: '/auth', router: authRestRouter(services.admins) }],
});
