import { defineModule } from '../../core/module.js';
import { rateLimitedHeaderPlugin } from './retry-after.plugin.js';
import { RateLimits } from './rate-limits.service.js';

declare module '../../core/registry.js' {
  interface ServiceRegistry {
    rateLimits: RateLimits;
  }
}

/**
 * Rate limits on Redis for sign-in, password reset, two-factor, clinic API calls and usage
 * ingestion (rate-limits.service.ts). Listed early: the modules that sign in and ingest use it.
 */
export const rateLimitsModule = defineModule({
  name: 'rate-limits',
  services: ({ config, services, redis, log }) => ({
    rateLimits: new RateLimits(
      redis,
      config.redisKeyPrefix,
      config.rateLimits,
      services.security,
      log,
    ),
  }),
  graphqlPlugins: () => [rateLimitedHeaderPlugin()],
});
