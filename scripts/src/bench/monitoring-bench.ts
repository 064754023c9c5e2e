import { randomBytes } from 'node:crypto';
import { createLogger, loadConfig, startApp, type App } from '@vetcares/api';
import { startServices, type ServiceHandles } from '../services.js';
import { percentile, round1 } from './usage/percentiles.js';

const progress = (line: string) => console.error(`[bench:monitoring] ${line}`);
const TOKEN = randomBytes(24).toString('hex');

async function timed(samples: number, work: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < samples; index += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times;
}

const describe = (times: number[]) =>
  `p50 ${round1(percentile(times, 0.5))} ms, p95 ${round1(percentile(times, 0.95))} ms (${times.length} samples)`;

/**
 * What watching costs: a Prometheus scrape of /metrics (with its dependency pings and queue
 * counts), a systemHealth query, and one evaluation of every alert rule.
 */
export async function runMonitoringBench(): Promise<void> {
  const runId = randomBytes(4).toString('hex');
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
      MONGODB_DATABASE: `bench_monitoring_${runId}`,
      REDIS_URL: services.redisUrl,
      REDIS_KEY_PREFIX: `bench:${runId}:`,
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      JOBS_ENABLED: 'false',
      ADMIN_STATIC_DIR: '',
      METRICS_TOKEN: TOKEN,
      ENCRYPTION_KEYS: `b1:${randomBytes(32).toString('base64')}`,
      HMAC_KEYS: `b1:${randomBytes(32).toString('base64')}`,
    });
    app = await startApp(config, { log: createLogger(config) });
    const started = app;
    const url = started.url;
    // Some traffic, so the histograms have series.
    await timed(200, () => fetch(`${url}/graphql`, { method: 'POST', body: '{}' }));
    const scrape = await timed(200, async () => {
      const response = await fetch(`${url}/metrics`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      await response.text();
    });
    const evaluation = await timed(50, () => started.services.alerts.evaluate());
    console.log('\nMonitoring (one API process; the machine is shared and loaded)');
    console.log(`  GET /metrics          ${describe(scrape)}`);
    console.log(`  alert evaluation      ${describe(evaluation)} (every rule, no open alerts)`);
  } finally {
    await app?.stop().catch((error: unknown) => console.error('[bench:monitoring] stop:', error));
    await services
      ?.stop()
      .catch((error: unknown) => console.error('[bench:monitoring] services:', error));
  }
}
