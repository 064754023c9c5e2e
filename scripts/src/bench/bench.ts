import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createLogger, loadConfig, startApp, type App } from '@vetcares/api';
import { ADMIN_AUDIENCE } from '@vetcares/api/modules/sessions/tokens';
import { MongoClient } from 'mongodb';
import { defaultDataDir } from '../paths.js';
import { startServices, type ServiceHandles } from '../services.js';
import { fetchTenantsPage, startBaselineServer, type BaselineServer } from './baseline-server.js';
import { countCommandsPerRequest, sameAtEveryPageSize } from './command-count.js';
import { trackCommandsInFlight } from './in-flight.js';
import { type LoadOptions } from './load.js';
import { loadInTurns } from './load-in-turns.js';
import {
  machineInfo,
  printCommandCounts,
  printSummary,
  writeSummary,
  type BenchSummary,
} from './report.js';
import { seedTenants } from './seed.js';
import { readBenchSettings } from './settings.js';
import {
  postTenantsQuery,
  SORT,
  tenantsRequestBody,
  verifyTenantsPage,
  type GraphQLTarget,
  type TenantsPageRequest,
} from './tenants-query.js';
import { medianLatencyMs } from './unloaded-latency.js';

/**
 * `pnpm bench`: our API's tenants list against a bare graphql-js + MongoDB driver server on the
 * same data, plus a check that a page costs the same number of database commands at any size.
 * Starts everything it needs and leaves nothing behind.
 */

const ADMIN_PASSWORD = 'Bench-Passw0rd-2026!';
const SUMMARY_FILE = path.join(defaultDataDir, 'bench', 'last.json');
const LATENCY_SAMPLES = 5;

const progress = (line: string) => console.error(`[bench] ${line}`);

