import { defineModule } from '../../core/module.js';
import { createApiKeyModel, type ApiKeyModel } from './api-key.model.js';
import { ClinicAuthResolver, OwnPasswordResolver } from './clinic-auth.resolver.js';
import { ClinicAuthService } from './clinic-auth.service.js';
import { createClinicUserModel, type ClinicUserModel } from './clinic-user.model.js';
import { ClinicUsersService } from './clinic-users.service.js';
import { PrincipalResolver } from './principal-resolver.js';

declare module '../../core/registry.js' {
  interface ModelRegistry {
    clinicUsers: ClinicUserModel;
    apiKeys: ApiKeyModel;
  }
  interface ServiceRegistry {
    clinicAuth: ClinicAuthService;
    clinicUsers: ClinicUsersService;
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
  services: ({ config, models, services, pubSub, clock, log }) => {
    const clinicAuth = new ClinicAuthService(
      models.clinicUsers,
      models.apiKeys,
      services.directory,
      services.security,
      services.sessions,
      pubSub,
      clock,
      log,
      services.rateLimits,
    );
    return {
      clinicAuth,
      clinicUsers: new ClinicUsersService(
        models.clinicUsers,
        clinicAuth,
        services.sessions,
        services.passwordResets,
        services.mailer,
        services.security,
        config.consoleUrl,
      ),
      principals: new PrincipalResolver(
        services.admins,
        clinicAuth,
        services.directory,
        services.security,
        clock,
      ),
    };
  },
  resolvers: [ClinicAuthResolver, OwnPasswordResolver],
});
