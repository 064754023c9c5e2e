import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { defaultDataDir, repoRoot } from './paths.js';

// The one place scripts read environment variables. Scripts (unlike the API, whose config.ts
// validates its own) may read process.env, but keeping every read here shows what they depend on.

export interface ServicesEnv {
  /** An existing MongoDB (or MongoDB-wire) server; when set, no FerretDB is started. */
  mongodbUri: string | undefined;
  /** An existing Redis; when set, no redis-server is started. */
  redisUrl: string | undefined;
  /** An existing stripe-mock (tests only); when set, none is started. */
  stripeMockUrl: string | undefined;
  /** Where built tools (the FerretDB and stripe-mock binaries) are cached between runs. */
  cacheDir: string;
  /** FerretDB's log level: debug, info, warn (default) or error. */
  ferretDbLogLevel: string;
  /** Go's GOGC for the FerretDB process: the environment's, else FERRETDB_GOGC. */
  ferretDbGogc: string;
}

/**
 * FerretDB v1 decodes a whole collection for every sorted or counted read, so it makes garbage
 * fast, and at Go's default (GOGC=100) collecting it slows those reads a lot. With 400 they ran
 * about 1.5x faster on a fifth less CPU, for a heap of ~200 MB at 2,000 documents per collection
 * (800 gained little more for twice the memory; GOGC=off grew to 12 GB). `BENCH_GOGC=100,400
 * pnpm bench envelope` measures it. An already-set GOGC wins.
 */
export const FERRETDB_GOGC = '400';

export function readServicesEnv(env: NodeJS.ProcessEnv = process.env): ServicesEnv {
  const xdgCacheHome = nonEmpty(env.XDG_CACHE_HOME) ?? path.join(homedir(), '.cache');
  return {
    mongodbUri: nonEmpty(env.MONGODB_URI),
    redisUrl: nonEmpty(env.REDIS_URL),
    stripeMockUrl: nonEmpty(env.STRIPE_MOCK_URL),
    cacheDir: nonEmpty(env.VETCARES_CACHE_DIR) ?? path.join(xdgCacheHome, 'vetcares'),
    ferretDbLogLevel: nonEmpty(env.VETCARES_FERRETDB_LOG_LEVEL) ?? 'warn',
    ferretDbGogc: nonEmpty(env.GOGC) ?? FERRETDB_GOGC,
  };
}

// An exported-but-empty variable (MONGODB_URI=) means "not set", as in most tools.
function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export interface AppSetupEnv {
  /** Parent folder of persistent local data (FerretDB, Redis). */
  dataDir: string;
  /** The first admin, made by create-admin and by the dev command. */
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** The API's port (the console's dev server proxies to it). */
  apiPort: number;
  /** The console's dev server port. */
  consolePort: number;
  /** MONGODB_DATABASE as set; the database used is databaseName()'s answer (the URI's wins). */
  mongodbDatabase: string | undefined;
}

export function readAppSetupEnv(env: NodeJS.ProcessEnv = process.env): AppSetupEnv {
  return {
    dataDir: path.resolve(nonEmpty(env.DATA_DIR) ?? defaultDataDir),
    adminEmail: nonEmpty(env.ADMIN_EMAIL),
    adminPassword: nonEmpty(env.ADMIN_PASSWORD),
    apiPort: port(env.PORT, 4000, 'PORT'),
    consolePort: port(env.CONSOLE_PORT, 5173, 'CONSOLE_PORT'),
    mongodbDatabase: nonEmpty(env.MONGODB_DATABASE),
  };
}

function port(value: string | undefined, fallback: number, name: string): number {
  const text = nonEmpty(value);
  if (text === undefined) return fallback;
  const parsed = Number(text);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 65535) {
    throw new Error(`${name} must be a port number from 1 to 65535, got "${text}"`);
  }
  return parsed;
}

/**
 * Reads the repository's .env (if any) into process.env without overriding what the shell set,
 * so `ADMIN_PASSWORD=... pnpm dev` beats the file, as with most tools.
 */
export function loadDotEnv(file = path.join(repoRoot, '.env')): void {
  if (!existsSync(file)) return;
  const values = parseEnv(readFileSync(file, 'utf8'));
  for (const [key, value] of Object.entries(values)) {
    if (process.env[key] === undefined) process.env[key] = value;
  }
}
