import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { App } from '@vetcares/api';
import type { IngestLoadMessage, IngestLoadOptions, IngestLoadResult } from './ingest-load.js';
import { percentile, round1 } from './percentiles.js';

const loadFile = fileURLToPath(new URL('./ingest-load.ts', import.meta.url));

export interface IngestFigures {
  mode: 'single events' | string;
  connections: number;
  seconds: number;
  requests: number;
  eventsSent: number;
  eventsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  failures: number;
  /**
   * CPU time the API's process spent per 1,000 events during the run: the server's own cost,
   * whatever else the machine is doing (the load generator runs in another process).
   */
  apiCpuMsPer1000Events: number;
  /** What Redis holds for the clinics afterwards, and what the rollups hold after a flush. */
  storedInRedis: number;
  storedInRollups: number;
}

function runLoad(options: IngestLoadOptions): Promise<IngestLoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(loadFile, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let last: IngestLoadMessage | undefined;
    child.on('message', (message: IngestLoadMessage) => {
      last = message;
      if ('ready' in message) child.send(options);
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (last && 'result' in last) resolve(last.result);
      else
        reject(
          new Error(
            `ingest load failed (exit ${code}): ${last && 'error' in last ? last.error : 'no result'}`,
          ),
        );
    });
  });
}

export interface IngestClinic {
  tenantId: string;
  token: string;
}

/** Sums what the clinics' day counters hold (Redis) and, after a flush, their rollups. */
async function stored(
  app: App,
  clinics: IngestClinic[],
): Promise<{ redis: number; rollups: number }> {
  const { runAsTenant } = await import('@vetcares/api/db/tenant-context');
  const admin = {
    kind: 'admin',
    adminId: 'bench',
    email: 'bench@vetcares.local',
    role: 'super_admin',
  } as const;
  let redis = 0;
  for (const clinic of clinics) {
    const usage = await app.services.usage.report(admin, { tenant_id: clinic.tenantId, days: 2 });
    redis += usage.days.reduce((sum, day) => sum + day.total, 0);
  }
  await app.services.performance.flush();
  await app.services.usageFlush.flush();
  let rollups = 0;
  for (const clinic of clinics) {
    const docs = await runAsTenant(clinic.tenantId, () => app.models.usageRollups.find({}).lean());
    for (const doc of docs) {
      rollups += Object.values(doc.usage ?? {}).reduce((sum, n) => sum + n, 0);
    }
  }
  return { redis, rollups };
}

/**
 * Ingestion through the HTTP ingest route (POST /api/usage/events) with clinic tokens: single
 * events, then batches. Each phase uses its own clinics, so what they store must equal what
 * was accepted, exactly.
 */
export async function measureIngestion(
  app: App,
  clinicsFor: (count: number) => Promise<IngestClinic[]>,
  settings: { seconds: number; runs: { batchSize: number; connections: number }[] },
  progress: (line: string) => void,
): Promise<IngestFigures[]> {
  const figures: IngestFigures[] = [];
  for (const { batchSize, connections } of settings.runs) {
    const clinics = await clinicsFor(10);
    const mode = batchSize === 1 ? 'single events' : `batches of ${batchSize}`;
    progress(`ingestion: ${mode}, ${connections} connections, ${settings.seconds} s`);
    // A short warm-up on its own clinics, so JIT and connection pools are warm.
    const warm = await clinicsFor(2);
    await runLoad({
      url: `${app.url}/api/usage/events`,
      tokens: warm.map((clinic) => clinic.token),
      connections,
      seconds: 2,
      batchSize,
    });
    const cpuBefore = process.cpuUsage();
    const result = await runLoad({
      url: `${app.url}/api/usage/events`,
      tokens: clinics.map((clinic) => clinic.token),
      connections,
      seconds: settings.seconds,
      batchSize,
    });
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const kept = await stored(app, clinics);
    figures.push({
      mode,
      connections,
      seconds: round1(result.seconds),
      requests: result.requests,
      eventsSent: result.events,
      eventsPerSecond: Math.round(result.events / result.seconds),
      p50Ms: round1(percentile(result.latenciesMs, 0.5)),
      p99Ms: round1(percentile(result.latenciesMs, 0.99)),
      failures: result.failures,
      apiCpuMsPer1000Events: round1((cpuMs / Math.max(1, result.events)) * 1000),
      storedInRedis: kept.redis,
      storedInRollups: kept.rollups,
    });
  }
  return figures;
}
