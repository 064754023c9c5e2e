import pino, { type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger };

export function createLogger(config: Pick<Config, 'logLevel' | 'nodeEnv'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'vetcares-api' },
    redact: ['req.headers.authorization', 'password', '*.password', 'token', '*.token'],
  });
}
