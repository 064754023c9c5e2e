import path from 'node:path';
import { withoutDatabase } from '@vetcares/api/db/mongo-uri';
import { ensureFerretDbBinary } from './embedded/ferretdb-binary.js';
import { startFerretDb } from './embedded/ferretdb-process.js';
import { startRedis } from './embedded/redis-process.js';
import { ensureStripeMockBinary } from './embedded/stripe-mock-binary.js';
import { startStripeMock } from './embedded/stripe-mock-process.js';
import { type Log, type RunningServer } from './embedded/types.js';
import { readServicesEnv } from './env.js';
import { defaultDataDir } from './paths.js';

export { ensureFerretDbBinary, ensureStripeMockBinary };
export { withDatabase, withoutDatabase } from '@vetcares/api/db/mongo-uri';

const defaultLog: Log = (line) => console.error(`[services] ${line}`);

/** A server named by the environment: ours to use, not to stop. */
const external = (url: string): RunningServer => ({ url, stop: async () => {} });

export interface ServiceHandles {
  /**
   * MongoDB server URI with no database in its path, e.g. "mongodb://127.0.0.1:41234/". One server
   * serves many databases (each test file uses its own), so callers choose theirs:
   * `mongoose.connect(mongoUri, { dbName })` or `withDatabase(mongoUri, dbName)`. A database
   * named in MONGODB_URI is dropped for the same reason; query options are kept.
   */
  mongoUri: string;
  /** e.g. "redis://127.0.0.1:41235"; REDIS_URL unchanged when set. */
  redisUrl: string;
  /** Stops what we started (nothing, for services given by env). Safe to call twice. */
  stop(): Promise<void>;
}

export interface StartServicesOptions {
  /** Parent of the persistent data folders (<dataDir>/ferretdb, <dataDir>/redis). Default: <repo>/.data */
  dataDir?: string;
  /** Keep data between runs in dataDir; otherwise FerretDB uses a temp dir and Redis memory only. */
  persistent?: boolean;
  /** Progress and server output. Default: stderr. */
  log?: (line: string) => void;
  /** Environment to read MONGODB_URI, REDIS_URL, cache dir and PATH from. Default: process.env. */
  env?: NodeJS.ProcessEnv;
}

/**
 * Gives the API a MongoDB and a Redis: the ones named by MONGODB_URI / REDIS_URL, or embedded
 * ones (FerretDB built from scripts/ferretdb, redis-server from PATH) on free loopback ports.
 * Embedded servers die with this process, and with stop().
 */
export async function startServices(opts: StartServicesOptions = {}): Promise<ServiceHandles> {
  const env = opts.env ?? process.env;
  const log = opts.log ?? defaultLog;
  const config = readServicesEnv(env);
  const dataDir = opts.dataDir ?? defaultDataDir;
  const persistentDir = (name: string) => (opts.persistent ? path.join(dataDir, name) : undefined);

  // allSettled, not all: if one fails we must still wait for the other, then stop it.
  const [mongo, redis] = await Promise.allSettled([
    config.mongodbUri
      ? external(config.mongodbUri)
      : startFerretDb({ dataDir: persistentDir('ferretdb'), log, env }),
    config.redisUrl
      ? external(config.redisUrl)
      : startRedis({ dataDir: persistentDir('redis'), env }),
  ]);
  const servers = [mongo, redis].flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= Promise.all(servers.map((s) => s.stop())).then(() => {}));

  if (mongo.status === 'rejected' || redis.status === 'rejected') {
    await stop().catch(() => {});
    throw combinedFailure([mongo, redis]);
  }
  if (!config.mongodbUri) log(`FerretDB (MongoDB wire) on ${mongo.value.url}`);
  if (!config.redisUrl) log(`redis-server on ${redis.value.url}`);
  return { mongoUri: withoutDatabase(mongo.value.url), redisUrl: redis.value.url, stop };
}

export interface TestServiceHandles extends ServiceHandles {
  /** e.g. "http://127.0.0.1:41236" (plain HTTP); STRIPE_MOCK_URL unchanged when set. */
  stripeMockUrl: string;
}

/**
 * What tests need: startServices' MongoDB and Redis, and in parallel Stripe's stripe-mock
 * (STRIPE_MOCK_URL when set, else built once from the Go module proxy and started on loopback).
 */
export async function startTestServices(
  opts: Omit<StartServicesOptions, 'persistent' | 'dataDir'> = {},
): Promise<TestServiceHandles> {
  const env = opts.env ?? process.env;
  const log = opts.log ?? defaultLog;
  const { stripeMockUrl } = readServicesEnv(env);
  const [core, stripeMock] = await Promise.allSettled([
    startServices({ ...opts, persistent: false }),
    stripeMockUrl ? external(stripeMockUrl) : startStripeMock({ log, env }),
  ]);
  const started = [core, stripeMock].flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= Promise.all(started.map((s) => s.stop())).then(() => {}));

  if (core.status === 'rejected' || stripeMock.status === 'rejected') {
    await stop().catch(() => {});
    throw combinedFailure([core, stripeMock]);
  }
  if (!stripeMockUrl) log(`stripe-mock on ${stripeMock.value.url}`);
  return {
    mongoUri: core.value.mongoUri,
    redisUrl: core.value.redisUrl,
    stripeMockUrl: stripeMock.value.url,
    stop,
  };
}

// Report both problems at once (say, no Go and no redis-server) rather than one per attempt.
function combinedFailure(results: PromiseSettledResult<unknown>[]): unknown {
  const reasons = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
  if (reasons.length === 1) return reasons[0];
  const messages = reasons.map((r) => (r instanceof Error ? r.message : String(r)));
  return new Error(messages.join('\n\n'), { cause: reasons });
}