export async function runBench(): Promise<void> {
  const settings = readBenchSettings();
  const runId = randomBytes(4).toString('hex');
  const database = process.env.MONGODB_URI?.trim()
    ? 'MongoDB from MONGODB_URI'
    : 'embedded FerretDB (SQLite)';

  let services: ServiceHandles | undefined;
  let baselineClient: MongoClient | undefined;
  let app: App | undefined;
  let baseline: BaselineServer | undefined;
  let dbName: string | undefined;
  try {
    progress('starting MongoDB and Redis');
    services = await startServices({ persistent: false });
    // The baseline's own client, with the driver's defaults (no command monitoring): what a
    // plain driver user has. It also keeps either server from queueing behind the other's pool.
    baselineClient = await new MongoClient(services.mongoUri).connect();

    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      // services.mongoUri names no database (a database in MONGODB_URI is dropped), so this
      // throwaway one is what the API resolves, whatever MONGODB_URI names.
      MONGODB_URI: services.mongoUri,
      MONGODB_DATABASE: `bench_${runId}`,
      // Needed to count commands per request; it costs our server some CPU under load too.
      MONGODB_MONITOR_COMMANDS: 'true',
      REDIS_URL: services.redisUrl,
      REDIS_KEY_PREFIX: `bench:${runId}:`,
      JWT_SECRET: randomBytes(32).toString('hex'),
      // Production refuses to start without keys; throwaway ones for a throwaway database.
      ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
      HMAC_KEYS: `bench:${randomBytes(32).toString('base64')}`,
      LOG_LEVEL: 'warn',
      LIST_MAX_LIMIT: String(settings.listMaxLimit),
      ADMIN_STATIC_DIR: '',
      GRAPHQL_INTROSPECTION: 'false',
      GRAPHQL_PLAYGROUND: 'false',
    });
    dbName = config.mongodbDatabase;
    progress(`starting the API on database ${dbName}`);
    app = await startApp(config, { log: createLogger(config) });

    const email = `bench-${runId}@vetcares.example.com`;
    await app.services.admins.ensureAdmin({ email, password: ADMIN_PASSWORD });
    const { token } = await app.services.admins.login(email, ADMIN_PASSWORD);

    progress(`seeding ${settings.tenantCount} tenants (${settings.tenantCountReason})`);
    const seed = await seedTenants(
      app.models.tenants,
      settings.tenantCount,
      settings.seedBatchSize,
    );
    progress(
      `seeded in ${(seed.ms / 1000).toFixed(2)} s (${Math.round(seed.docsPerSecond)} tenants/s)`,
    );

    const baselineDb = baselineClient.db(dbName);
    baseline = await startBaselineServer({
      db: baselineDb,
      jwtSecret: config.jwtSecret,
      jwtIssuer: config.jwtIssuer,
      jwtAudience: ADMIN_AUDIENCE,
      maxPageSize: config.listMaxLimit,
    });
    const ours: GraphQLTarget = { graphqlUrl: `${app.url}/graphql`, token };
    const bare: GraphQLTarget = { graphqlUrl: `${baseline.url}/graphql`, token };

    const pageRequest: TenantsPageRequest = { page: settings.page, limit: settings.pageSize };
    const ourBody = await postTenantsQuery(ours, pageRequest);
    const baselineBody = await postTenantsQuery(bare, pageRequest);
    verifyTenantsPage('ours', ourBody, pageRequest, settings.tenantCount);
    verifyTenantsPage('baseline', baselineBody, pageRequest, settings.tenantCount);
    if (!isDeepStrictEqual(JSON.parse(ourBody), JSON.parse(baselineBody))) {
      throw new Error(
        `the servers answer differently:\nours:     ${ourBody}\nbaseline: ${baselineBody}`,
      );
    }
    progress('both servers return the same verified page');

    progress('measuring unloaded latency');
    const tenantsCollection = baselineDb.collection('tenants');
    const unloadedLatencyMs = {
      databaseAlone: await medianLatencyMs(LATENCY_SAMPLES, () =>
        fetchTenantsPage(tenantsCollection, { ...pageRequest, ...SORT }),
      ),
      baseline: await medianLatencyMs(LATENCY_SAMPLES, () => postTenantsQuery(bare, pageRequest)),
      ours: await medianLatencyMs(LATENCY_SAMPLES, () => postTenantsQuery(ours, pageRequest)),
    };
    progress(
      `unloaded medians: database alone ${unloadedLatencyMs.databaseAlone} ms, ` +
        `baseline ${unloadedLatencyMs.baseline} ms, ours ${unloadedLatencyMs.ours} ms`,
    );

    progress('counting database commands per request');
    const ourCounts = await countCommandsPerRequest(
      app.connection.getClient(),
      settings.commandCountPageSizes,
      async (limit) => {
        const request = { page: 1, limit };
        verifyTenantsPage(
          'ours',
          await postTenantsQuery(ours, request),
          request,
          settings.tenantCount,
        );
      },
    );
    const sameCounts = sameAtEveryPageSize(ourCounts);
    printCommandCounts(ourCounts, sameCounts);

    const loadOptions: LoadOptions = {
      connections: settings.connections,
      durationSeconds: settings.durationSeconds,
      warmupSeconds: settings.warmupSeconds,
    };
    const body = tenantsRequestBody(pageRequest);
    const ourCommands = trackCommandsInFlight(app.connection.getClient());
    const [ourLoad, baselineLoad] = await loadInTurns(
      { name: 'ours', ...ours, body, expectedBody: ourBody, inFlight: ourCommands.count },
      { name: 'baseline', ...bare, body, expectedBody: baselineBody, inFlight: baseline.inFlight },
      loadOptions,
      progress,
    ).finally(() => ourCommands.dispose());

    const throughputRatio = ourLoad.requestsPerSecond / baselineLoad.requestsPerSecond;
    const summary: BenchSummary = {
      finishedAt: new Date().toISOString(),
      machine: machineInfo(),
      database,
      settings: {
        tenants: settings.tenantCount,
        tenantsReason: settings.tenantCountReason,
        connections: settings.connections,
        warmupSeconds: settings.warmupSeconds,
        durationSeconds: settings.durationSeconds,
        page: settings.page,
        pageSize: settings.pageSize,
      },
      seed,
      unloadedLatencyMs,
      load: {
        ours: ourLoad,
        baseline: baselineLoad,
        throughputRatio,
        throughputGoal: settings.throughputGoal,
        meetsThroughputGoal: throughputRatio >= settings.throughputGoal,
        serverCostRatio: baselineLoad.serverCpuMsPerRequest / ourLoad.serverCpuMsPerRequest,
      },
      commandsPerRequest: { ours: ourCounts, sameAtEveryPageSize: sameCounts },
    };
    printSummary(summary);
    await writeSummary(SUMMARY_FILE, summary);
    console.log(`\nWritten to ${path.relative(process.cwd(), SUMMARY_FILE)}`);
  } finally {
    // In this order: servers first, so nothing queries the database while it is dropped.
    await settle('stop the baseline server', () => baseline?.stop());
    await settle('stop the API', () => app?.stop());
    await settle('drop the bench database', () =>
      dbName ? baselineClient?.db(dbName).dropDatabase() : undefined,
    );
    await settle('close the baseline client', () => baselineClient?.close());
    await settle('stop MongoDB and Redis', () => services?.stop());
  }
}

// Cleanup reports its own failures but never hides the run's error or skips the next step.
async function settle(what: string, step: () => Promise<unknown> | undefined): Promise<void> {
  try {
    await step();
  } catch (error) {
    process.exitCode = 1;
    console.error(`[bench] could not ${what}:`, error);
  }
}
