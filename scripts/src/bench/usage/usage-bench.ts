import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createLogger, loadConfig, startApp, type App } from '@vetcares/api';
import { defaultDataDir } from '../../paths.js';
import { startServices, type ServiceHandles } from '../../services.js';
import { measureAnalytics, type AnalyticsFigures } from './analytics-bench.js';
import { measureIngestion, type IngestClinic, type IngestFigures } from './ingest-bench.js';

const SUMMARY_FILE = path.join(defaultDataDir, 'bench', 'usage.json');
const ADMIN_PASSWORD = 'Bench-Passw0rd-2026!';
const CLINIC_PASSWORD = 'Bench-Clinic-Passw0rd!';

const GOALS = {
  singleEventsPerSecond: 5_000,
  singleP99Ms: 25,
  batchEventsPerSecond: 50_000,
  analyticsP95Ms: 100,
  largeOverSmall: 1.3,
};

const progress = (line: string) => console.error(`[bench:usage] ${line}`);

function positive(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1`);
  return value;
}

/** Clinics with a signed-in owner each, for the ingest load (tokens are what clinic apps hold). */
function clinicMaker(app: App) {
  let made = 0;
  return async (count: number): Promise<IngestClinic[]> => {
    const admin = {
      kind: 'admin',
      adminId: 'bench',
      email: 'bench@vetcares.local',
      role: 'super_admin',
    } as const;
    const clinics: IngestClinic[] = [];
    for (let index = 0; index < count; index += 1) {
      made += 1;
      const slug = `bench-clinic-${made}-${randomBytes(3).toString('hex')}`;
      const tenant = await app.services.tenants.create(admin, {
        name: `Bench Clinic ${made}`,
        slug,
        contact_email: `owner@${slug}.example`,
        status: 'active',
      });
      const email = `owner@${slug}.example`;
      await app.services.clinicUsers.create(admin, tenant.id, {
        email,
        name: 'Owner',
        password: CLINIC_PASSWORD,
        role: 'owner',
      });
      const { token } = await app.services.clinicAuth.signIn(
        { slug, email, password: CLINIC_PASSWORD },
        undefined,
      );
      clinics.push({ tenantId: tenant.id, token });
    }
    return clinics;
  };
}

const mark = (ok: boolean) => (ok ? 'meets' : 'MISSES');

function print(ingest: IngestFigures[], analytics: AnalyticsFigures[]): void {
  console.log('\nUsage ingestion (POST /api/usage/events, clinic tokens)');
  for (const run of ingest) {
    const single = run.mode === 'single events';
    const goal = single
      ? `goal ≥ ${GOALS.singleEventsPerSecond} events/s with p99 ≤ ${GOALS.singleP99Ms} ms: ${mark(run.eventsPerSecond >= GOALS.singleEventsPerSecond && run.p99Ms <= GOALS.singleP99Ms)}`
      : `goal ≥ ${GOALS.batchEventsPerSecond} events/s: ${mark(run.eventsPerSecond >= GOALS.batchEventsPerSecond)}`;
    console.log(
      `  ${run.mode.padEnd(16)} ${run.eventsPerSecond.toLocaleString('en-US')} events/s (${run.requests.toLocaleString('en-US')} requests in ${run.seconds} s, ${run.connections} connections), p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms — ${goal}`,
    );
    console.log(
      `  ${''.padEnd(16)} API CPU ${run.apiCpuMsPer1000Events} ms per 1,000 events (one core would take ${Math.round(1_000_000 / run.apiCpuMsPer1000Events).toLocaleString('en-US')} events/s)`,
    );
    console.log(
      `  ${''.padEnd(16)} sent ${run.eventsSent.toLocaleString('en-US')}, stored in Redis ${run.storedInRedis.toLocaleString('en-US')}, in the rollups ${run.storedInRollups.toLocaleString('en-US')}, failed requests ${run.failures} — ${run.eventsSent === run.storedInRedis && run.eventsSent === run.storedInRollups ? 'stored = sent' : 'STORED ≠ SENT'}`,
    );
  }
  console.log('\ntenantAnalytics, 90 days of one clinic (GraphQL, sequential requests)');
  for (const run of analytics) {
    console.log(
      `  platform holds ${run.platformEvents.toLocaleString('en-US').padStart(10)} events (${run.tenants} clinics, ${run.rollupDocuments.toLocaleString('en-US')} rollup documents): p50 ${run.p50Ms} ms, p95 ${run.p95Ms} ms over ${run.requests} requests — goal p95 ≤ ${GOALS.analyticsP95Ms} ms: ${mark(run.p95Ms <= GOALS.analyticsP95Ms)}`,
    );
  }
  const [small, large] = analytics;
  if (small && large) {
    const ratio = large.p95Ms / small.p95Ms;
    console.log(
      `  larger ÷ smaller p95: ${ratio.toFixed(2)} — goal ≤ ${GOALS.largeOverSmall}: ${mark(ratio <= GOALS.largeOverSmall)}`,
    );
  }
  console.log(
    `\nMachine: ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')} at the end (other work on the machine slows every figure).`,
  );
  console.log(
    '\nThe fan-out benchmark (1,000 websocket subscribers) is its own section: pnpm bench fanout.',
  );
}

