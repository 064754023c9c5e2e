import { CREDENTIAL_ENDED } from '../../common/credential-ended.js';
import { defineModule } from '../../core/module.js';
import { createApiKeyModel, type ApiKeyModel } from './api-key.model.js';
import { ClinicAuthResolver } from './clinic-auth.resolver.js';
import { ClinicAuthService } from './clinic-auth.service.js';
import { createClinicUserModel, type ClinicUserModel } from './clinic-user.model.js';
import { PrincipalResolver } from './principal-resolver.js';

declare module '../../core/registry.js' {
  interface ModelRegistry {
    clinicUsers: ClinicUserModel;
    apiKeys: ApiKeyModel;
  }
  interface ServiceRegistry {
    clinicAuth: ClinicAuthService;
    principals: PrincipalResolver;
  }
}

/**
 * The clinic's principals (its users' sign-in and tokens, its API keys), and the one place any
 * request's credential becomes a principal.
 */
export const clinicAuthModule = defineModule({
  name: 'clinic-auth',
  models: (connection) => ({
    clinicUsers: createClinicUserModel(connection),
    apiKeys: createApiKeyModel(connection),
  }),
  services: ({ config, models, services, clock, log, pubSub }) => {
    const clinicAuth = new ClinicAuthService(
      models.clinicUsers,
      models.apiKeys,
      services.directory,
      services.security,
      { secret: config.jwtSecret, issuer: config.jwtIssuer, ttlSeconds: config.jwtTtlSeconds },
      clock,
      log,
      services.rateLimits,
      (ended) => pubSub.publish(CREDENTIAL_ENDED, ended),
    );
    return {
      clinicAuth,
      principals: new PrincipalResolver(
        services.admins,
        clinicAuth,
        services.directory,
        services.security,
        clock,
      ),
    };
  },
  resolvers: [ClinicAuthResolver],
});
