import type { App } from '@vetcares/api';
import { percentile, round1 } from './percentiles.js';

export interface AnalyticsFigures {
  platformEvents: number;
  tenants: number;
  rollupDocuments: number;
  /** Seconds to rebuild the Redis counters from the rollups after seeding them. */
  rebuildSeconds: number;
  requests: number;
  p50Ms: number;
  p95Ms: number;
}

const DAYS = 90;
const EVENTS = ['api_call', 'user_login', 'appointment_created', 'report_generated'] as const;
const DAY_MS = 86_400_000;

const dayOf = (offset: number) => new Date(Date.now() - offset * DAY_MS).toISOString().slice(0, 10);

/** One tenant's rollup documents for the last 90 days, `perDay` events each day. */
function rollupsFor(tenantId: string, perDay: number) {
  const share = Math.floor(perDay / EVENTS.length);
  return Array.from({ length: DAYS }, (_, offset) => {
    const day = dayOf(offset);
    return {
      tenant_id: tenantId,
      key: `${tenantId}:${day}`,
      day,
      usage: Object.fromEntries(
        EVENTS.map((event, index) => [event, index === 0 ? perDay - share * 3 : share]),
      ),
      perf: {
        requests: perDay,
        errors: Math.floor(perDay / 100),
        latency_us: perDay * 4_000,
        b3: perDay,
      },
      clinic: { appointments: 12, 'revenue_cents:USD': 45_000, payments: 9 },
      ops: {},
      last_flush: 0,
    };
  });
}

/**
 * Seeds rollup documents straight into MongoDB until the platform holds `totalEvents`, the
 * measured clinic among them with the same 90 days in every run, then rebuilds the Redis
 * counters from them (what happens after Redis loses its data).
 */
async function seedPlatform(
  app: App,
  measuredTenantId: string,
  totalEvents: number,
  alreadySeeded: number,
  progress: (line: string) => void,
): Promise<{ tenants: number; documents: number; rebuildSeconds: number }> {
  const collection = app.models.usageRollups.collection;
  const perDay = 555;
  let seeded = alreadySeeded;
  let tenants = 0;
  let documents = 0;
  if (alreadySeeded === 0) {
    await collection.insertMany(rollupsFor(measuredTenantId, perDay), { ordered: false });
    seeded += perDay * DAYS;
    tenants += 1;
    documents += DAYS;
  }
  const batch: ReturnType<typeof rollupsFor> = [];
  while (seeded < totalEvents) {
    const remaining = totalEvents - seeded;
    const daily = Math.max(1, Math.min(perDay, Math.floor(remaining / DAYS)));
    const tenantId = `${Date.now().toString(16).padStart(12, '0')}${(tenants + 1).toString(16).padStart(12, '0')}`;
    batch.push(...rollupsFor(tenantId, daily));
    seeded += daily * DAYS;
    tenants += 1;
    documents += DAYS;
    if (batch.length >= 4_500) {
      await collection.insertMany(batch.splice(0), { ordered: false });
      progress(
        `  seeded ${seeded.toLocaleString('en-US')} events in ${documents} rollup documents`,
      );
    }
  }
  if (batch.length > 0) await collection.insertMany(batch, { ordered: false });
  const started = performance.now();
  await app.services.usageFlush.rebuild();
  return { tenants, documents, rebuildSeconds: (performance.now() - started) / 1000 };
}

async function measure(
  app: App,
  tenantId: string,
  token: string,
  samples: number,
): Promise<number[]> {
  const body = JSON.stringify({
    query: `query($id: ID) { tenantAnalytics(tenant_id: $id, period: "90d") {
      period usage { staff_count client_count appointment_count revenue storage_used }
      trends { appointments { daily } revenue { daily } api_calls { daily } logins { daily } }
      performance { average_response_time uptime error_rate }
    } }`,
    variables: { id: tenantId },
  });
  const latencies: number[] = [];
  for (let index = 0; index < samples; index += 1) {
    const started = performance.now();
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    });
    const result = (await response.json()) as {
      data?: { tenantAnalytics: { trends: { logins: { daily: number[] } } } };
      errors?: unknown;
    };
    latencies.push(performance.now() - started);
    const logins = result.data?.tenantAnalytics.trends.logins.daily;
    if (result.errors || logins?.length !== DAYS || logins[0] !== 138) {
      throw new Error(`tenantAnalytics answered wrongly: ${JSON.stringify(result).slice(0, 400)}`);
    }
  }
  return latencies;
}

/** tenantAnalytics for 90 days of one clinic while the platform holds 100 thousand, then 10 million events. */
export async function measureAnalytics(
  app: App,
  measuredTenantId: string,
  adminToken: string,
  settings: { smallEvents: number; largeEvents: number; samples: number },
  progress: (line: string) => void,
): Promise<AnalyticsFigures[]> {
  const figures: AnalyticsFigures[] = [];
  let seededSoFar = 0;
  let tenants = 0;
  let documents = 0;
  for (const platformEvents of [settings.smallEvents, settings.largeEvents]) {
    progress(`analytics: seeding rollups to ${platformEvents.toLocaleString('en-US')} events`);
    const seeded = await seedPlatform(app, measuredTenantId, platformEvents, seededSoFar, progress);
    seededSoFar = platformEvents;
    tenants += seeded.tenants;
    documents += seeded.documents;
    progress(
      `  rebuilt Redis from ${documents} rollup documents in ${seeded.rebuildSeconds.toFixed(1)} s`,
    );
    await measure(app, measuredTenantId, adminToken, 30); // warm-up
    const latencies = await measure(app, measuredTenantId, adminToken, settings.samples);
    figures.push({
      platformEvents,
      tenants,
      rollupDocuments: documents,
      rebuildSeconds: round1(seeded.rebuildSeconds),
      requests: latencies.length,
      p50Ms: round1(percentile(latencies, 0.5)),
      p95Ms: round1(percentile(latencies, 0.95)),
    });
  }
  return figures;
}
