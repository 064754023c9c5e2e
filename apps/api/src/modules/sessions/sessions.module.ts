import { defineModule } from '../../core/module.js';
import { Mailer } from './mailer.js';
import { PasswordResets } from './password-resets.js';
import { SessionResolver } from './session.resolver.js';
import { SessionService } from './session.service.js';
import { TokenCodec } from './tokens.js';

declare module '../../core/registry.js' {
  interface ServiceRegistry {
    sessions: SessionService;
    passwordResets: PasswordResets;
    mailer: Mailer;
  }
}

/**
 * Sessions of admins and clinic users (access and rotating refresh tokens in Redis, sign-out,
 * idle timeout, revocation reaching every instance), password reset tokens, and outgoing mail.
 * The admins and clinic-auth modules start sessions and say how their accounts are re-read.
 */
export const sessionsModule = defineModule({
  name: 'sessions',
  services: ({ config, services, redis, pubSub, clock, log }) => ({
    sessions: new SessionService(
      redis,
      config.redisKeyPrefix,
      new TokenCodec(config.jwtSecret, config.jwtIssuer),
      {
        admin: {
          accessTtlSeconds: config.adminAccessTtlSeconds,
          sessionTtlSeconds: config.adminSessionTtlSeconds,
          idleTimeoutSeconds: config.adminIdleTimeoutSeconds,
        },
        clinic: {
          accessTtlSeconds: config.clinicAccessTtlSeconds,
          sessionTtlSeconds: config.clinicSessionTtlSeconds,
          idleTimeoutSeconds: config.clinicIdleTimeoutSeconds,
        },
      },
      pubSub,
      services.security,
      clock,
      log,
    ),
    passwordResets: new PasswordResets(
      redis,
      config.redisKeyPrefix,
      config.passwordResetTtlSeconds,
      clock,
    ),
    mailer: new Mailer(config.smtpUrl, config.mailFrom, config.nodeEnv !== 'production', log),
  }),
  resolvers: [SessionResolver],
});
