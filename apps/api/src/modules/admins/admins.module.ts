import { defineModule } from '../../core/module.js';
import { AdminDirectoryService } from './admin-directory.service.js';
import { createAdminModel, type AdminModel } from './admin.model.js';
import { AdminService } from './admin.service.js';
import { AdminsResolver } from './admins.resolver.js';
import { AuthResolver } from './auth.resolver.js';
import { authRestRouter, consoleAuthRouter } from './auth.rest.js';
import { createPlatformSettingsModel, type PlatformSettingsModel } from './platform-settings.js';

declare module '../../core/registry.js' {
  interface ModelRegistry {
    admins: AdminModel;
    platformSettings: PlatformSettingsModel;
  }
  interface ServiceRegistry {
    admins: AdminService;
    adminDirectory: AdminDirectoryService;
  }
}

/** Platform admins: sign-in with two-factor, their own account, and managing the others. */
export const adminsModule = defineModule({
  name: 'admins',
  models: (connection) => ({
    admins: createAdminModel(connection),
    platformSettings: createPlatformSettingsModel(connection),
  }),
  services: ({ config, models, services, clock, keyring, log }) => {
    const admins = new AdminService(
      models.admins,
      models.platformSettings,
      services.sessions,
      keyring,
      services.security,
      clock,
      log,
      services.rateLimits,
    );
    return {
      admins,
      adminDirectory: new AdminDirectoryService(
        models.admins,
        models.platformSettings,
        admins,
        services.sessions,
        services.passwordResets,
        services.mailer,
        services.security,
        config.consoleUrl,
        log,
      ),
    };
  },
  resolvers: [AuthResolver, AdminsResolver],
  rest: (services) => [
    { path: '/auth', router: authRestRouter(services.admins) },
    { path: '/admin/auth', router: consoleAuthRouter(services.admins, services.sessions) },
  ],
});
