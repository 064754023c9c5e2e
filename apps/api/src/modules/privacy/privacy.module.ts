import { defineModule } from '../../core/module.js';
import { createErasureModel, type ErasureModel } from './erasure.model.js';
import { PrivacyResolver } from './privacy.resolver.js';
import { exportLinkRouter, privacyAdminRouter } from './privacy.rest.js';
import { PrivacyService } from './privacy.service.js';

declare module '../../core/registry.js' {
  interface ModelRegistry {
    erasures: ErasureModel;
  }
  interface ServiceRegistry {
    privacy: PrivacyService;
  }
}

/**
 * GDPR export and erasure of a clinic or a pet owner. `privacy.reapplyErasures(tenantId)` is
 * what a restore must call after putting a tenant's data back.
 */
export const privacyModule = defineModule({
  name: 'privacy',
  models: (connection) => ({ erasures: createErasureModel(connection) }),
  services: ({ config, models, services, redis, keyring, clock, log }) => ({
    privacy: new PrivacyService(
      models,
      models.erasures,
      services.directory,
      services.purge,
      services.security,
      redis,
      keyring,
      clock,
      config.redisKeyPrefix,
      log,
    ),
  }),
  resolvers: [PrivacyResolver],
  rest: (services) => [
    { path: '/admin/tenants', router: privacyAdminRouter(services.privacy) },
    { path: '/exports', router: exportLinkRouter(services.privacy) },
  ],
});
