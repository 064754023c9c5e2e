import { defineModule } from '../../core/module.js';
import { INCIDENT_RAISED } from './incident.constants.js';
import { createIncidentModel, type IncidentModel } from './incident.model.js';
import { IncidentResolver } from './incident.resolver.js';
import { PlatformIncidentResponder } from './incident-responder.js';
import { incidentRestRouter } from './incident.rest.js';
import { IncidentService, type IncidentView } from './incident.service.js';
import { SuspiciousActivityDetector } from './suspicious-activity.js';

declare module '../../core/registry.js' {
  interface ModelRegistry {
    incidents: IncidentModel;
  }
  interface ServiceRegistry {
    incidents: IncidentService;
    suspiciousActivity: SuspiciousActivityDetector;
  }
}

declare module '../../graphql/pubsub.js' {
  interface Topics {
    [INCIDENT_RAISED]: IncidentView;
  }
}

/**
 * Suspicious activity and automated response: rules over the audit trail raise incidents with
 * their evidence, take the safe responses (lock an account, end its sessions, disable an API
 * key), and admins triage them. `incidents.openIncidents()` is what monitoring alerts from.
 */
export const incidentsModule = defineModule({
  name: 'incidents',
  models: (connection) => ({ incidents: createIncidentModel(connection) }),
  services: ({ config, models, services, redis, pubSub, clock, log }) => {
    const incidents = new IncidentService(
      models.incidents,
      pubSub,
      services.security,
      clock,
      config.listMaxLimit,
      log,
    );
    return {
      incidents,
      suspiciousActivity: new SuspiciousActivityDetector(
        redis,
        config.redisKeyPrefix,
        services.security,
        incidents,
        new PlatformIncidentResponder(services.admins, services.clinicAuth, services.security),
        log.child({ part: 'rules' }),
      ),
    };
  },
  resolvers: [IncidentResolver],
  topics: [INCIDENT_RAISED],
  rest: (services) => [
    { path: '/admin/security-incidents', router: incidentRestRouter(services.incidents) },
  ],
  start: (services) => {
    services.security.onOccurrence((occurrence) => services.suspiciousActivity.observe(occurrence));
    services.principals.onApiKeyUse((use) => services.suspiciousActivity.noteApiKeyUse(use));
  },
});
