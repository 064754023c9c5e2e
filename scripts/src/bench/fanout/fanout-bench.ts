import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { createLogger, loadConfig, startApp, type App } from '@vetcares/api';
import { startServices, type ServiceHandles } from '../../services.js';
import { percentile, round1 } from '../usage/percentiles.js';
import type { SubscribersData } from './subscribers.js';

const ADMIN_PASSWORD = 'Bench-Fanout-Passw0rd!';
const GOAL_P99_MS = 50;
const progress = (line: string) => console.error(`[bench:fanout] ${line}`);

function positive(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1`);
  return value;
}

interface Scenario {
  name: string;
  documents: SubscribersData['documents'];
  stampPath: string[];
  /** Makes the events for `seconds`; resolves when done. */
  drive(seconds: number): Promise<number>;
}

interface Figures {
  scenario: string;
  subscribers: number;
  groups: number;
  framesReceived: number;
  eventsExecuted: number;
  p50Ms: number;
  p99Ms: number;
  apiCpuMs: number;
}

/** Starts `count` subscribers on a worker thread; resolves once every subscription listens. */
async function subscribers(app: App, token: string, count: number, scenario: Scenario) {
  const listening = new Set<string>();
  let allListening: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (allListening = resolve));
  const stop = app.pubSub.onListening(({ operationId }) => {
    if (!operationId?.startsWith('bench-')) return;
    listening.add(operationId);
    if (listening.size === count) allListening();
  });
  const target = new URL('./subscribers.ts', import.meta.url).href;
  const data: SubscribersData = {
    url: app.url,
    token,
    count,
    documents: scenario.documents,
    stampPath: scenario.stampPath,
  };
  const worker = new Worker(
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(target)}); })`,
    { eval: true, workerData: data },
  );
  const failed = new Promise<never>((_resolve, reject) => {
    worker.on('error', reject);
    worker.on('message', (message: { refused?: unknown }) => {
      if (message.refused)
        reject(new Error(`subscription refused: ${JSON.stringify(message.refused)}`));
    });
  });
  await Promise.race([ready, failed]);
  stop();
  return {
    measure: () => worker.postMessage('measure'),
    report: () =>
      new Promise<number[]>((resolve) => {
        worker.on('message', (message: { latencies?: number[] }) => {
          if (message.latencies) resolve(message.latencies);
        });
        worker.postMessage('report');
      }).finally(() => void worker.terminate()),
  };
}

async function measure(
  app: App,
  token: string,
  count: number,
  seconds: number,
  scenario: Scenario,
) {
  progress(`${scenario.name}: opening ${count} subscribers`);
  const clients = await subscribers(app, token, count, scenario);
  const stats = app.websockets;
  const groups = stats.groups;
  const executed = stats.eventsExecuted;
  const cpu = process.cpuUsage();
  clients.measure();
  progress(`${scenario.name}: ${seconds} s of events`);
  await scenario.drive(seconds);
  // The last events' frames are on their way: a moment for them to arrive.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const used = process.cpuUsage(cpu);
  const latencies = await clients.report();
  const figures: Figures = {
    scenario: scenario.name,
    subscribers: count,
    groups,
    framesReceived: latencies.length,
    eventsExecuted: stats.eventsExecuted - executed,
    p50Ms: round1(percentile(latencies, 0.5)),
    p99Ms: round1(percentile(latencies, 0.99)),
    apiCpuMs: Math.round((used.user + used.system) / 1000),
  };
  // Sockets close with the worker; wait until the API has let them go.
  while (app.websockets.connections > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  return figures;
}

/** 1,000 events a second tracked over the clinics, through the usage service (as ingestion does). */
function usageScenario(app: App, tenantIds: string[], distinct: boolean): Scenario {
  return {
    name: distinct ? 'usageUpdated, one execution per subscriber' : 'usageUpdated, grouped',
    documents: Array.from({ length: distinct ? 1000 : tenantIds.length }, (_, index) => ({
      query: `subscription($id: ID) { usageUpdated(tenant_id: $id) { tenant_id events_today events { event count } at } }${distinct ? ` # ${index}` : ''}`,
      variables: { id: tenantIds[index % tenantIds.length] },
    })),
    stampPath: ['data', 'usageUpdated', 'at'],
    drive: async (seconds) => {
      let tracked = 0;
      const until = Date.now() + seconds * 1000;
      while (Date.now() < until) {
        const tick = Date.now();
        await Promise.all(
          Array.from({ length: 10 }, () => {
            const tenantId = tenantIds[tracked++ % tenantIds.length]!;
            return app.services.usage.track({ kind: 'api_key', tenantId, keyId: 'bench' }, [
              { event: 'appointment_created', count: 1 },
            ]);
          }),
        );
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, 10 - (Date.now() - tick))));
      }
      return tracked;
    },
  };
}

