import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  EMBEDDED_DOCUMENTS_PER_COLLECTION,
  watchCollectionSizes,
  type CollectionSizeWatch,
} from './embedded/collection-size-watch.js';
import { loadDotEnv, readAppSetupEnv, readServicesEnv } from './env.js';
import { repoRoot } from './paths.js';
import { startServices } from './services.js';
import { createCollectionsAndIndexes, createFirstAdmin, openDatabase } from './setup/database.js';
import { describeSetupError } from './setup/errors.js';

/**
 * `pnpm dev`: the database and Redis (embedded unless MONGODB_URI / REDIS_URL are set), the
 * collections and first admin, then the API and the console, each reloading on change.
 */
loadDotEnv();
// A fresh clone has no .env: the example's values (its first admin) make sign-in work at once.
loadDotEnv(path.join(repoRoot, '.env.example'));
const setup = readAppSetupEnv();
const children: ChildProcess[] = [];
let stopping = false;
let sizeWatch: CollectionSizeWatch | undefined;
// Collections grow slowly; a look every few minutes costs the database next to nothing.
const SIZE_CHECK_EVERY_MS = 5 * 60_000;

const services = await startServices({ persistent: true, dataDir: setup.dataDir });
const mongoUri = readServicesEnv().mongodbUri ?? services.mongoUri;

let database: string;
try {
  const db = await openDatabase(mongoUri, setup.mongodbDatabase);
  database = db.name;
  await createCollectionsAndIndexes(db);
  await createFirstAdmin(db, setup.adminEmail, setup.adminPassword);
  await db.close();
} catch (error) {
  console.error(`Setup failed: ${describeSetupError(error)}`);
  await services.stop();
  process.exit(1);
}

const apiEnv = {
  ...process.env,
  NODE_ENV: process.env.NODE_ENV ?? 'development',
  PORT: String(setup.apiPort),
  MONGODB_URI: mongoUri,
  // The name the setup above resolved; the API's own resolution gives the same from these two.
  MONGODB_DATABASE: database,
  REDIS_URL: services.redisUrl,
  JWT_SECRET: process.env.JWT_SECRET ?? devJwtSecret(setup.dataDir),
  // The API keeps its development encryption keys here too (generated on first start).
  DATA_DIR: setup.dataDir,
};

children.push(
  run('api', ['exec', 'tsx', 'watch', '--clear-screen=false', 'src/main.ts'], 'apps/api', apiEnv),
);
children.push(
  run(
    'console',
    ['exec', 'vite', '--port', String(setup.consolePort), '--strictPort'],
    'apps/admin',
    {
      ...process.env,
      API_PORT: String(setup.apiPort),
    },
  ),
);

await waitForReady(`http://127.0.0.1:${setup.apiPort}/readyz`);
console.log(`
  VetCares is running.
    API         http://localhost:${setup.apiPort}/graphql   (REST under /api)
    Playground  http://localhost:${setup.apiPort}/playground
    Console     http://localhost:${setup.consolePort}/admin/
    Sign in as  ${setup.adminEmail}  with the ADMIN_PASSWORD from your environment or .env
  Data is kept in ${setup.dataDir}. Press Ctrl+C to stop.
`);

// The embedded engine slows down as a collection grows: say so, once per collection, when one
// passes what it serves comfortably. (A real MongoDB, from MONGODB_URI, has no such limit.)
if (!readServicesEnv().mongodbUri) {
  sizeWatch = await watchCollectionSizes({
    mongoUri,
    database,
    limit: EMBEDDED_DOCUMENTS_PER_COLLECTION,
    everyMs: SIZE_CHECK_EVERY_MS,
    warn: (message) => console.warn(`\n  Note: ${message}\n`),
  }).catch(() => undefined); // advice only: never a reason to stop
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.pid) killGroup(child.pid, 'SIGTERM');
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) =>
          child.exitCode !== null ? resolve(null) : child.once('exit', resolve),
        ),
    ),
  );
  await sizeWatch?.stop();
  await services.stop();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

function run(name: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): ChildProcess {
  // Own process group, so stopping the dev command stops tsx/vite and everything they started.
  const child = spawn('pnpm', args, {
    cwd: path.join(repoRoot, cwd),
    env,
    stdio: 'inherit',
    detached: true,
  });
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`[${name}] exited with code ${code}; stopping.`);
      void shutdown(code ?? 1);
    }
  });
  return child;
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

async function waitForReady(url: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`The API did not become ready at ${url}`);
}

/** A random secret kept in DATA_DIR, so dev sign-ins survive restarts without a shared default. */
function devJwtSecret(dataDir: string): string {
  const file = path.join(dataDir, 'dev-jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