/** The usage section of `pnpm bench`: ingestion and analytics figures against the goals. */
export async function runUsageBench(): Promise<void> {
  const runId = randomBytes(4).toString('hex');
  const dbName = `bench_usage_${runId}`;
  let services: ServiceHandles | undefined;
  let app: App | undefined;
  try {
    progress('starting MongoDB and Redis');
    services = await startServices({ persistent: false });
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      MONGODB_URI: services.mongoUri,
      MONGODB_DATABASE: dbName,
      REDIS_URL: services.redisUrl,
      REDIS_KEY_PREFIX: `bench:${runId}:`,
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      JOBS_ENABLED: 'false',
      ADMIN_STATIC_DIR: '',
      GRAPHQL_INTROSPECTION: 'false',
      GRAPHQL_PLAYGROUND: 'false',
    });
    app = await startApp(config, { log: createLogger(config) });
    const email = `bench-${runId}@vetcares.example.com`;
    await app.services.admins.ensureAdmin({ email, password: ADMIN_PASSWORD });
    const { token } = await app.services.admins.login(email, ADMIN_PASSWORD);
    const clinicsFor = clinicMaker(app);

    const ingest = await measureIngestion(
      app,
      clinicsFor,
      {
        seconds: positive('BENCH_USAGE_SECONDS', 10),
        runs: [
          { batchSize: 1, connections: positive('BENCH_USAGE_CONNECTIONS', 16) },
          { batchSize: 100, connections: 8 },
        ],
      },
      progress,
    );

    const [measured] = await clinicsFor(1);
    const analytics = await measureAnalytics(
      app,
      measured!.tenantId,
      token,
      {
        smallEvents: 100_000,
        largeEvents: positive('BENCH_ANALYTICS_EVENTS', 10_000_000),
        samples: positive('BENCH_ANALYTICS_SAMPLES', 300),
      },
      progress,
    );
    print(ingest, analytics);
    await mkdir(path.dirname(SUMMARY_FILE), { recursive: true });
    await writeFile(
      SUMMARY_FILE,
      `${JSON.stringify({ finishedAt: new Date().toISOString(), goals: GOALS, ingest, analytics }, null, 2)}\n`,
    );
    console.log(`\nWritten to ${path.relative(process.cwd(), SUMMARY_FILE)}`);
  } finally {
    await app?.stop().catch((error: unknown) => console.error('[bench:usage] stop:', error));
    await services
      ?.stop()
      .catch((error: unknown) => console.error('[bench:usage] services:', error));
  }
}