/** tenantChanged to every admin dashboard: `perSecond` changes a second, each to every subscriber. */
function changesScenario(
  app: App,
  tenantIds: string[],
  perSecond: number,
  distinct: boolean,
): Scenario {
  return {
    name: distinct
      ? `tenantChanged ×${perSecond}/s, one execution per subscriber`
      : `tenantChanged ×${perSecond}/s, grouped`,
    documents: Array.from({ length: distinct ? 1000 : 1 }, (_, index) => ({
      query: `subscription { tenantChanged { kind tenant_id tenant { id name slug status contact_email domain created_date updated_date } } }${distinct ? ` # ${index}` : ''}`,
    })),
    stampPath: ['data', 'tenantChanged', 'tenant', 'updated_date'],
    drive: async (seconds) => {
      const tenants = await Promise.all(
        tenantIds.slice(0, 10).map((id) => app.services.directory.byId(id)),
      );
      const full = await Promise.all(
        tenants.map((tenant) =>
          app.services.tenants.get(
            { kind: 'admin', adminId: 'bench', email: 'bench@vetcares.local', role: 'super_admin' },
            tenant!.id,
          ),
        ),
      );
      let sent = 0;
      const until = Date.now() + seconds * 1000;
      while (Date.now() < until) {
        const tenant = full[sent % full.length]!;
        app.pubSub.publish(
          'TENANT_CHANGED' as never,
          {
            kind: 'updated',
            tenant_id: tenant.id,
            tenant: { ...tenant, updated_date: new Date() },
          } as never,
        );
        sent += 1;
        await new Promise((resolve) => setTimeout(resolve, 1000 / perSecond));
      }
      return sent;
    },
  };
}

function print(all: Figures[]): void {
  console.log(
    '\nFan-out: websocket subscribers, event to client (the subscribers run on a thread of their own)',
  );
  for (const run of all) {
    const goal = run.scenario.startsWith('usageUpdated, grouped')
      ? ` — goal p99 ≤ ${GOAL_P99_MS} ms: ${run.p99Ms <= GOAL_P99_MS ? 'meets' : 'MISSES'}`
      : '';
    console.log(
      `  ${run.scenario.padEnd(48)} ${run.subscribers} subscribers, ${run.framesReceived.toLocaleString('en-US')} frames, ${run.eventsExecuted.toLocaleString('en-US')} executions: p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms, API process CPU ${run.apiCpuMs} ms${goal}`,
    );
  }
  console.log(
    `\nMachine: ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')} at the end (other work on the machine slows every figure).`,
  );
}

/** The fan-out section of `pnpm bench` (issue 10 §5). */
export async function runFanoutBench(): Promise<void> {
  const runId = randomBytes(4).toString('hex');
  const count = positive('BENCH_FANOUT_SUBSCRIBERS', 1000);
  const seconds = positive('BENCH_FANOUT_SECONDS', 10);
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
      MONGODB_DATABASE: `bench_fanout_${runId}`,
      REDIS_URL: services.redisUrl,
      REDIS_KEY_PREFIX: `bench:${runId}:`,
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      JOBS_ENABLED: 'false',
      ADMIN_STATIC_DIR: '',
      WS_MAX_CONNECTIONS_PER_ADDRESS: String(count + 10),
      ...Object.fromEntries(
        ['ENCRYPTION_KEYS', 'HMAC_KEYS'].map((name) => [
          name,
          `bench:${randomBytes(32).toString('base64')}`,
        ]),
      ),
    });
    app = await startApp(config, { log: createLogger(config) });
    const email = `bench-${runId}@vetcares.example.com`;
    await app.services.admins.ensureAdmin({ email, password: ADMIN_PASSWORD });
    const { token } = await app.services.admins.login(email, ADMIN_PASSWORD);
    progress('creating 100 clinics');
    const admin = {
      kind: 'admin',
      adminId: 'bench',
      email: 'bench@vetcares.local',
      role: 'super_admin',
    } as const;
    const tenantIds: string[] = [];
    for (let index = 0; index < 100; index += 1) {
      const slug = `fanout-${index}-${randomBytes(3).toString('hex')}`;
      const tenant = await app.services.tenants.create(admin, {
        name: `Fan-out Clinic ${index}`,
        slug,
        contact_email: `owner@${slug}.example`,
        status: 'active',
        api_access: true,
      });
      tenantIds.push(tenant.id);
    }
    const figures: Figures[] = [];
    figures.push(await measure(app, token, count, seconds, usageScenario(app, tenantIds, false)));
    figures.push(await measure(app, token, count, seconds, usageScenario(app, tenantIds, true)));
    figures.push(
      await measure(app, token, count, seconds, changesScenario(app, tenantIds, 10, false)),
    );
    figures.push(
      await measure(app, token, count, seconds, changesScenario(app, tenantIds, 10, true)),
    );
    print(figures);
  } finally {
    await app?.stop();
    await services?.stop();
  }
}
