import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { startApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { Clock } from '../src/core/clock.js';
import type { AppModule } from '../src/core/module.js';
import { createLogger } from '../src/logger.js';

export interface TestAdmin {
  email: string;
  password: string;
}

export interface TestApi {
  url: string;
  app: App;
  admin: TestAdmin;
  /** The key tokens are signed with, for tests that forge or hand-make tokens. */
  jwtSecret: string;
  /** ENCRYPTION_KEYS and HMAC_KEYS as configured, for processes that share the database. */
  keyEnv: { ENCRYPTION_KEYS: string; HMAC_KEYS: string };
  /** The Redis prefix and database this instance uses, for processes that must share them. */
  redisKeyPrefix: string;
  databaseName: string;
  redisUrl: string;
  mongoUri: string;
  /** A fresh admin token for the seeded super admin. */
  token(): Promise<string>;
  stop(): Promise<void>;
}

export interface StartTestApiOptions {
  adminStaticDir?: string;
  /** Share a database and Redis prefix with another instance (multi-instance tests). */
  shareWith?: TestApi;
  env?: Record<string, string>;
  /** Where the API reads the time (a ManualClock lets a test set it). */
  clock?: Clock;
  /** The modules to run (all of them by default), e.g. with a test's own provider of a seam. */
  modules?: readonly AppModule[];
}

const TEST_ADMIN: TestAdmin = { email: 'admin@vetcares.test', password: 'Vet-Test-Passw0rd!' };

const uniqueName = (): string =>
  `test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;

/**
 * A real API on a free port, on the run's embedded FerretDB and Redis, with its own database and
 * Redis prefix so test files never see each other's data or events.
 */
export async function startTestApi(options: StartTestApiOptions = {}): Promise<TestApi> {
  const shared = options.shareWith?.app;
  const name = uniqueName();
  const keyEnv = options.shareWith?.keyEnv ?? {
    ENCRYPTION_KEYS: `test1:${randomBytes(32).toString('base64')}`,
    HMAC_KEYS: `test1:${randomBytes(32).toString('base64')}`,
  };
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    MONGODB_URI: inject('mongoUri'),
    MONGODB_DATABASE: shared ? shared.connection.name : name,
    REDIS_URL: inject('redisUrl'),
    REDIS_KEY_PREFIX: shared ? sharedPrefix.get(shared)! : `${name}:`,
    JWT_SECRET: sharedSecret.get(shared ?? ({} as App)) ?? randomBytes(32).toString('hex'),
    ...keyEnv,
    ADMIN_STATIC_DIR: options.adminStaticDir ?? '',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...options.env,
  });
  const app = await startApp(config, {
    log: createLogger(config),
    clock: options.clock,
    modules: options.modules,
  });
  sharedPrefix.set(app, config.redisKeyPrefix);
  sharedSecret.set(app, config.jwtSecret);
  if (!shared) await app.services.admins.ensureAdmin({ ...TEST_ADMIN, name: 'Test Admin' });

  return {
    url: app.url,
    app,
    admin: TEST_ADMIN,
    jwtSecret: config.jwtSecret,
    keyEnv,
    redisKeyPrefix: config.redisKeyPrefix,
    databaseName: app.connection.name,
    redisUrl: config.redisUrl,
    mongoUri: config.mongodbUri,
    token: async () =>
      (await app.services.admins.login(TEST_ADMIN.email, TEST_ADMIN.password)).token,
    stop: async () => {
      if (!shared) await app.connection.dropDatabase().catch(() => undefined);
      await app.stop();
    },
  };
}

const sharedPrefix = new WeakMap<App, string>();
const sharedSecret = new WeakMap<App, string>();
