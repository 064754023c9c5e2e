import { loadConfig, startApp, type App } from '@vetcares/api';
import { readAppSetupEnv, readServicesEnv } from '../env.js';
import { startServices } from '../services.js';

/**
 * Runs a step against a full API instance (no listening port worth using, no jobs), on
 * MONGODB_URI and REDIS_URL, or on the embedded services in DATA_DIR when they are not set: the
 * same data, keys and code paths as the running API.
 */
export async function withApp<T>(step: (app: App) => Promise<T>): Promise<T> {
  const setup = readAppSetupEnv();
  const given = readServicesEnv();
  const services =
    given.mongodbUri && given.redisUrl
      ? null
      : await startServices({ persistent: true, dataDir: setup.dataDir });
  const config = loadConfig({
    ...process.env,
    MONGODB_URI: given.mongodbUri ?? services!.mongoUri,
    REDIS_URL: given.redisUrl ?? services!.redisUrl,
    DATA_DIR: setup.dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    JOBS_ENABLED: 'false',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    ADMIN_STATIC_DIR: '',
  });
  const app = await startApp(config);
  try {
    return await step(app);
  } finally {
    await app.stop();
    await services?.stop();
  }
}
