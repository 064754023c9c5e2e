import { CREDENTIAL_ENDED } from '../../common/credential-ended.js';
import { defineModule } from '../../core/module.js';
import { ChainVerifier } from './chain-verifier.js';
import { ChainWriter } from './chain-writer.js';
import { RefusalAggregator } from './refusal-aggregator.js';
import { SecurityAuditService } from './security-audit.service.js';
import { createSecurityChainModel, type SecurityChainModel } from './security-chain.model.js';
import { createSecurityLogModel, type SecurityLogModel } from './security-log.model.js';
import { SecurityLogService } from './security-log.service.js';
import { SecurityLogResolver } from './security.resolver.js';
import { securityLogRestRouter } from './security.rest.js';

declare module '../../core/registry.js' {
  interface ModelRegistry {
    securityLogs: SecurityLogModel;
    securityChains: SecurityChainModel;
  }
  interface ServiceRegistry {
    security: SecurityLogService;
    securityAudit: SecurityAuditService;
  }
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * The spec's security log as a tamper-evident audit trail: hash chains per tenant and for the
 * platform, repeated refusals counted rather than repeated, retention with signed anchors, and
 * verification on demand and daily. Other modules write to it through `security.record`.
 */
export const securityModule = defineModule({
  name: 'security',
  models: (connection) => ({
    securityLogs: createSecurityLogModel(connection),
    securityChains: createSecurityChainModel(connection),
  }),
  services: ({ config, models, redis, clock, log, keyring }) => {
    const writer = new ChainWriter(models.securityLogs, models.securityChains, keyring);
    const aggregator = new RefusalAggregator(
      redis,
      config.redisKeyPrefix,
      config.securityLogWindowSeconds * 1000,
      writer,
    );
    const security = new SecurityLogService(writer, aggregator, clock, keyring, log);
    const verifier = new ChainVerifier(
      models.securityLogs,
      models.securityChains,
      keyring,
      redis,
      config.redisKeyPrefix,
    );
    return {
      security,
      securityAudit: new SecurityAuditService(
        models.securityLogs,
        models.securityChains,
        verifier,
        security,
        keyring,
        clock,
        { retentionDays: config.securityLogRetentionDays, maxPageSize: config.listMaxLimit },
        log,
      ),
    };
  },
  // Published by whichever module ends a credential; the websocket layer closes sockets on it.
  topics: [CREDENTIAL_ENDED],
  resolvers: [SecurityLogResolver],
  jobs: (services) => [
    {
      name: 'security-log-flush-repeats',
      every: MINUTE_MS,
      run: () => services.security.flushRepeats(),
    },
    {
      name: 'security-chains-verify',
      every: DAY_MS,
      run: () => services.securityAudit.verifyAll(),
    },
    { name: 'security-log-retention', every: DAY_MS, run: () => services.securityAudit.prune() },
  ],
  rest: (services) => [
    { path: '/admin/security-logs', router: securityLogRestRouter(services.securityAudit) },
  ],
});
