import { defineModule } from '../../core/module.js';
import { createSecurityLogModel, type SecurityLogModel } from './security-log.model.js';
import { SecurityLogService } from './security-log.service.js';

declare module '../../core/registry.js' {
  interface ModelRegistry {
    securityLogs: SecurityLogModel;
  }
  interface ServiceRegistry {
    security: SecurityLogService;
  }
}

/** The spec's security log: what happened to whom, from where. Other modules write to it. */
export const securityModule = defineModule({
  name: 'security',
  models: (connection) => ({ securityLogs: createSecurityLogModel(connection) }),
  services: ({ models, log }) => ({ security: new SecurityLogService(models.securityLogs, log) }),
});
